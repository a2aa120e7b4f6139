import { createHash } from 'node:crypto';
import { AppError, ErrorCode } from '@techpact/api/infra-http';
import { type AgreementWorld, createAgreementWorld, draftedCase } from '../testing/agreement-world';
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

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

// Rendering and sealing PDFs takes a few seconds on a busy machine.
jest.setTimeout(60_000);

describe('amendments and drafting (real PostgreSQL and SMTP peer)', () => {
  let world: AgreementWorld;

  beforeAll(async () => {
    world = await createAgreementWorld('agreements_amendment');
  });
  afterAll(() => world.close());

  /** Sends the draft, signs it through the e-mailed link and countersigns it. */
  async function sendSignCountersign(caseId: string, email: string): Promise<void> {
    const before = world.peer.received.length;
    await world.cases.transition(world.coordinatorA, caseId, {
      command: { type: 'SEND_FOR_SIGNATURE' },
    });
    await receivedCount(world.peer, before + 1);
    const mail = world.peer.received.slice(before).find((m) => m.to[0] === email);
    if (!mail) throw new Error(`no signing e-mail to ${email}`);
    const token = tokenFromMail(mail);
    const view = await world.signing.view(token);
    await world.signing.signWithLink(
      token,
      { fullName: 'Maja Signer', consent: true, documentHash: view.documentHash ?? '' },
      { ip: '192.0.2.9', userAgent: 'jest' },
    );
    await world.cases.transition(world.coordinatorA, caseId, { command: { type: 'COUNTERSIGN' } });
  }

  it('keeps hours logged against the version in force through an amendment, and reports the diff', async () => {
    const { caseId } = await draftedCase(world, [
      { name: 'Maja Signer', email: 'maja@metal.test' },
    ]);
    await sendSignCountersign(caseId, 'maja@metal.test');
    const v1 = await world.agreements.version(world.coordinatorA, caseId, 1);
    expect(v1.status).toBe('in_force');
    const v1Signed = await world.agreements.pdf(world.coordinatorA, caseId, 1, 'signed');
    const [robot, quality] = v1.upgrades;
    if (!robot || !quality) throw new Error('two upgrades expected');

    // Activities and hours exist against version 1 (the activities feature would create these).
    const activityIds: string[] = [];
    for (const upgrade of v1.upgrades) {
      const [row] = (await world.db.query(
        `INSERT INTO activity (case_id, lineage_id, upgrade_id, title, expert_id, planned_hours, target_date)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          caseId,
          upgrade.lineageId,
          upgrade.id,
          upgrade.title,
          upgrade.expert?.id,
          upgrade.plannedHours,
          upgrade.targetDate,
        ],
      )) as { id: string }[];
      activityIds.push(row?.id ?? '');
    }
    const insertHours = (activityId: string, day: string, hours: number) =>
      world.db.query(
        `INSERT INTO time_entry (programme_id, case_id, activity_id, user_id, person_kind, work_date, hours, status)
         VALUES ($1, $2, $3, $4, 'expert', $5, $6, 'approved')`,
        [world.programmeId, caseId, activityId, world.expert.id, day, hours],
      );
    await insertHours(activityIds[0] ?? '', '2026-05-04', 7.5);
    await insertHours(activityIds[1] ?? '', '2026-05-05', 3.25);
    const timeEntries = () =>
      world.db.query(
        `SELECT id, activity_id, work_date::text, hours::text, status, updated_at FROM time_entry
          WHERE case_id = $1 ORDER BY id`,
        [caseId],
      );
    const hoursBefore = await timeEntries();
    expect(hoursBefore).toHaveLength(2);

    const amended = await world.cases.transition(world.coordinatorA, caseId, {
      command: { type: 'AMEND_AGREEMENT' },
    });
    expect(amended.toState).toBe('agreement.drafting');
    const draft = await world.agreements.draft(world.coordinatorA, caseId);
    expect(draft).toMatchObject({
      number: 2,
      status: 'draft',
      amendsVersionNumber: 1,
      canEdit: true,
    });
    const [robot2, quality2] = draft.upgrades;
    if (!robot2 || !quality2) throw new Error('two prefilled upgrades expected');
    expect([robot2.lineageId, quality2.lineageId]).toEqual([robot.lineageId, quality.lineageId]);

    await world.agreements.updateUpgrade(world.coordinatorA, caseId, robot2.id, {
      plannedHours: 60,
    });
    await world.agreements.deleteUpgrade(world.coordinatorA, caseId, quality2.id);
    const edited = await world.agreements.addUpgrade(world.coordinatorA, caseId, {
      title: 'Energy monitoring',
      category: 'Green',
      expertId: world.expert2.id,
      plannedHours: 16,
      targetDate: '2027-01-31',
    });
    expect(edited.upgrades.map((u) => [u.position, u.title])).toEqual([
      [0, 'Welding robot pilot'],
      [1, 'Energy monitoring'],
    ]);
    expect(edited.totalPlannedHours).toBe(76);

    // While the amendment is out for signature, version 1 stays in force and hours stand.
    const before = world.peer.received.length;
    await world.cases.transition(world.coordinatorA, caseId, {
      command: { type: 'SEND_FOR_SIGNATURE' },
    });
    await receivedCount(world.peer, before + 1);
    const overview = await world.agreements.overview(world.coordinatorA, caseId);
    expect(overview).toMatchObject({ inForceNumber: 1, draftNumber: null });
    expect(await timeEntries()).toEqual(hoursBefore);
    const request = world.peer.received[before];
    if (!request) throw new Error('no signing e-mail for version 2');
    const token = tokenFromMail(request);
    const view = await world.signing.view(token);
    await world.signing.signWithLink(
      token,
      { fullName: 'Maja Signer', consent: true, documentHash: view.documentHash ?? '' },
      { ip: '192.0.2.9', userAgent: 'jest' },
    );
    await world.cases.transition(world.coordinatorA, caseId, { command: { type: 'COUNTERSIGN' } });

    expect((await world.cases.get(world.coordinatorA, caseId)).state).toBe('implementation');
    const after = await world.agreements.overview(world.coordinatorA, caseId);
    expect(after.versions.map((v) => [v.number, v.status])).toEqual([
      [2, 'in_force'],
      [1, 'superseded'],
    ]);
    const v1SignedAfter = await world.agreements.pdf(world.coordinatorA, caseId, 1, 'signed');
    expect(sha(v1SignedAfter.content)).toBe(sha(v1Signed.content));
    expect(await timeEntries()).toEqual(hoursBefore);

    const diff = await world.agreements.diff(world.coordinatorA, caseId, 1, 2);
    expect(diff.added.map((u) => u.title)).toEqual(['Energy monitoring']);
    expect(diff.removed.map((u) => u.title)).toEqual(['Inline quality data']);
    expect(diff.changed).toEqual([
      {
        lineageId: robot.lineageId,
        title: 'Welding robot pilot',
        changes: [{ field: 'plannedHours', from: 40, to: 60 }],
      },
    ]);
    expect(diff.changedFields).toEqual([]);
    expect(diff.totalPlannedHours).toEqual({ from: 64.5, to: 76 });
  });

  it('edits a draft: stale rowVersion, suggestions in one click, signer candidates, invalid expert', async () => {
    const { caseId, companyId } = await draftedCase(world, [
      { name: 'Ole Owner', email: 'ole@metal.test' },
    ]);
    // A submitted baseline with one weak dimension whose categories become suggestions.
    const [dimension] = (await world.db.query(
      `INSERT INTO assessment_dimension (programme_id, key, name, levels, upgrade_categories)
       VALUES ($1, 'digital-readiness', 'Digital readiness', '["0","1","2","3","4","5"]', ARRAY['ERP', 'Sensors'])
       RETURNING id`,
      [world.programmeId],
    )) as { id: string }[];
    const [assessment] = (await world.db.query(
      `INSERT INTO assessment (case_id, kind, dimensions) VALUES ($1, 'T0', $2) RETURNING id`,
      [
        caseId,
        JSON.stringify([
          { id: dimension?.id, name: 'Digital readiness', upgradeCategories: ['ERP', 'Sensors'] },
        ]),
      ],
    )) as { id: string }[];
    await world.db.query(
      `INSERT INTO assessment_score (assessment_id, dimension_id, score) VALUES ($1, $2, 1)`,
      [assessment?.id, dimension?.id],
    );
    // Scored as a draft, then submitted: a submitted assessment's scores are frozen.
    await world.db.query(`UPDATE assessment SET submitted_at = now() WHERE id = $1`, [
      assessment?.id,
    ]);

    const draft = await world.agreements.draft(world.coordinatorA, caseId);
    expect(draft.suggestions.map((s) => s.key)).toEqual([
      `${dimension?.id}:ERP`,
      `${dimension?.id}:Sensors`,
    ]);
    expect(draft.signerCandidates.map((c) => c.email)).toContain('ole@metal.test');
    expect(draft.hoursByExpert.map((h) => [h.expert.id, h.plannedHours])).toEqual([
      [world.expert.id, 40],
      [world.expert2.id, 24.5],
    ]);

    const key = `${dimension?.id}:ERP`;
    const added = await world.agreements.addSuggested(world.coordinatorA, caseId, { keys: [key] });
    expect(added.upgrades.at(-1)).toMatchObject({
      title: 'ERP',
      category: 'ERP',
      suggestionKey: key,
    });
    expect(added.suggestions.map((s) => s.key)).toEqual([`${dimension?.id}:Sensors`]);
    // The same key again adds nothing; an unknown key is refused and adds nothing either.
    const again = await world.agreements.addSuggested(world.coordinatorA, caseId, { keys: [key] });
    expect(again.upgrades).toHaveLength(3);
    const unknown = await refusal(
      world.agreements.addSuggested(world.coordinatorA, caseId, {
        keys: [`${dimension?.id}:Sensors`, 'nope:ERP'],
      }),
    );
    expect(unknown.code).toBe(ErrorCode.Validation);
    expect(unknown.message).toMatch(/nope:ERP/);
    expect((await world.agreements.draft(world.coordinatorA, caseId)).upgrades).toHaveLength(3);

    // Sending refuses the suggested upgrade that has no expert, hours or date, naming it.
    const incomplete = await refusal(
      world.cases.transition(world.coordinatorA, caseId, {
        command: { type: 'SEND_FOR_SIGNATURE' },
      }),
    );
    expect(incomplete.code).toBe(ErrorCode.Unprocessable);
    expect(incomplete.message).toContain(
      '"ERP" has no expert, no planned hours and no target date',
    );

    const updated = await world.agreements.updateDraft(world.coordinatorA, caseId, {
      ndaClause: 'Both parties keep production data confidential.',
      expectedRowVersion: added.rowVersion,
    });
    expect(updated.rowVersion).toBe(added.rowVersion + 1);
    const stale = await refusal(
      world.agreements.updateDraft(world.coordinatorA, caseId, {
        title: 'Lost update',
        expectedRowVersion: added.rowVersion,
      }),
    );
    expect(stale.code).toBe(ErrorCode.Conflict);
    expect(stale.message).toMatch(/changed since you loaded it/);

    const badExpert = await refusal(
      world.agreements.addUpgrade(world.coordinatorA, caseId, {
        title: 'X',
        expertId: world.sme.id,
      }),
    );
    expect(badExpert.code).toBe(ErrorCode.Validation);
    const strangers = await refusal(
      world.agreements.setSigners(world.coordinatorA, caseId, {
        signers: [{ userId: world.sme.id }],
      }),
    );
    expect(strangers.message).toMatch(/not an active SME user of this company/);
    expect(companyId).not.toBe(world.sme.companyId);

    // Outside their scope (an expert not assigned, a coordinator of another municipality): 404.
    const asExpert = await refusal(world.agreements.draft(world.expert, caseId));
    expect(asExpert.code).toBe(ErrorCode.NotFound);
    const outside = await refusal(
      world.agreements.updateDraft(world.coordinatorB, caseId, { title: 'x' }),
    );
    expect(outside.code).toBe(ErrorCode.NotFound);
    const final = await world.agreements.draft(world.coordinatorA, caseId);
    expect(final.title).toBe('Vision-guided welding cell');
    expect(final.ndaClause).toBe('Both parties keep production data confidential.');
  });
});
