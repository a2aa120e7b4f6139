import { type Page } from '@techpact/contracts';

/** A list answer as its items, whether the endpoint pages it (`{ items }`) or not. */
export function asItems<T>(answer: T[] | Page<T>): T[] {
  return Array.isArray(answer) ? answer : answer.items;
}
