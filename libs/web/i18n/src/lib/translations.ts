import { type en } from './en';

/** The shape every language must have: exactly the keys of the English dictionary. */
export type Translations = typeof en;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A dotted path to one text, e.g. `'nav.cases'`. A typo is a compile error. */
export type TranslationKey = Leaves<Translations>;

/** Values for the `{placeholder}`s of a text. */
export type TranslationParams = Readonly<Record<string, string | number>>;

/** Every dotted key of a dictionary, in document order. Used by the completeness spec. */
export function translationKeys(dictionary: object, prefix = ''): string[] {
  return Object.entries(dictionary).flatMap(([key, value]: [string, unknown]) =>
    typeof value === 'string'
      ? [`${prefix}${key}`]
      : typeof value === 'object' && value !== null
        ? translationKeys(value, `${prefix}${key}.`)
        : [],
  );
}

/** The text at a dotted key, or `undefined` when there is none. */
export function lookup(dictionary: object, key: string): string | undefined {
  let node: unknown = dictionary;
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? Reflect.get(node, part) : undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

/** Replaces `{name}` placeholders; unknown placeholders are left as they are. */
export function interpolate(text: string, params?: TranslationParams): string {
  if (!params) {
    return text;
  }
  return text.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : match,
  );
}

/** True when `value` names a text of the dictionary (for keys that arrive as plain strings). */
export function isTranslationKey(value: string, dictionary: object): value is TranslationKey {
  return lookup(dictionary, value) !== undefined;
}
