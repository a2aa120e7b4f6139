import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type AgreementDocumentInput, renderAgreementPdf } from './agreement-pdf';

const run = promisify(execFile);

function agreementInput(language: 'en' | 'da'): AgreementDocumentInput {
  return {
    language,
    programmeName: 'Smart Produktion Nordvest',
    companyName: 'Farsø Stål & Maskin ApS',
    registrationNumber: '12345674',
    companyAddress: 'Østergade 12, 9640 Farsø',
    versionNumber: 2,
    amendsVersionNumber: 1,
    title: 'Automatiseret svejsning',
    summary: 'Virksomheden vil automatisere svejsningen af rammer. '.repeat(12),
    goals: 'Færre fejl og kortere gennemløbstid.',
    ndaClause: 'Parterne behandler alle oplysninger om virksomheden fortroligt.',
    upgrades: [
      {
        title: 'Robotcelle til svejsning',
        description: 'Valg og idriftsættelse af en kollaborativ robot. '.repeat(10),
        category: 'Automatisering',
        expertName: 'Søren Ærbø',
        plannedHours: 40,
        targetDate: '2025-06-30',
      },
      {
        title: 'Datadrevet kvalitetskontrol',
        description: 'Opsamling af måledata fra produktionen.',
        category: 'Data',
        expertName: 'Åse Nørgaard',
        plannedHours: 12.5,
        targetDate: '2025-09-15',
      },
    ],
    sentAt: new Date('2025-03-04T10:15:00Z'),
  };
}

describe('renderAgreementPdf', () => {
  let dir: string;
  beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'agreement-pdf-'))));
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function textOf(pdf: Buffer): Promise<string[]> {
    const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
    await writeFile(file, pdf);
    const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
    // pdftotext ends each page with a form feed.
    return stdout.split('\f').slice(0, -1);
  }

  it('gives byte-identical output for the same input, whatever its key order', async () => {
    const input = agreementInput('en');
    const reordered = Object.fromEntries(Object.entries(input).reverse()) as AgreementDocumentInput;
    const [first, second] = await Promise.all([
      renderAgreementPdf(input),
      renderAgreementPdf(reordered),
    ]);
    expect(first.subarray(0, 5).toString()).toBe('%PDF-');
    expect(second.equals(first)).toBe(true);
    const changed = await renderAgreementPdf({ ...input, versionNumber: 3 });
    expect(changed.equals(first)).toBe(false);
  });

  it('shows the company, upgrades, total hours and Danish letters in English', async () => {
    const pages = await textOf(await renderAgreementPdf(agreementInput('en')));
    const text = pages.join('\n');
    for (const expected of [
      'Technology agreement',
      'Smart Produktion Nordvest',
      'Farsø Stål & Maskin ApS',
      'Registration number (CVR)',
      '12345674',
      'Østergade 12, 9640 Farsø',
      '2 (amends version 1)',
      '2025-03-04',
      'Automatiseret svejsning',
      'Færre fejl og kortere gennemløbstid.',
      'Robotcelle til svejsning',
      'Datadrevet kvalitetskontrol',
      'Søren Ærbø',
      'Åse Nørgaard',
      '2025-09-15',
      'Opsamling af måledata fra produktionen.',
      'Confidentiality',
      'Parterne behandler alle oplysninger om virksomheden fortroligt.',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Total planned hours\s+52\.5/);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));
  });

  it('uses Danish labels and number format in Danish', async () => {
    const pages = await textOf(await renderAgreementPdf(agreementInput('da')));
    const text = pages.join('\n');
    for (const expected of [
      'Teknologiaftale',
      'CVR-nummer',
      '2 (ændrer version 1)',
      'Aftalte opgraderinger',
      'Ansvarlig ekspert',
      'Måldato',
      'Fortrolighed',
      'Farsø Stål & Maskin ApS',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Planlagte timer i alt\s+52,5/);
    pages.forEach((page, i) => expect(page).toContain(`Side ${i + 1} af ${pages.length}`));
  });

  it('leaves out the confidentiality section without a clause and the amendment note for a first version', async () => {
    const input = { ...agreementInput('en'), ndaClause: null, amendsVersionNumber: null };
    const text = (await textOf(await renderAgreementPdf(input))).join('\n');
    expect(text).not.toContain('Confidentiality');
    expect(text).not.toContain('amends');
  });

  it('replaces characters the standard fonts cannot encode instead of failing', async () => {
    const input = { ...agreementInput('en'), title: 'Łódź 🚀 plan' };
    const text = (await textOf(await renderAgreementPdf(input))).join('\n');
    expect(text).toContain('?ód? ? plan');
  });
});
