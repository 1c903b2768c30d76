import { describe, expect, it } from 'vitest';
import { displayWidth } from './display-width';
import { renderTable } from './table';
import { wrapText } from './wrap';

describe('displayWidth', () => {
  it.each([
    ['abc', 3],
    ['ที่', 1],
    ['กี่ครั้ง', 4],
    ['น้ำ', 2],
    ['結帳', 4],
    ['ｱｲ', 2],
    ['ＡＢ', 4],
    ['Việt', 4],
    ['e\u0301', 1],
    ['سلام', 4],
    ['می‌خواهم', 7],
    ['👍🏽', 2],
    ['👨‍👩‍👧', 2],
  ])('%s is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('wrapText', () => {
  it('breaks Thai and Chinese at word boundaries within the width', () => {
    const thai = wrapText('ร้านค้าออนไลน์ผู้ใช้กดสั่งซื้อแล้วรอนาน', 10);
    expect(thai.join('')).toBe('ร้านค้าออนไลน์ผู้ใช้กดสั่งซื้อแล้วรอนาน');
    for (const line of thai) expect(displayWidth(line)).toBeLessThanOrEqual(10);
    const chinese = wrapText('線上購物結帳流程太長客服回覆慢', 9);
    for (const line of chinese) expect(displayWidth(line)).toBeLessThanOrEqual(9);
    expect(chinese.join('')).toBe('線上購物結帳流程太長客服回覆慢');
  });

  it('keeps Persian in logical order and its own line breaks', () => {
    expect(wrapText('پرداخت طولانی است\nپشتیبانی کند', 40)).toEqual(['پرداخت طولانی است', 'پشتیبانی کند']);
  });

  it('splits a word wider than the line by grapheme', () => {
    expect(wrapText('abcdefgh', 3)).toEqual(['abc', 'def', 'gh']);
  });
});

describe('renderTable', () => {
  it('lines up every row by display width', () => {
    const table = renderTable(
      ['', 'การรับรู้', '認知', 'آگاهی'],
      [
        ['การกระทำ', 'ค้นหาสินค้าในร้านค้าออนไลน์ที่ใช้บ่อย', '搜尋商品並比較價格與評價', 'مقایسه قیمت‌ها'],
        ['Việt', 'Cửa hàng trực tuyến', '', '👍🏽 ok'],
      ],
      { maxWidth: 60 },
    );
    const widths = table.split('\n').map(displayWidth);
    expect(new Set(widths)).toEqual(new Set([widths[0]]));
    expect(widths[0]).toBeLessThanOrEqual(60);
  });
});
