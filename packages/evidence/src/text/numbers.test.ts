import { describe, expect, it } from 'vitest';
import { answerNumber } from './numbers';

describe('answerNumber', () => {
  it('reads plain, signed, decimal, Thai, Persian and labelled numbers', () => {
    expect(answerNumber('7')).toBe(7);
    expect(answerNumber(' 8.5 ')).toBe(8.5);
    expect(answerNumber('-2')).toBe(-2);
    expect(answerNumber('๙')).toBe(9);
    expect(answerNumber('۱۰')).toBe(10);
    expect(answerNumber('٣٫٥')).toBe(3.5);
    expect(answerNumber('１０')).toBe(10);
    expect(answerNumber('10 - Extremely likely')).toBe(10);
    expect(answerNumber('5 = Very satisfied')).toBe(5);
    expect(answerNumber('1: Not at all')).toBe(1);
  });

  it('leaves text as text', () => {
    for (const text of ['', 'N/A', '1 - 2 times', '3 stars', 'ten', '5,5', '1e3', '.'])
      expect(answerNumber(text)).toBeNull();
  });
});
