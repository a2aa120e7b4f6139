export { NotificationBell, BELL_POLL_MS } from './lib/notification-bell';
export { NotificationsPage } from './lib/notifications-page/notifications-page';
export { NotificationPreferences } from './lib/preferences/notification-preferences';
export { NotificationsApi } from './lib/notifications-api.service';
export { UnreadCount } from './lib/unread-count';
