import { type ApprovalGroup } from '@techpact/contracts';

/** A stable key of a group: one case, one person, one month. */
export function groupKey(group: ApprovalGroup): string {
  return `${group.caseId}|${group.user.id}|${group.month}`;
}

/** Whether none, some or all of a group's entries are selected (for its checkbox). */
export function groupSelection(
  group: ApprovalGroup,
  selected: ReadonlySet<string>,
): 'none' | 'some' | 'all' {
  const count = group.entries.filter((entry) => selected.has(entry.id)).length;
  return count === 0 ? 'none' : count === group.entries.length ? 'all' : 'some';
}

/** Selects the whole group, or clears it when it was already fully selected. */
export function toggleGroup(group: ApprovalGroup, selected: ReadonlySet<string>): Set<string> {
  const next = new Set(selected);
  const all = groupSelection(group, selected) === 'all';
  for (const entry of group.entries) {
    if (all) next.delete(entry.id);
    else next.add(entry.id);
  }
  return next;
}

export function toggleEntry(id: string, selected: ReadonlySet<string>): Set<string> {
  const next = new Set(selected);
  if (!next.delete(id)) next.add(id);
  return next;
}

/** Keeps only the ids still on the list (after a refresh). */
export function keepExisting(
  groups: readonly ApprovalGroup[],
  selected: ReadonlySet<string>,
): Set<string> {
  const ids = new Set(groups.flatMap((group) => group.entries.map((entry) => entry.id)));
  return new Set([...selected].filter((id) => ids.has(id)));
}
