import { da } from './da';
import { en } from './en';
import { lookup, translationKeys } from './translations';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const dictionaries = { en, da };
  const englishKeys = translationKeys(en);

  it('has texts to check', () => {
    expect(englishKeys.length).toBeGreaterThan(50);
  });

  it.each(Object.entries(dictionaries))(
    '%s has exactly the English keys',
    (_language, dictionary) => {
      expect(translationKeys(dictionary)).toEqual(englishKeys);
    },
  );

  it.each(Object.entries(dictionaries))('%s has no empty text', (_language, dictionary) => {
    const empty = translationKeys(dictionary).filter((key) => !lookup(dictionary, key)?.trim());
    expect(empty).toEqual([]);
  });

  it('uses the same placeholders in Danish as in English', () => {
    const mismatched = englishKeys.filter(
      (key) =>
        placeholders(lookup(en, key) ?? '').join() !== placeholders(lookup(da, key) ?? '').join(),
    );
    expect(mismatched).toEqual([]);
  });
});
