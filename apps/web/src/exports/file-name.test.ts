import { describe, expect, it } from 'vitest';
import { exportFileName } from './file-name';

describe('exportFileName', () => {
  it('keeps Thai, Chinese and Persian titles readable', () => {
    expect(exportFileName('เส้นทางลูกค้า ซื้อออนไลน์', 'pdf')).toBe('เส้นทางลูกค้า-ซื้อออนไลน์.pdf');
    expect(exportFileName('線上購物旅程', 'png')).toBe('線上購物旅程.png');
    expect(exportFileName('سفر مشتری', 'svg')).toBe('سفر-مشتری.svg');
    expect(exportFileName('کانال\u200cها', 'pdf')).toBe('کانال\u200cها.pdf');
  });

  it('drops path separators, reserved characters, controls and bidi overrides', () => {
    expect(exportFileName('../a/b\\c: <d>|"e"?*', 'json')).toBe('a-b-c-d-e.json');
    expect(exportFileName('evil\u202Egnp.exe', 'md')).toBe('evil-gnp.exe.md');
    expect(exportFileName('tab\there\nnew', 'xlsx')).toBe('tab-here-new.xlsx');
  });

  it('falls back to the id and cuts long titles by code point', () => {
    expect(exportFileName(' ... ', 'pdf', 'jrn_1')).toBe('jrn_1.pdf');
    const long = exportFileName('ก'.repeat(200), 'pdf');
    expect(Array.from(long)).toHaveLength(84);
  });
});
