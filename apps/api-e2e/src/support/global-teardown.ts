import { dropDatabase } from './api-process';

module.exports = async function globalTeardown(): Promise<void> {
  const api = globalThis.__API__;
  if (!api) return;
  api.process.kill('SIGTERM');
  await new Promise((resolve) => api.process.once('exit', resolve));
  await dropDatabase(api.databaseName);
};
