import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { type MailMessageResponse } from '@techpact/contracts';
import { I18nService } from '@techpact/web/i18n';
import { linkify } from './linkify';
import { MailboxPage } from './mailbox-page';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

const messages: MailMessageResponse[] = [
  {
    id: 'm2',
    to: 'new@uni.dk',
    subject: 'You are invited to TechPact',
    text: 'Hi,\nopen http://localhost:4200/invitation/abc123 to choose a password.',
    html: null,
    createdAt: '2025-03-02T09:00:00Z',
  },
  {
    id: 'm1',
    to: 'old@uni.dk',
    subject: 'Older message',
    text: 'Old',
    html: null,
    createdAt: '2025-03-01T09:00:00Z',
  },
];

describe('MailboxPage', () => {
  it('lists e-mails and shows the chosen one with its links', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(I18nService).use('en');
    const fixture = TestBed.createComponent(MailboxPage);
    TestBed.inject(HttpTestingController).expectOne('/api/dev/mailbox').flush(messages);
    await settle();
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    const items = [...element.querySelectorAll<HTMLButtonElement>('.list button')];
    expect(items.map((b) => b.querySelector('.subject')?.textContent)).toEqual([
      'You are invited to TechPact',
      'Older message',
    ]);
    expect(element.textContent).toContain('Choose an email to read it.');

    items[0].click();
    await fixture.whenStable();
    expect(element.querySelector('.reader h2')?.textContent).toBe('You are invited to TechPact');
    expect(element.querySelector('.reader a')?.getAttribute('href')).toBe(
      'http://localhost:4200/invitation/abc123',
    );
    expect(items[0].getAttribute('aria-pressed')).toBe('true');
  });

  it('splits text into words and links', () => {
    expect(linkify('Go to https://x.dk/a. Then rest')).toEqual([
      { text: 'Go to ' },
      { href: 'https://x.dk/a' },
      { text: '. Then rest' },
    ]);
  });
});
