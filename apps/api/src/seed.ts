import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@techpact/api/infra-config';
import { DemoSeedService } from '@techpact/api/demo-data';
import { AppModule } from './app/app.module';

/** `npm run seed`: loads the demo programme (once) into the database at DATABASE_URL. */
async function seed(): Promise<void> {
  const config = {
    ...loadConfig(),
    migrateOnStart: true,
    seedDemoIfEmpty: false,
    logLevel: 'warn' as const,
  };
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  try {
    const result = await app.get(DemoSeedService).seed();
    console.log(
      result.seeded
        ? `Demo programme loaded: ${result.users} users, ${result.companies} companies and ${result.cases} cases. Password: techpact-demo`
        : 'The demo programme is already there; nothing changed.',
    );
  } finally {
    await app.close();
  }
}

seed().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
