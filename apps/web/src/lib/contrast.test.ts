import { describe, expect, it } from 'vitest';
import { contrastRatio, readableOnWhiteText } from './contrast';

describe('contrast', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#646d7d', '#ffffff')).toBeGreaterThan(4.5);
  });

  it('darkens a bright persona colour until white text on it reaches 4.5 : 1', () => {
    const shade = readableOnWhiteText('#d9480f');
    expect(shade).not.toBe('#d9480f');
    expect(contrastRatio(shade, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(readableOnWhiteText('#1c2230')).toBe('#1c2230');
    expect(readableOnWhiteText('#ffeb3b')).toMatch(/^#[0-9a-f]{6}$/);
    expect(contrastRatio(readableOnWhiteText('#ffeb3b'), '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(readableOnWhiteText('tomato')).toBe('tomato');
  });
});
