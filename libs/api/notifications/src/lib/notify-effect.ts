import { type NotifyEffect } from '@techpact/lifecycle';
import { type EntityManager } from 'typeorm';
import { createNotifications } from './notification-writer';
import { loadNotifiedCase, resolveRecipients } from './recipients';

/**
 * Turns a relayed `notify` outbox row into one notification per recipient, on the relay's
 * transaction; the row's id makes a second relay of it add nothing. Resolves to the new ids.
 */
export async function notifyFromOutbox(
  manager: EntityManager,
  outboxId: string,
  caseId: string,
  effect: NotifyEffect,
): Promise<string[]> {
  const notified = await loadNotifiedCase(manager, caseId);
  if (!notified)
    throw new Error(`Outbox row ${outboxId} names case ${caseId}, which does not exist.`);
  const userIds = await resolveRecipients(manager, notified, effect.to);
  return createNotifications(manager, {
    kind: effect.template,
    caseId,
    userIds,
    source: { outboxId },
    params: {
      company: notified.companyName,
      date: effect.details.date,
      until: effect.details.until,
      reason: effect.details.reason,
    },
    timeZone: notified.timeZone,
  });
}
