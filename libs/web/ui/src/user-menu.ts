/** Secondary entry point: the toolbar's user menu, deferred by the shell (see index.ts for why). */
export { UserMenu } from './lib/user-menu';
