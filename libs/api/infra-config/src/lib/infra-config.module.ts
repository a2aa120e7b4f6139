import { type DynamicModule, Global, Module } from '@nestjs/common';
import { type AppConfig, loadConfig } from './app-config';

/** Injection token of the validated {@link AppConfig}. */
export const APP_CONFIG = Symbol('APP_CONFIG');

@Global()
@Module({})
export class InfraConfigModule {
  /** `config` is passed by the entry point that already validated it; tests pass their own. */
  static forRoot(config: AppConfig = loadConfig()): DynamicModule {
    return {
      module: InfraConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
