import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import forge from 'node-forge';
import { loadPlatformCertificate, SigningCertificateError } from './platform-certificate';

const run = promisify(execFile);

// node-forge's pure-JS RSA is ~20x slower inside Jest's VM context than in plain Node.
jest.setTimeout(30_000);

describe('loadPlatformCertificate', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'platform-cert-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const development = (devDirectory = dir) =>
    loadPlatformCertificate({ p12Path: null, passphrase: null, devDirectory });

  it('generates a self-signed development certificate once and reuses it', async () => {
    const first = await development();
    const second = await development();

    expect(second.p12.equals(first.p12)).toBe(true);
    expect(second.passphrase).toBe(first.passphrase);
    expect(first.subject).toBe('CN=TechPact development signing, O=TechPact');

    const p12File = join(dir, 'signing/platform.p12');
    const passphraseFile = join(dir, 'signing/platform.p12.passphrase');
    expect((await readFile(p12File)).equals(first.p12)).toBe(true);
    expect((await readFile(passphraseFile, 'utf8')).trim()).toBe(first.passphrase);
    expect((await stat(passphraseFile)).mode & 0o777).toBe(0o600);

    const pfx = forge.pkcs12.pkcs12FromAsn1(
      forge.asn1.fromDer(first.p12.toString('binary')),
      first.passphrase,
    );
    const [bag] =
      pfx.getBags({ bagType: forge.pki.oids['certBag'] })[forge.pki.oids['certBag']] ?? [];
    const cert = bag?.cert;
    expect((cert?.publicKey as forge.pki.rsa.PublicKey).n.bitLength()).toBe(2048);
    const years =
      ((cert?.validity.notAfter.getTime() ?? 0) - (cert?.validity.notBefore.getTime() ?? 0)) /
      (365.25 * 24 * 3600 * 1000);
    expect(years).toBeCloseTo(5, 1);
  });

  it('ends with one certificate when two processes start at once', async () => {
    const [a, b] = await Promise.all([development(), development()]);
    expect(b.p12.equals(a.p12)).toBe(true);
    expect(b.passphrase).toBe(a.passphrase);
    // No staging directories are left behind.
    expect(await readdir(dir)).toEqual(['signing']);
  });

  it('reads a configured PKCS#12, also one made by OpenSSL', async () => {
    const key = join(dir, 'key.pem');
    const cert = join(dir, 'cert.pem');
    const p12 = join(dir, 'org.p12');
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '30',
      '-keyout',
      key,
      '-out',
      cert,
      '-subj',
      '/CN=Municipality Signing/O=Vesthimmerland',
    ]);
    await run('openssl', [
      'pkcs12',
      '-export',
      '-inkey',
      key,
      '-in',
      cert,
      '-out',
      p12,
      '-passout',
      'pass:s3cret',
    ]);

    const loaded = await loadPlatformCertificate({
      p12Path: p12,
      passphrase: 's3cret',
      devDirectory: join(dir, 'unused'),
    });
    expect(loaded.subject).toBe('CN=Municipality Signing, O=Vesthimmerland');
    expect(loaded.passphrase).toBe('s3cret');
  });

  it('names the setting when the passphrase does not open the configured file', async () => {
    const { p12 } = await development(join(dir, 'dev'));
    const file = join(dir, 'platform.p12');
    await writeFile(file, p12);

    const attempt = loadPlatformCertificate({
      p12Path: file,
      passphrase: 'wrong',
      devDirectory: dir,
    });
    await expect(attempt).rejects.toBeInstanceOf(SigningCertificateError);
    await expect(attempt).rejects.toThrow(
      `SIGNING_P12_PASSPHRASE does not open SIGNING_P12_PATH "${file}"`,
    );
  });

  it('says when the configured file is missing or not a PKCS#12', async () => {
    const missing = join(dir, 'missing.p12');
    await expect(
      loadPlatformCertificate({ p12Path: missing, passphrase: 'x', devDirectory: dir }),
    ).rejects.toThrow(`SIGNING_P12_PATH "${missing}" cannot be read`);

    const text = join(dir, 'notes.p12');
    await writeFile(text, 'not a certificate');
    await expect(
      loadPlatformCertificate({ p12Path: text, passphrase: 'x', devDirectory: dir }),
    ).rejects.toThrow(`SIGNING_P12_PATH "${text}" is not a PKCS#12 (.p12) file`);
  });
});
