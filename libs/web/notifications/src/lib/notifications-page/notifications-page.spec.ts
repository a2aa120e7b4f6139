import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  NOTIFICATION_KINDS,
  type NotificationItem,
  type NotificationPreferencesResponse,
} from '@techpact/contracts';
import { I18nService } from '@techpact/web/i18n';
import { UnreadCount } from '../unread-count';
import { NotificationsPage } from './notifications-page';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

const item = (id: string, title: string, readAt: string | null): NotificationItem => ({
  id,
  kind: 'signPlease',
  title,
  body: `${title} body`,
  link: `/cases/case-${id}`,
  caseId: `case-${id}`,
  createdAt: '2026-12-17T09:00:00Z',
  readAt,
});

const preferences: NotificationPreferencesResponse = {
  preferences: NOTIFICATION_KINDS.map((kind) => ({ kind, email: kind !== 'staleCase' })),
};

describe('NotificationsPage', () => {
  let http: HttpTestingController;

  async function render() {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    TestBed.inject(I18nService).use('en');
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(NotificationsPage);
    http
      .expectOne((r) => r.url === '/api/notifications')
      .flush({
        items: [item('1', 'Sign it', null), item('2', 'Old news', '2026-12-16T09:00:00Z')],
        total: 2,
        limit: 20,
        offset: 0,
      });
    http.expectOne('/api/notifications/preferences').flush(preferences);
    await settle();
    http.expectOne('/api/notifications/unread-count').flush({ unread: 1 });
    await settle();
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  afterEach(() => http.verify());

  it('lists notifications with the unread one marked and a link to its case', async () => {
    const { element } = await render();
    const items = [...element.querySelectorAll('[data-testid=notification]')];
    expect(items.map((li) => li.classList.contains('unread'))).toEqual([true, false]);
    expect(items[0]?.querySelector('h2')?.textContent).toContain('Sign it');
    expect(items[0]?.querySelector('a')?.getAttribute('href')).toBe('/cases/case-1');
    expect(element.querySelector('[data-kind=staleCase] input')).not.toBeNull();
  });

  it('marks one read and then all read, keeping the bell count in step', async () => {
    const { fixture, element } = await render();
    const unread = TestBed.inject(UnreadCount);
    element
      .querySelector<HTMLButtonElement>('button[aria-label="Mark \\"Sign it\\" as read"]')
      ?.click();
    http.expectOne('/api/notifications/1/read').flush(item('1', 'Sign it', '2026-12-17T10:00:00Z'));
    await settle();
    await fixture.whenStable();
    expect(unread.value()).toBe(0);
    expect(element.querySelectorAll('.unread')).toHaveLength(0);

    unread.set(4);
    await fixture.whenStable();
    [...element.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent?.includes('Mark all as read'))
      ?.click();
    const all = http.expectOne('/api/notifications/read-all');
    expect(all.request.method).toBe('POST');
    all.flush({ marked: 4 });
    await settle();
    await fixture.whenStable();
    expect(unread.value()).toBe(0);
    expect(element.textContent).toContain('All notifications are marked as read.');
  });

  it('saves "in-app only" for a kind', async () => {
    const { element } = await render();
    element.querySelector<HTMLInputElement>('[data-kind=caseWithdrawn] input')?.click();
    [...element.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent?.includes('Save e-mail settings'))
      ?.click();
    const put = http.expectOne('/api/notifications/preferences');
    expect(put.request.method).toBe('PUT');
    const sent = (put.request.body as NotificationPreferencesResponse).preferences;
    expect(
      sent
        .filter((p) => !p.email)
        .map((p) => p.kind)
        .sort(),
    ).toEqual(['caseWithdrawn', 'staleCase']);
    put.flush({ preferences: sent });
    await settle();
    expect(element.textContent).toContain('Your e-mail settings are saved.');
  });
});
