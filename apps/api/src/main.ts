import { ConfigError, loadConfig } from '@techpact/api/infra-config';
import { createApp } from './app/create-app';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.port);
  console.log(`TechPact API listening on http://localhost:${config.port}/api (docs: /api/docs)`);
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('The API could not start:', error);
  }
  process.exit(1);
});
