import { type SignerRow, type VersionRow } from './agreement.repository';
import { hashSigningToken, linkState, looksLikeToken, newSigningToken } from './signing-link';

const now = new Date('2026-05-01T10:00:00Z');
const version = { number: 2, status: 'sent' } as VersionRow;
const signer = (overrides: Partial<SignerRow> = {}): SignerRow =>
  ({
    signedAt: null,
    declinedAt: null,
    linkStatus: 'active',
    linkExpiresAt: new Date('2026-05-31T10:00:00Z'),
    ...overrides,
  }) as SignerRow;

describe('signing links', () => {
  it('makes 43-character base64url tokens and keeps only their SHA-256', () => {
    const { token, hash } = newSigningToken();
    expect(looksLikeToken(token)).toBe(true);
    expect(hash).toBe(hashSigningToken(token));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(looksLikeToken('../../etc/passwd')).toBe(false);
  });

  it("says why a link cannot be used, the signer's own answer first", () => {
    expect(linkState(signer(), version, now).state).toBe('ready');
    expect(linkState(signer({ signedAt: now, linkStatus: 'used' }), version, now)).toMatchObject({
      state: 'used',
      message: expect.stringContaining('you signed version 2 on 2026-05-01'),
    });
    expect(linkState(signer({ declinedAt: now, linkStatus: 'used' }), version, now).state).toBe(
      'declined',
    );
    expect(linkState(signer({ linkStatus: 'recalled' }), version, now).state).toBe('recalled');
    expect(
      linkState(signer(), { ...version, status: 'declined' } as VersionRow, now).message,
    ).toContain('(it was declined)');
    expect(linkState(signer({ linkExpiresAt: now }), version, now)).toMatchObject({
      state: 'expired',
      message: expect.stringContaining('expired on 2026-05-01'),
    });
  });
});
