import { type SigningLinkState } from '@techpact/contracts';
import { createHash, randomBytes } from 'node:crypto';
import { type SignerRow, type VersionRow } from './agreement.repository';

/** A new link token (32 random bytes) and the SHA-256 that is all the database keeps of it. */
export function newSigningToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSigningToken(token) };
}

export function hashSigningToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether a string can be a token at all (43 base64url characters), before touching the database. */
export function looksLikeToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

const day = (at: Date) => at.toISOString().slice(0, 10);

/**
 * What a link can do now, and why not in plain words. Answers in order: the signer's own answer
 * (signed, declined), then what happened to the version (recalled, replaced), then expiry.
 */
export function linkState(
  signer: SignerRow,
  version: VersionRow,
  now: Date,
): { state: SigningLinkState; message: string } {
  if (signer.signedAt) {
    return {
      state: 'used',
      message: `This link has been used: you signed version ${version.number} on ${day(signer.signedAt)}. Each link can be used once.`,
    };
  }
  if (signer.declinedAt) {
    return {
      state: 'declined',
      message: `You declined version ${version.number} on ${day(signer.declinedAt)}; the coordinator will send a new version if needed.`,
    };
  }
  if (signer.linkStatus === 'recalled') {
    return {
      state: 'recalled',
      message: `The coordinator recalled version ${version.number}; this link no longer works. You will get a new e-mail when a new version is sent.`,
    };
  }
  if (signer.linkStatus === 'superseded' || version.status !== 'sent') {
    return {
      state: 'superseded',
      message: `This link is for version ${version.number}, which is no longer the version awaiting signature${version.status === 'declined' ? ' (it was declined)' : ''}. You will get a new e-mail when a new version is sent.`,
    };
  }
  if (signer.linkStatus !== 'active' || !signer.linkExpiresAt) {
    return { state: 'superseded', message: 'This link is not active.' };
  }
  if (signer.linkExpiresAt.getTime() <= now.getTime()) {
    return {
      state: 'expired',
      message: `This signing link expired on ${day(signer.linkExpiresAt)}. Ask the coordinator to send the agreement again.`,
    };
  }
  return {
    state: 'ready',
    message: `Version ${version.number} awaits your signature until ${day(signer.linkExpiresAt)}.`,
  };
}
