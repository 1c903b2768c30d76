import { describe, expect, it } from 'vitest';
import { views as en } from './en';
import { views as fa } from './fa';
import { views as th } from './th';
import { views as vi } from './vi';
import { views as zhTW } from './zh-TW';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('views catalogues', () => {
  for (const [code, catalogue] of Object.entries({ th, 'zh-TW': zhTW, vi, fa })) {
    it(`translates every English key into ${code} with the same placeholders`, () => {
      const own: Readonly<Record<string, string | undefined>> = catalogue;
      for (const [key, text] of Object.entries(en)) {
        const translated = own[key];
        expect(translated, `${code} ${key}`).toBeTypeOf('string');
        expect(placeholders(translated ?? ''), `${code} ${key}`).toEqual(placeholders(text));
      }
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    });
  }
});
