import { generateKeyPair, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import forge from 'node-forge';

/** The certificate that seals signed agreements, as `P12Signer` takes it. */
export interface PlatformCertificate {
  p12: Buffer;
  passphrase: string;
  /** e.g. "CN=TechPact development signing, O=TechPact" */
  subject: string;
}

export interface PlatformCertificateOptions {
  /** SIGNING_P12_PATH; null: use (or create) the development certificate. */
  p12Path: string | null;
  /** SIGNING_P12_PASSPHRASE */
  passphrase: string | null;
  /** Where the development certificate lives, under `signing/`. */
  devDirectory: string;
}

/** A certificate that cannot be used, with a message that says what to change. */
export class SigningCertificateError extends Error {
  override readonly name = 'SigningCertificateError';
}

const DEV_COMMON_NAME = 'TechPact development signing';
const DEV_VALID_YEARS = 5;
const P12_FILE = 'platform.p12';
const PASSPHRASE_FILE = 'platform.p12.passphrase';

/**
 * Reads the configured PKCS#12. Without one, generates a self-signed RSA-2048 certificate once
 * into `<devDirectory>/signing/` and reuses it afterwards.
 */
export async function loadPlatformCertificate(
  options: PlatformCertificateOptions,
): Promise<PlatformCertificate> {
  if (options.p12Path === null) return developmentCertificate(options.devDirectory);
  const path = options.p12Path;
  if (options.passphrase === null) {
    throw new SigningCertificateError(
      'SIGNING_P12_PASSPHRASE is missing: set it to the passphrase of SIGNING_P12_PATH.',
    );
  }
  const p12 = await readFile(path).catch((error: unknown) => {
    throw new SigningCertificateError(
      `SIGNING_P12_PATH "${path}" cannot be read: ${messageOf(error)}`,
    );
  });
  return openP12(p12, options.passphrase, {
    file: `SIGNING_P12_PATH "${path}"`,
    passphrase: 'SIGNING_P12_PASSPHRASE',
  });
}

async function developmentCertificate(devDirectory: string): Promise<PlatformCertificate> {
  const directory = join(devDirectory, 'signing');
  const existing = await readDevelopment(directory);
  if (existing) return existing;

  // Two processes may start at once: each prepares a complete directory and renames it into
  // place; rename onto a non-empty directory fails, so the first one wins and the other reads it.
  await mkdir(devDirectory, { recursive: true });
  const staging = await mkdtemp(join(devDirectory, '.signing-'));
  try {
    const passphrase = randomBytes(32).toString('base64url');
    await writeFile(join(staging, P12_FILE), await selfSignedP12(passphrase), { mode: 0o600 });
    await writeFile(join(staging, PASSPHRASE_FILE), `${passphrase}\n`, { mode: 0o600 });
    await rename(staging, directory).catch((error: unknown) => {
      if (!['ENOTEMPTY', 'EEXIST'].includes(codeOf(error))) throw error;
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  const created = await readDevelopment(directory);
  if (!created) {
    throw new SigningCertificateError(
      `${directory} exists but holds no ${P12_FILE}: remove the directory to generate a new ` +
        'development certificate, or set SIGNING_P12_PATH.',
    );
  }
  return created;
}

async function readDevelopment(directory: string): Promise<PlatformCertificate | null> {
  const p12File = join(directory, P12_FILE);
  const passphraseFile = join(directory, PASSPHRASE_FILE);
  let p12: Buffer;
  try {
    p12 = await readFile(p12File);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return null;
    throw error;
  }
  const passphrase = await readFile(passphraseFile, 'utf8').catch((error: unknown) => {
    throw new SigningCertificateError(
      `${passphraseFile} cannot be read (${messageOf(error)}): remove ${directory} to generate ` +
        'a new development certificate.',
    );
  });
  return openP12(p12, passphrase.trim(), {
    file: `the development certificate ${p12File}`,
    passphrase: passphraseFile,
    remedy: ` Remove ${directory} to generate a new one.`,
  });
}

/** Opens the PKCS#12 the way `P12Signer` will, so that a bad file fails now, not at signing. */
function openP12(
  p12: Buffer,
  passphrase: string,
  names: { file: string; passphrase: string; remedy?: string },
): PlatformCertificate {
  const remedy = names.remedy ?? '';
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(p12.toString('binary'));
  } catch (error) {
    throw new SigningCertificateError(
      `${names.file} is not a PKCS#12 (.p12) file: ${messageOf(error)}.${remedy}`,
    );
  }
  let pfx: forge.pkcs12.Pkcs12Pfx;
  try {
    pfx = forge.pkcs12.pkcs12FromAsn1(asn1, false, passphrase);
  } catch (error) {
    throw new SigningCertificateError(
      `${names.passphrase} does not open ${names.file}: ${messageOf(error)}${remedy}`,
    );
  }
  const key = pfx.getBags({ bagType: forge.pki.oids['pkcs8ShroudedKeyBag'] })[
    forge.pki.oids['pkcs8ShroudedKeyBag']
  ]?.[0]?.key;
  const certificate = (
    pfx.getBags({ bagType: forge.pki.oids['certBag'] })[forge.pki.oids['certBag']] ?? []
  )
    .map((bag) => bag.cert)
    .find((cert) => {
      const publicKey = cert?.publicKey as forge.pki.rsa.PublicKey | undefined;
      return key && publicKey && key.n.equals(publicKey.n) && key.e.equals(publicKey.e);
    });
  if (!key || !certificate) {
    throw new SigningCertificateError(
      `${names.file} must hold an RSA private key (encrypted with the passphrase) and its ` +
        `certificate.${remedy}`,
    );
  }
  const expires = certificate.validity.notAfter;
  if (expires.getTime() < Date.now()) {
    throw new SigningCertificateError(
      `The certificate in ${names.file} expired on ${expires.toISOString()}.${remedy}`,
    );
  }
  const subject = certificate.subject.attributes
    .map((attribute) => `${attribute.shortName ?? attribute.name}=${String(attribute.value)}`)
    .join(', ');
  return { p12, passphrase, subject };
}

async function selfSignedP12(passphrase: string): Promise<Buffer> {
  // Node's native key generation: forge's pure-JS RSA takes seconds.
  const { privateKey, publicKey } = await promisify(generateKeyPair)('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
  const key = forge.pki.privateKeyFromPem(privateKey);
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.publicKeyFromPem(publicKey);
  // A leading 01 keeps the DER integer positive.
  certificate.serialNumber = `01${randomBytes(15).toString('hex')}`;
  const now = new Date();
  certificate.validity.notBefore = new Date(now.getTime() - 60_000);
  const notAfter = new Date(now);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + DEV_VALID_YEARS);
  certificate.validity.notAfter = notAfter;
  const name = [
    { name: 'commonName', value: DEV_COMMON_NAME },
    { name: 'organizationName', value: 'TechPact' },
  ];
  certificate.setSubject(name);
  certificate.setIssuer(name);
  certificate.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  certificate.sign(key, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [certificate], passphrase, {
    algorithm: 'aes256',
    friendlyName: DEV_COMMON_NAME,
  });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

// Checked by shape, not `instanceof Error`: errors from Node's fs may come from another realm
// (e.g. under Jest).
function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

function messageOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error
    ? String(error.message)
    : String(error);
}
