import { describe, expect, it } from 'vitest';
import { sentences } from './sentences';
import { termCounts, wordRuns } from './segment';

describe('word segmentation', () => {
  it('merges Vietnamese syllables into words', () => {
    expect(wordRuns('Giao hàng chậm quá, ứng dụng hay bị lỗi', 'vi')).toEqual([
      ['giao hàng', 'chậm', 'quá'],
      ['ứng dụng', 'hay', 'bị', 'lỗi'],
    ]);
  });

  it('keeps the Persian zero-width non-joiner inside words and folds Arabic letters', () => {
    const runs = wordRuns('پشتیبانی پاسخ نمی‌دهد. كتاب‌ها', 'fa');
    expect(runs).toEqual([['پشتیبانی', 'پاسخ', 'نمی\u200cدهد'], ['کتاب\u200cها']]);
  });

  it('splits Thai and Chinese into words and Thai phrases at spaces', () => {
    expect(wordRuns('แอปช้ามาก ส่งของช้า', 'th')).toEqual([
      ['แอป', 'ช้า', 'มาก'],
      ['ส่ง', 'ของ', 'ช้า'],
    ]);
    expect(wordRuns('送貨很慢，態度很差', 'zh')[0]).toContain('送貨');
  });

  it('counts words and word pairs, skipping stop words but keeping negations in pairs', () => {
    const terms = termCounts("The app doesn't open. The app's checkout is not working", 'en');
    expect([...terms]).toEqual([
      ['app', 2],
      ["doesn't open", 1],
      ['open', 1],
      ['app checkout', 1],
      ['checkout', 1],
      ['not working', 1],
      ['working', 1],
    ]);
    expect(termCounts('ส่งของช้า', 'th').has('ช้า')).toBe(true);
    expect(termCounts('客服很慢', 'zh').has('客服')).toBe(true);
  });

  it('splits sentences with offsets into the source text', () => {
    const text = 'Fast delivery. Bad app!\nWould not buy again';
    const found = sentences(text, 'en');
    expect(found.map((s) => s.text)).toEqual(['Fast delivery.', 'Bad app!', 'Would not buy again']);
    for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences('ส่งของช้ามาก รอสามวัน', 'th').map((s) => s.text)).toEqual(['ส่งของช้ามาก', 'รอสามวัน']);
    expect(sentences('送貨太慢了。客服很好。', 'zh').map((s) => s.text)).toEqual([
      '送貨太慢了。',
      '客服很好。',
    ]);
  });
});
