import { type AssessmentDimension } from '@techpact/contracts';
import { applyCaseEvent } from '@techpact/api/cases';
import { type EntityManager } from 'typeorm';
import { AssessmentRepository } from './assessment.repository';
import { seedDefaultDimensions } from './default-dimensions';

const DEMO_NOTES = [
  'Production planning runs on spreadsheets maintained by the production manager.',
  'ERP in place for orders and invoicing; the machines are not connected.',
  'Operators are keen but there is no training plan for new technology.',
  'Quality data is written on paper and typed in weekly.',
];

/**
 * Gives the programme the default dimensions and every case whose assessment has started (in
 * `assessment.inProgress`, or put on hold from it) a T0 draft written by its expert: the first
 * four dimensions scored with notes, the rest left open so the demo shows what is missing.
 * Cases that have an assessment already are left alone.
 */
export async function seedDemoAssessments(
  manager: EntityManager,
  options: { readonly programmeId: string },
): Promise<{ drafts: number }> {
  await seedDefaultDimensions(manager, options.programmeId);
  const repository = new AssessmentRepository(manager);
  const dimensions: AssessmentDimension[] = await repository.dimensions(options.programmeId, true);
  const cases = (await manager.query(
    `SELECT cf.id, (SELECT ce.expert_id FROM case_expert ce WHERE ce.case_id = cf.id ORDER BY ce.assigned_at LIMIT 1) AS "expertId"
       FROM case_file cf
      WHERE cf.programme_id = $1 AND cf.state IN ('assessment.inProgress', 'onHold')
        AND EXISTS (SELECT 1 FROM audit_event a WHERE a.case_id = cf.id AND a.event_type = 'START_ASSESSMENT')
        AND NOT EXISTS (SELECT 1 FROM assessment x WHERE x.case_id = cf.id AND x.kind = 'T0')
      ORDER BY cf.opened_at, cf.id`,
    [options.programmeId],
  )) as { id: string; expertId: string | null }[];
  for (const [n, found] of cases.entries()) {
    if (!found.expertId) continue;
    const id = await repository.insertAssessment(found.id, 'T0', dimensions, found.expertId);
    // The first case gets a complete baseline and is submitted, so the demo has a case past the
    // assessment; the others keep drafts with two dimensions still to score.
    const complete = n === 0;
    const scores = dimensions.slice(0, complete ? dimensions.length : 4).map((dimension, i) => ({
      dimensionId: dimension.id,
      score: (n + i * 2) % 4,
      notes: DEMO_NOTES[i] ?? '',
    }));
    await repository.saveDraft(
      id,
      'Family-owned manufacturer with a strong order book; digitalisation so far driven by single enthusiasts.',
      scores,
      found.expertId,
    );
    if (complete) await submitBaseline(manager, found.id, found.expertId, options.programmeId);
  }
  return { drafts: cases.filter((c) => c.expertId).length };
}

/** SUBMIT_ASSESSMENT through the real transition code, as the assigned expert. */
async function submitBaseline(
  manager: EntityManager,
  caseId: string,
  expertId: string,
  programmeId: string,
): Promise<void> {
  const [row] = (await manager.query(`SELECT state FROM case_file WHERE id = $1`, [caseId])) as {
    state: string;
  }[];
  if (row?.state !== 'assessment.inProgress') return;
  await applyCaseEvent(
    manager,
    { id: expertId, role: 'expert', programmeId, municipalityIds: [], companyId: null },
    caseId,
    { command: { type: 'SUBMIT_ASSESSMENT' } },
  );
}

/**
 * Writes a complete baseline (T0) for a case in `assessment.inProgress` as its expert, every
 * dimension scored from `seed` (so demo cases differ), for the demo journeys that continue past
 * the assessment. The caller then sends SUBMIT_ASSESSMENT through the transition code.
 */
export async function writeDemoBaseline(
  manager: EntityManager,
  caseId: string,
  expertId: string,
  programmeId: string,
  seed: number,
): Promise<void> {
  const repository = new AssessmentRepository(manager);
  const dimensions = await repository.dimensions(programmeId, true);
  const id = await repository.insertAssessment(caseId, 'T0', dimensions, expertId);
  await repository.saveDraft(
    id,
    'Owner-led manufacturer; machines mostly stand-alone, planning on spreadsheets.',
    dimensions.map((dimension, i) => ({
      dimensionId: dimension.id,
      score: (seed + i * 2) % 4,
      notes: DEMO_NOTES[i] ?? '',
    })),
    expertId,
  );
}
