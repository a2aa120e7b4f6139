import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@techpact/api/infra-config';
import { dataSourceOptions } from './data-source-options';

@Module({})
export class InfraDbModule {
  /** The TypeORM connection; entities come from each feature's `TypeOrmModule.forFeature`. */
  static forRoot(): DynamicModule {
    return {
      module: InfraDbModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions(config.databaseUrl),
            autoLoadEntities: true,
            migrationsRun: config.migrateOnStart,
            retryAttempts: 3,
          }),
        }),
      ],
    };
  }
}
