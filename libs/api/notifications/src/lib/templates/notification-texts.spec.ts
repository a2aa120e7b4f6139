import { NOTIFICATION_KINDS } from '@techpact/contracts';
import { renderNotificationEmail } from './notification-email';
import { renderNotification, textsOf } from './notification-texts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('notification texts', () => {
  it.each(NOTIFICATION_KINDS)(
    '%s has English and Danish texts with the same placeholders',
    (kind) => {
      const en = textsOf('en').kinds[kind];
      const da = textsOf('da').kinds[kind];
      expect(en.title.trim() && en.body.trim() && da.title.trim() && da.body.trim()).toBeTruthy();
      expect(placeholders(da.title)).toEqual(placeholders(en.title));
      expect(placeholders(da.body)).toEqual(placeholders(en.body));
    },
  );

  it("renders in the recipient's language, with dates written the way it writes them", () => {
    const params = { company: 'Smedje ApS', reason: 'Ferie', until: '2027-01-15' };
    expect(renderNotification('casePaused', 'en', params).body).toBe(
      'The case of Smedje ApS is on hold until 15 January 2027. Reason: Ferie',
    );
    expect(renderNotification('casePaused', 'da', params).body).toBe(
      'Sagen for Smedje ApS er sat i bero indtil 15. januar 2027. Begrundelse: Ferie',
    );
    expect(renderNotification('caseWithdrawn', 'en', { company: 'X' }).body).toBe(
      'The case of X was withdrawn. Reason: none given',
    );
  });

  it('writes plain text and HTML e-mails with the link, escaping what people typed', () => {
    const mail = renderNotificationEmail({
      language: 'en',
      recipientName: 'Ann <Admin>',
      title: 'Subject',
      body: 'Reason: <script>alert(1)</script> & more',
      link: '/cases/42',
      appUrl: 'https://techpact.example.org',
    });
    expect(mail.subject).toBe('Subject');
    expect(mail.text).toContain('Hello Ann <Admin>,');
    expect(mail.text).toContain('Open in TechPact: https://techpact.example.org/cases/42');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(mail.html).toContain('href="https://techpact.example.org/cases/42"');
    expect(mail.html).not.toContain('<script>');
  });
});
