import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { renderAgreementPdf } from './agreement-pdf';
import { loadPlatformCertificate, type PlatformCertificate } from './platform-certificate';
import { sha256Hex } from './sha256';
import { buildSignedAgreementPdf, type SignedAgreementInput } from './signed-agreement-pdf';

const run = promisify(execFile);

// node-forge's pure-JS RSA is ~20x slower inside Jest's VM context than in plain Node.
jest.setTimeout(30_000);

describe('buildSignedAgreementPdf', () => {
  let dir: string;
  let certificate: PlatformCertificate;
  let input: SignedAgreementInput;
  let signedFile: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'signed-pdf-'));
    certificate = await loadPlatformCertificate({
      p12Path: null,
      passphrase: null,
      devDirectory: dir,
    });
    const documentPdf = await renderAgreementPdf({
      language: 'en',
      programmeName: 'Smart Production North-West',
      companyName: 'Farsø Stål & Maskin ApS',
      registrationNumber: '12345674',
      companyAddress: 'Østergade 12, 9640 Farsø',
      versionNumber: 1,
      amendsVersionNumber: null,
      title: 'Welding automation',
      summary: 'Automate the welding of frames.',
      goals: 'Fewer defects.',
      ndaClause: null,
      upgrades: [
        {
          title: 'Robot welding cell',
          description: 'Select and commission a collaborative robot.',
          category: 'Automation',
          expertName: 'Søren Ærbø',
          plannedHours: 40,
          targetDate: '2025-06-30',
        },
      ],
      sentAt: new Date('2025-03-04T10:15:00Z'),
    });
    const documentHash = sha256Hex(documentPdf);
    const signer = (name: string, email: string, minute: number) => ({
      name,
      email,
      signedAt: new Date(`2025-03-05T08:${minute}:00Z`),
      ip: '192.0.2.10',
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0',
      documentHash,
      linkId: `link-${minute}`,
    });
    input = {
      language: 'en',
      documentPdf,
      documentHash,
      signers: [
        signer('Anna Ærø', 'anna@farso-staal.dk', 10),
        signer('Bo Østergaard', 'bo@farso-staal.dk', 20),
      ],
      countersignature: {
        name: 'Kim Coordinator',
        email: 'kim@vesthimmerland.dk',
        signedAt: new Date('2025-03-06T09:00:00Z'),
      },
      timeline: [
        { at: new Date('2025-03-04T10:15:00Z'), label: 'Sent for signature' },
        { at: new Date('2025-03-06T09:00:00Z'), label: 'Countersigned' },
      ],
    };
    signedFile = join(dir, 'signed.pdf');
    await writeFile(signedFile, await buildSignedAgreementPdf(input, certificate));
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  const pdfsig = async (file: string) => (await run('pdfsig', [file])).stdout;

  it('carries a PAdES signature that pdfsig reports valid over the whole file', async () => {
    const report = await pdfsig(signedFile);
    expect(report).toContain('Signer Certificate Common Name: TechPact development signing');
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Total document signed');
    expect(report).toContain('Signature Validation: Signature is Valid.');
  });

  it('adds a certificate page with both signers, the hash and the countersignature', async () => {
    const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', signedFile, '-']);
    const pages = stdout.split('\f').slice(0, -1);
    const [agreement, ...certificatePages] = pages;
    expect(agreement).toContain('Technology agreement');
    expect(agreement).toContain('Robot welding cell');
    const certificateText = certificatePages.join('\n');
    expect(certificateText).toContain('Signature certificate');
    for (const expected of [
      'Anna Ærø',
      'anna@farso-staal.dk',
      'Bo Østergaard',
      'bo@farso-staal.dk',
      'Kim Coordinator',
      'kim@vesthimmerland.dk',
      '192.0.2.10',
      'link-10',
      'link-20',
      '2025-03-05 09:10:00 UTC+01:00',
      'Countersigned',
    ]) {
      expect(certificateText).toContain(expected);
    }
    expect(certificateText).toMatch(new RegExp(`Document SHA-256\\s+${input.documentHash}`));
  });

  it('attaches the exact document the signers saw', async () => {
    const extracted = join(dir, 'extracted.pdf');
    await run('pdfdetach', ['-save', '1', '-o', extracted, signedFile]);
    expect(sha256Hex(await readFile(extracted))).toBe(input.documentHash);
  });

  it('is reported modified after one byte of the first page changes', async () => {
    const signed = await readFile(signedFile);
    const latin1 = signed.toString('latin1');
    const contents = /\/Contents \[ (\d+) 0 R \]/.exec(latin1)?.[1];
    const streamStart = latin1.indexOf('stream\n', latin1.indexOf(`\n${contents} 0 obj\n`));
    const signatureStart = latin1.indexOf('/Contents <');
    expect(contents).toBeDefined();
    expect(streamStart).toBeGreaterThan(0);
    expect(streamStart).toBeLessThan(signatureStart);

    const tampered = Buffer.from(signed);
    tampered[streamStart + 'stream\n'.length + 20] ^= 0x01;
    const tamperedFile = join(dir, 'tampered.pdf');
    await writeFile(tamperedFile, tampered);

    const report = await pdfsig(tamperedFile);
    expect(report).toContain('Signature Validation: Digest Mismatch.');
    expect(report).not.toContain('Signature is Valid');
  });

  it('refuses evidence for a different document', async () => {
    await expect(
      buildSignedAgreementPdf({ ...input, documentHash: 'ab'.repeat(32) }, certificate),
    ).rejects.toThrow('is not the SHA-256 of documentPdf');
    const [first, second] = input.signers;
    await expect(
      buildSignedAgreementPdf(
        { ...input, signers: [first, { ...second, documentHash: 'cd'.repeat(32) }] },
        certificate,
      ),
    ).rejects.toThrow(`Bo Østergaard signed document ${'cd'.repeat(32)}, not this one`);
  });
});
