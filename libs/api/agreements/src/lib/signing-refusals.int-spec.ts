import { AppError, ErrorCode } from '@techpact/api/infra-http';
import {
  addSmeUser,
  type AgreementWorld,
  createAgreementWorld,
  draftedCase,
} from '../testing/agreement-world';
import { receivedCount, tokenFromMail } from '../testing/smtp-peer';

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('Expected the call to be refused');
}

const EVIDENCE = { ip: '192.0.2.1', userAgent: 'jest' };

// Rendering and sealing PDFs takes a few seconds on a busy machine.
jest.setTimeout(60_000);

describe('signing refusals (real PostgreSQL and SMTP peer)', () => {
  let world: AgreementWorld;
  let seq = 0;

  beforeAll(async () => {
    world = await createAgreementWorld('agreements_refusals');
  });
  afterAll(() => world.close());

  /** A case sent for signature to the given signers, with the link token of each (by e-mail). */
  async function sentCase(emails: readonly string[]) {
    seq += 1;
    const drafted = await draftedCase(
      world,
      emails.map((email, i) => ({ name: `Signer ${seq}-${i}`, email })),
    );
    const before = world.peer.received.length;
    await world.cases.transition(world.coordinatorA, drafted.caseId, {
      command: { type: 'SEND_FOR_SIGNATURE' },
    });
    await receivedCount(world.peer, before + emails.length);
    const mails = world.peer.received.slice(before);
    const tokens = emails.map((email) => {
      const mail = mails.find((m) => m.to[0] === email);
      if (!mail) throw new Error(`no e-mail to ${email}`);
      return tokenFromMail(mail);
    });
    const view = await world.signing.view(tokens[0] ?? '');
    return { ...drafted, tokens, hash: view.documentHash ?? '' };
  }

  /** Everything a refusal must leave untouched. */
  async function snapshot(caseId: string) {
    return world.db.query(
      `SELECT cf.state, cf.version,
              (SELECT count(*)::int FROM audit_event a WHERE a.case_id = cf.id) AS audits,
              (SELECT json_agg(json_build_object('n', v.number, 'status', v.status, 'hash', v.document_hash,
                                                 'updated', v.updated_at) ORDER BY v.number)
                 FROM agreement_version v WHERE v.case_id = cf.id) AS versions,
              (SELECT json_agg(json_build_object('id', s.id, 'link', s.link_status, 'signed', s.signed_at,
                                                 'declined', s.declined_at, 'expires', s.link_expires_at) ORDER BY s.id)
                 FROM agreement_signer s JOIN agreement_version v ON v.id = s.version_id
                WHERE v.case_id = cf.id) AS signers,
              (SELECT count(*)::int FROM agreement_upgrade u JOIN agreement_version v ON v.id = u.version_id
                WHERE v.case_id = cf.id) AS upgrades
         FROM case_file cf WHERE cf.id = $1`,
      [caseId],
    );
  }

  it('refuses SEND_FOR_SIGNATURE without a signer, saying so, and leaves the draft as it was', async () => {
    const { caseId } = await draftedCase(world, []);
    const before = await snapshot(caseId);
    const refused = await refusal(
      world.cases.transition(world.coordinatorA, caseId, {
        command: { type: 'SEND_FOR_SIGNATURE' },
      }),
    );
    expect(refused.code).toBe(ErrorCode.Unprocessable);
    expect(refused.message).toMatch(/Name at least one SME signer/);
    expect(await snapshot(caseId)).toEqual(before);
  });

  it('refuses a reused link', async () => {
    const { caseId, tokens, hash } = await sentCase(['a1@metal.test', 'a2@metal.test']);
    const [token] = tokens;
    await world.signing.signWithLink(
      token ?? '',
      { fullName: 'Anna One', consent: true, documentHash: hash },
      EVIDENCE,
    );
    const before = await snapshot(caseId);
    const refused = await refusal(
      world.signing.signWithLink(
        token ?? '',
        { fullName: 'Anna One', consent: true, documentHash: hash },
        EVIDENCE,
      ),
    );
    expect(refused.code).toBe(ErrorCode.Gone);
    expect(refused.message).toMatch(/This link has been used: you signed version 1 on/);
    expect((await world.signing.view(token ?? '')).state).toBe('used');
    expect(await snapshot(caseId)).toEqual(before);
  });

  it('refuses an expired link', async () => {
    const { caseId, tokens, hash } = await sentCase(['b1@metal.test']);
    await world.db.query(
      `UPDATE agreement_signer s SET link_expires_at = now() - interval '1 day'
         FROM agreement_version v WHERE v.id = s.version_id AND v.case_id = $1`,
      [caseId],
    );
    const before = await snapshot(caseId);
    const refused = await refusal(
      world.signing.signWithLink(
        tokens[0] ?? '',
        { fullName: 'Bo One', consent: true, documentHash: hash },
        EVIDENCE,
      ),
    );
    expect(refused.code).toBe(ErrorCode.Gone);
    expect(refused.message).toMatch(/This signing link expired on \d{4}-\d{2}-\d{2}/);
    const view = await world.signing.view(tokens[0] ?? '');
    expect(view).toMatchObject({ state: 'expired', version: null, documentHash: null });
    expect(await snapshot(caseId)).toEqual(before);
  });

  it('refuses the links of a recalled version, and of a version another signer declined', async () => {
    const recalled = await sentCase(['c1@metal.test']);
    await world.cases.transition(world.coordinatorA, recalled.caseId, {
      command: { type: 'RECALL' },
    });
    const overview = await world.agreements.overview(world.coordinatorA, recalled.caseId);
    expect(overview.versions.map((v) => [v.number, v.status])).toEqual([
      [2, 'draft'],
      [1, 'recalled'],
    ]);
    let before = await snapshot(recalled.caseId);
    let refused = await refusal(
      world.signing.signWithLink(
        recalled.tokens[0] ?? '',
        { fullName: 'Cai One', consent: true, documentHash: recalled.hash },
        EVIDENCE,
      ),
    );
    expect(refused.code).toBe(ErrorCode.Gone);
    expect(refused.message).toMatch(/recalled version 1/);
    expect(await snapshot(recalled.caseId)).toEqual(before);
    // The new draft carries the same upgrades (same lineage) and the same signers.
    const draft = await world.agreements.draft(world.coordinatorA, recalled.caseId);
    const first = await world.agreements.version(world.coordinatorA, recalled.caseId, 1);
    expect(draft.upgrades.map((u) => u.lineageId)).toEqual(first.upgrades.map((u) => u.lineageId));
    expect(draft.signers.map((s) => [s.email, s.linkStatus])).toEqual([
      ['c1@metal.test', 'pending'],
    ]);

    const declined = await sentCase(['d1@metal.test', 'd2@metal.test']);
    const outcome = await world.signing.declineWithLink(
      declined.tokens[0] ?? '',
      'The target dates are too early for us.',
    );
    expect(outcome.outcome).toBe('declined');
    expect((await world.cases.get(world.coordinatorA, declined.caseId)).state).toBe(
      'agreement.drafting',
    );
    before = await snapshot(declined.caseId);
    refused = await refusal(
      world.signing.signWithLink(
        declined.tokens[1] ?? '',
        { fullName: 'Dan Two', consent: true, documentHash: declined.hash },
        EVIDENCE,
      ),
    );
    expect(refused.code).toBe(ErrorCode.Gone);
    expect(refused.message).toMatch(/no longer the version awaiting signature \(it was declined\)/);
    expect(await snapshot(declined.caseId)).toEqual(before);
    const version1 = await world.agreements.version(world.coordinatorA, declined.caseId, 1);
    expect(version1.status).toBe('declined');
    expect(version1.signers.map((s) => [s.status, s.linkStatus, s.declineReason])).toEqual([
      ['declined', 'used', 'The target dates are too early for us.'],
      ['pending', 'superseded', null],
    ]);
  });

  it('refuses a wrong hash, both on the signing page and in a SIGN event', async () => {
    const { caseId, tokens } = await sentCase(['e1@metal.test']);
    const before = await snapshot(caseId);
    const wrong = 'ab'.repeat(32);
    const onPage = await refusal(
      world.signing.signWithLink(
        tokens[0] ?? '',
        { fullName: 'Eva One', consent: true, documentHash: wrong },
        EVIDENCE,
      ),
    );
    expect(onPage.code).toBe(ErrorCode.Unprocessable);
    expect(onPage.message).toMatch(/The document you saw is not the one awaiting signature/);

    const sme = await addSmeUser(
      world,
      (await world.cases.get(world.coordinatorA, caseId)).company.id,
      'Eva One',
      'e1@metal.test',
    );
    const asEvent = await refusal(
      world.cases.transition(sme, caseId, { command: { type: 'SIGN', versionHash: wrong } }),
    );
    expect(asEvent.code).toBe(ErrorCode.Unprocessable);
    expect(asEvent.message).toBe(
      'The signed document does not match the version sent for signature',
    );
    expect(await snapshot(caseId)).toEqual(before);

    const noConsent = await refusal(
      world.signing.signWithLink(
        tokens[0] ?? '',
        { fullName: 'Eva One', consent: false, documentHash: wrong },
        EVIDENCE,
      ),
    );
    expect(noConsent.message).toMatch(/Tick the consent box/);
    expect(await snapshot(caseId)).toEqual(before);
  });

  it('refuses an SME user of another company (404) and one who is not a named signer (403); a named SME user signs in the app', async () => {
    const { caseId, companyId, hash } = await sentCase(['f1@metal.test']);
    const before = await snapshot(caseId);
    const outsider = await addSmeUser(
      world,
      world.companiesB[0] ?? '',
      'Olga Other',
      'olga@other.test',
    );
    const notFound = await refusal(
      world.signing.signAsUser(
        outsider,
        caseId,
        1,
        { fullName: 'Olga Other', consent: true, documentHash: hash },
        EVIDENCE,
      ),
    );
    expect(notFound.code).toBe(ErrorCode.NotFound);
    expect(notFound.message).toBe('Case not found.');
    expect(await refusal(world.agreements.version(outsider, caseId, 1))).toMatchObject({
      code: ErrorCode.NotFound,
    });
    const colleague = await addSmeUser(world, companyId, 'Carl Colleague', 'carl@metal.test');
    const forbidden = await refusal(
      world.signing.signAsUser(
        colleague,
        caseId,
        1,
        { fullName: 'Carl Colleague', consent: true, documentHash: hash },
        EVIDENCE,
      ),
    );
    expect(forbidden.code).toBe(ErrorCode.Forbidden);
    expect(forbidden.message).toMatch(/not a named signer of version 1/);
    expect(await snapshot(caseId)).toEqual(before);

    // The named signer with an account sees it among their pending signatures and signs in the app.
    const named = await addSmeUser(world, companyId, 'Frida One', 'f1@metal.test');
    const pending = await world.signing.pending(named);
    expect(pending).toEqual([expect.objectContaining({ caseId, versionNumber: 1 })]);
    expect(await world.signing.pending(outsider)).toEqual([]);
    const result = await world.signing.signAsUser(
      named,
      caseId,
      1,
      { fullName: 'Frida One', consent: true, documentHash: hash },
      EVIDENCE,
    );
    expect(result.outcome).toBe('allSigned');
    expect((await world.cases.get(world.coordinatorA, caseId)).state).toBe(
      'agreement.awaitingCountersignature',
    );
  });

  it('refuses editing a sent version, saying why, in the service and in the database', async () => {
    const { caseId } = await sentCase(['g1@metal.test']);
    const before = await snapshot(caseId);
    const draft = await world.agreements.version(world.coordinatorA, caseId, 1);
    const refused = await refusal(
      world.agreements.updateDraft(world.coordinatorA, caseId, { title: 'Changed after sending' }),
    );
    expect(refused.code).toBe(ErrorCode.Conflict);
    expect(refused.message).toMatch(
      /^Version 1 was sent for signature on \d{4}-\d{2}-\d{2} and can no longer change; recall it to edit a new draft\.$/,
    );
    const upgrade = await refusal(
      world.agreements.updateUpgrade(world.coordinatorA, caseId, draft.upgrades[0]?.id ?? '', {
        plannedHours: 400,
      }),
    );
    expect(upgrade.message).toMatch(/Version 1 was sent for signature/);
    expect(await refusal(world.agreements.draft(world.coordinatorA, caseId))).toMatchObject({
      code: ErrorCode.NotFound,
    });
    await expect(
      world.db.query(`UPDATE agreement_version SET title = 'x' WHERE case_id = $1 AND number = 1`, [
        caseId,
      ]),
    ).rejects.toThrow(/agreement version 1 was sent and cannot change/);
    await expect(
      world.db.query(`UPDATE agreement_upgrade SET planned_hours = 1 WHERE version_id = $1`, [
        draft.id,
      ]),
    ).rejects.toThrow(/cannot change/);
    expect(await snapshot(caseId)).toEqual(before);
    expect((await world.agreements.version(world.coordinatorA, caseId, 1)).title).toBe(
      'Vision-guided welding cell',
    );
  });
});
