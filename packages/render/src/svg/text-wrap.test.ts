import { describe, expect, it } from 'vitest';
import { measureText } from './text-measure';
import { wrapText } from './text-wrap';

const thaiWords = (text: string): string[] =>
  [...new Intl.Segmenter('th', { granularity: 'word' }).segment(text)].map((s) => s.segment);

describe('measureText', () => {
  it('gives CJK full-width, Thai marks zero width and bold wider than regular', () => {
    expect(measureText('線上商店', 10)).toBeCloseTo(40, 5);
    expect(measureText('ร้', 10)).toBeCloseTo(measureText('ร', 10), 5);
    expect(measureText('ệ', 10)).toBeCloseTo(measureText('e', 10), 5);
    expect(measureText('Waymark', 12, true)).toBeGreaterThan(measureText('Waymark', 12));
    expect(measureText('iiii', 10)).toBeLessThan(measureText('MMMM', 10));
  });
});

describe('wrapText', () => {
  it('breaks Latin at spaces and keeps lines within the width', () => {
    const text = 'Shipping costs appear only at the last step of checkout';
    const lines = wrapText(text, 120, { fontSize: 12 });
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(measureText(line, 12)).toBeLessThanOrEqual(120);
  });

  it('breaks Thai only at word boundaries', () => {
    const text = 'ค่าจัดส่งแสดงเฉพาะขั้นตอนสุดท้ายของการสั่งซื้อ';
    const lines = wrapText(text, 90, { fontSize: 12, locale: 'th' });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(text);
    const boundaries = new Set<number>();
    let at = 0;
    for (const word of thaiWords(text)) boundaries.add((at += word.length));
    let offset = 0;
    for (const line of lines.slice(0, -1)) {
      offset += line.length;
      expect(boundaries.has(offset), `break after "${line}"`).toBe(true);
    }
    for (const line of lines) expect(measureText(line, 12)).toBeLessThanOrEqual(90);
  });

  it('breaks Chinese between words and never starts a line with closing punctuation', () => {
    const text = '運費直到最後一步才顯示，讓人覺得被欺騙。';
    const lines = wrapText(text, 100, { fontSize: 12, locale: 'zh-TW' });
    expect(lines.join('')).toBe(text);
    for (const line of lines) {
      expect(line).not.toMatch(/^[，。]/);
      expect(measureText(line, 12)).toBeLessThanOrEqual(100 + 12);
    }
  });

  it('hard-breaks a word longer than the line and keeps newlines', () => {
    const lines = wrapText('Supercalifragilisticexpialidocious\nnext', 60, { fontSize: 12 });
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.at(-1)).toBe('next');
    expect(lines.slice(0, -1).join('')).toBe('Supercalifragilisticexpialidocious');
  });

  it('ellipsises past maxLines and is deterministic', () => {
    const text = 'one two three four five six seven eight nine ten';
    const lines = wrapText(text, 50, { fontSize: 12, maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    expect(wrapText(text, 50, { fontSize: 12, maxLines: 2 })).toEqual(lines);
    expect(wrapText('', 50, { fontSize: 12 })).toEqual([]);
  });
});
