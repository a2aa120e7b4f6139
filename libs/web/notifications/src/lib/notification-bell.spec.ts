import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { I18nService } from '@techpact/web/i18n';
import { BELL_POLL_MS, NotificationBell } from './notification-bell';

@Component({ template: '' })
class Blank {}

const COUNT = '/api/notifications/unread-count';
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

describe('NotificationBell', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: '', component: Blank },
          { path: 'cases', component: Blank },
        ]),
      ],
    });
    TestBed.inject(I18nService).use('en');
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    vi.useRealTimers();
    http.verify();
  });

  async function render(unread: number) {
    const fixture = TestBed.createComponent(NotificationBell);
    http.expectOne(COUNT).flush({ unread });
    await settle();
    await fixture.whenStable();
    const link = (fixture.nativeElement as HTMLElement).querySelector('a') as HTMLAnchorElement;
    return { fixture, link };
  }

  it('names the unread count in its accessible name and shows it as a badge', async () => {
    const { link } = await render(3);
    expect(link.getAttribute('aria-label')).toBe('Notifications, 3 unread');
    expect(link.querySelector('.badge')?.textContent?.trim()).toBe('3');
    expect(link.getAttribute('href')).toBe('/notifications');
  });

  it('says when nothing is unread, without a badge, and speaks Danish', async () => {
    const { fixture, link } = await render(0);
    expect(link.getAttribute('aria-label')).toBe('Notifications, none unread');
    expect(link.querySelector('.badge')).toBeNull();
    await TestBed.inject(I18nService).use('da'); // Danish is a lazy chunk
    fixture.detectChanges();
    expect(link.getAttribute('aria-label')).toBe('Notifikationer, ingen ulæste');
  });

  it('caps the badge at 99+', async () => {
    const { link } = await render(250);
    expect(link.querySelector('.badge')?.textContent?.trim()).toBe('99+');
    expect(link.getAttribute('aria-label')).toBe('Notifications, 250 unread');
  });

  it('asks again after each navigation and every minute', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { fixture, link } = await render(1);

    await TestBed.inject(Router).navigateByUrl('/cases');
    http.expectOne(COUNT).flush({ unread: 2 });
    await settle();
    fixture.detectChanges();
    expect(link.getAttribute('aria-label')).toBe('Notifications, 2 unread');

    vi.advanceTimersByTime(BELL_POLL_MS - 1);
    http.expectNone(COUNT);
    vi.advanceTimersByTime(1);
    http.expectOne(COUNT).flush({ unread: 5 });
    await settle();
    fixture.detectChanges();
    expect(link.getAttribute('aria-label')).toBe('Notifications, 5 unread');

    fixture.destroy();
    vi.advanceTimersByTime(BELL_POLL_MS);
    http.expectNone(COUNT);
  });
});
