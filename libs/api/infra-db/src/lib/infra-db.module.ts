import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@techpact/api/infra-config';
import { dataSourceOptions } from './data-source-options';

@Module({})
export class InfraDbModule {
  /**
   * The TypeORM connection; entities come from each feature's `TypeOrmModule.forFeature`.
   * Only the API migrates on start (when configured): a worker starting beside it must not race
   * it over the same migrations, so it passes `migrate: false` and waits for the schema.
   */
  static forRoot(options: { migrate?: boolean } = {}): DynamicModule {
    return {
      module: InfraDbModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions(config.databaseUrl),
            autoLoadEntities: true,
            migrationsRun: (options.migrate ?? true) && config.migrateOnStart,
            retryAttempts: 3,
          }),
        }),
      ],
    };
  }
}
