import { describe, expect, it } from 'vitest';
import { CATALOGUES, translate, type TranslationKey } from './catalogue';
import { en } from './messages/en';
import { directionOf, asLocale, LOCALES } from './locales';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI catalogues', () => {
  for (const [code, catalogue] of Object.entries(CATALOGUES)) {
    if (code === 'en') continue;
    it(`${code} translates every key with the same placeholders`, () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(en)) {
        const translated = Reflect.get(catalogue, key);
        expect(typeof translated, key).toBe('string');
        expect(placeholders(String(translated)), key).toEqual(placeholders(text));
        expect(String(translated).trim(), key).not.toBe('');
      }
    });
  }

  it('fills placeholders and falls back to the key for unknown keys', () => {
    expect(translate('en', 'save.saved', { revision: 7 })).toBe('Saved · revision 7');
    expect(translate('fa', 'save.saved', { revision: 7 })).toBe('ذخیره شد · نسخه ۷');
    expect(translate('th', 'home.filter.count', { shown: 1200, total: 3400 })).toBe('1,200 จาก 3,400 แผนที่');
    expect(translate('fa', 'matchers.type', { n: '7' })).toContain('7');
    expect(translate('en', 'cell.addOther', { stage: '<b>', lane: '{lane}' })).toBe(
      'Add another kind of card to <b> · {lane}',
    );
    const unknown = 'no.such.key' as TranslationKey;
    expect(translate('th', unknown)).toBe('no.such.key');
  });

  it('knows the writing direction of each locale', () => {
    expect(LOCALES.map((l) => l.code)).toEqual(['en', 'th', 'zh-TW', 'vi', 'fa']);
    expect(directionOf('fa')).toBe('rtl');
    expect(directionOf('th')).toBe('ltr');
    expect(asLocale('zh-TW')).toBe('zh-TW');
    expect(asLocale('de')).toBeUndefined();
  });
});
