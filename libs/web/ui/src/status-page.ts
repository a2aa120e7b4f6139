/** Secondary entry point: the full-page status message, a lazy route (see index.ts for why). */
export { StatusPage, type StatusKind } from './lib/status-page';
