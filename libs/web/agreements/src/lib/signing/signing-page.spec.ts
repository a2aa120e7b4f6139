import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { type SigningView } from '@techpact/contracts';
import { I18nService } from '@techpact/web/i18n';
import { SigningPage } from './signing-page';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));
const TOKEN = 'tok-123';

const used: SigningView = {
  state: 'used',
  message: 'You signed this agreement on 3 March 2027. The link works only once.',
  signerName: 'Jens Jensen',
  language: 'da',
  company: null,
  programmeName: null,
  version: null,
  documentHash: null,
  otherSigners: [],
};

describe('SigningPage', () => {
  let fixture: ComponentFixture<SigningPage>;
  let http: HttpTestingController;
  let element: HTMLElement;
  let i18n: I18nService;

  async function open(answer: (url: string) => void): Promise<void> {
    fixture.componentRef.setInput('token', TOKEN);
    await settle();
    answer(`/api/signing/${TOKEN}`);
    await settle();
    await fixture.whenStable();
  }

  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    i18n = TestBed.inject(I18nService);
    i18n.use('en');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SigningPage);
    element = fixture.nativeElement as HTMLElement;
  });

  afterEach(() => http.verify());

  it('says why a used link cannot sign, in the signer’s language', async () => {
    await open((url) => http.expectOne(url).flush(used));
    expect(i18n.language()).toBe('da');
    expect(element.querySelector('h2')?.textContent?.trim()).toBe('Linket er allerede brugt');
    expect(element.textContent).toContain('The link works only once.');
    expect(element.querySelector('tp-signing-form')).toBeNull();
  });

  it('keeps the language the signer switched to when the page is opened again', async () => {
    await open((url) => http.expectOne(url).flush(used));
    i18n.use('en');
    await fixture.whenStable();
    const again = TestBed.createComponent(SigningPage);
    again.componentRef.setInput('token', TOKEN);
    await settle();
    http.expectOne(`/api/signing/${TOKEN}`).flush(used);
    await settle();
    await again.whenStable();
    expect(i18n.language()).toBe('en');
    expect((again.nativeElement as HTMLElement).querySelector('h2')?.textContent?.trim()).toBe(
      'This link has already been used',
    );
  });

  it('says the link is not valid when the API does not know it', async () => {
    await open((url) =>
      http
        .expectOne(url)
        .flush(
          { statusCode: 404, error: 'Not Found', message: 'No such link.' },
          { status: 404, statusText: 'Not Found' },
        ),
    );
    expect(element.querySelector('[role=alert]')?.textContent).toContain(
      'This signing link is not valid.',
    );
  });
});
