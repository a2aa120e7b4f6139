import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import {
  type AgreementWorld,
  createAgreementWorld,
  draftedCase,
  TEST_APP_URL,
} from '../testing/agreement-world';
import { receivedCount, tokenFromMail } from '../testing/smtp-peer';

const run = promisify(execFile);

/** Runs a poppler tool; pdfsig exits non-zero for a bad signature, so its output is kept. */
async function poppler(tool: string, args: string[]): Promise<string> {
  try {
    const { stdout, stderr } = await run(tool, args);
    return `${stdout}${stderr}`;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    return `${stdout ?? ''}${stderr ?? ''}`;
  }
}

// Rendering and sealing PDFs takes a few seconds on a busy machine.
jest.setTimeout(60_000);

describe('signing an agreement online (real PostgreSQL, SMTP peer, poppler)', () => {
  let world: AgreementWorld;
  let workDir: string;

  beforeAll(async () => {
    world = await createAgreementWorld('agreements_signing');
    workDir = await mkdtemp(join(tmpdir(), 'tp-signed-'));
  });
  afterAll(async () => {
    await world.close();
    await rm(workDir, { recursive: true, force: true });
  });

  it('sends to two SME signers by e-mail, both sign through their links, the coordinator countersigns, and the sealed PDF verifies', async () => {
    const { caseId } = await draftedCase(world, [
      { name: 'Karen Holm', email: 'karen.holm@aars-metal.test' },
      { name: 'Peter Lund', email: 'peter.lund@aars-metal.test' },
    ]);
    const before = world.peer.received.length;

    const sent = await world.cases.transition(world.coordinatorA, caseId, {
      command: { type: 'SEND_FOR_SIGNATURE' },
    });
    expect(sent.toState).toBe('agreement.awaitingSignature');
    await receivedCount(world.peer, before + 2);
    const requests = world.peer.received.slice(before);
    expect(requests.map((m) => m.to[0]).sort()).toEqual([
      'karen.holm@aars-metal.test',
      'peter.lund@aars-metal.test',
    ]);
    for (const request of requests) {
      // Contact people of a Danish company are written to in Danish, as text and HTML.
      expect(request.subject).toContain('Underskriv teknologiaftalen');
      expect(request.text).toContain(`${TEST_APP_URL}/sign/`);
      expect(request.html).toContain(`${TEST_APP_URL}/sign/`);
    }
    const tokenOf = (email: string) => {
      const mail = requests.find((m) => m.to[0] === email);
      if (!mail) throw new Error(`no e-mail to ${email}`);
      return tokenFromMail(mail);
    };
    const karen = tokenOf('karen.holm@aars-metal.test');
    const peter = tokenOf('peter.lund@aars-metal.test');

    // Only the hash of the token is stored.
    const stored = (await world.db.query(
      `SELECT s.token_hash AS "tokenHash" FROM agreement_signer s JOIN agreement_version v ON v.id = s.version_id
        WHERE v.case_id = $1 AND v.status = 'sent' ORDER BY s.name`,
      [caseId],
    )) as { tokenHash: string }[];
    expect(stored.map((s) => s.tokenHash)).toEqual(
      [karen, peter].map((t) => createHash('sha256').update(t).digest('hex')),
    );

    const view = await world.signing.view(karen);
    expect(view).toMatchObject({ state: 'ready', signerName: 'Karen Holm', language: 'da' });
    expect(view.documentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(view.version?.upgrades.map((u) => u.title)).toEqual([
      'Welding robot pilot',
      'Inline quality data',
    ]);
    expect(view.otherSigners).toEqual([{ name: 'Peter Lund', signed: false }]);
    const document = await world.signing.document(karen);
    expect(createHash('sha256').update(document.content).digest('hex')).toBe(view.documentHash);
    const hash = view.documentHash ?? '';

    const first = await world.signing.signWithLink(
      karen,
      { fullName: 'Karen Holm', consent: true, documentHash: hash },
      { ip: '203.0.113.7', userAgent: 'Mozilla/5.0 (Karen)' },
    );
    expect(first.outcome).toBe('signed');
    expect(first.message).toContain('Peter Lund');
    const second = await world.signing.signWithLink(
      peter,
      { fullName: 'Peter  Lund', consent: true, documentHash: hash.toUpperCase() },
      { ip: '198.51.100.23', userAgent: 'Mozilla/5.0 (Peter)' },
    );
    expect(second.outcome).toBe('allSigned');
    expect((await world.cases.get(world.coordinatorA, caseId)).state).toBe(
      'agreement.awaitingCountersignature',
    );
    const timeline = await world.cases.timeline(world.coordinatorA, caseId, {
      limit: 10,
      offset: 0,
    });
    expect(timeline.items.slice(0, 3).map((e) => e.type)).toEqual([
      'SIGN',
      'AGREEMENT_SIGNED',
      'AGREEMENT_SIGNED',
    ]);
    expect(timeline.items[1]?.payload).toMatchObject({
      signerName: 'Peter Lund',
      signerEmail: 'peter.lund@aars-metal.test',
    });

    const beforeInForce = world.peer.received.length;
    const countersigned = await world.cases.transition(world.coordinatorA, caseId, {
      command: { type: 'COUNTERSIGN' },
    });
    expect(countersigned.toState).toBe('implementation');
    const version = await world.agreements.version(world.coordinatorA, caseId, 1);
    expect(version).toMatchObject({ status: 'in_force', hasSignedPdf: true, documentHash: hash });
    expect(version.signers.map((s) => [s.status, s.linkStatus, s.signedName])).toEqual([
      ['signed', 'used', 'Karen Holm'],
      ['signed', 'used', 'Peter Lund'],
    ]);

    // Everyone involved gets the signed PDF: both signers, the coordinator, both experts.
    await receivedCount(world.peer, beforeInForce + 5);
    const inForce = world.peer.received.slice(beforeInForce);
    expect(inForce.map((m) => m.to[0]).sort()).toHaveLength(5);
    const signed = await world.agreements.pdf(world.coordinatorA, caseId, 1, 'signed');
    for (const mail of inForce) {
      expect(mail.attachments).toHaveLength(1);
      expect(mail.attachments[0]?.contentType).toBe('application/pdf');
      expect(mail.attachments[0]?.content.equals(signed.content)).toBe(true);
    }

    const file = join(workDir, 'signed.pdf');
    await writeFile(file, signed.content);
    const verified = await poppler('pdfsig', [file]);
    expect(verified).toContain('Signature Validation: Signature is Valid.');
    expect(verified).toContain('Total document signed');
    const text = await poppler('pdftotext', ['-layout', file, '-']);
    expect(text).toContain('Karen Holm');
    expect(text).toContain('Peter Lund');
    expect(text).toContain('203.0.113.7');
    expect(text).toContain(hash);

    // One byte changed inside the signed range: pdfsig reports the document modified.
    const tampered = Buffer.from(signed.content);
    const at = tampered.indexOf('stream') + 40;
    tampered[at] = (tampered[at] ?? 0) ^ 0xff;
    const tamperedFile = join(workDir, 'tampered.pdf');
    await writeFile(tamperedFile, tampered);
    const report = await poppler('pdfsig', [tamperedFile]);
    expect(report).not.toContain('Signature is Valid.');
    expect(report).toMatch(/Digest Mismatch|modified/i);
  });
});
