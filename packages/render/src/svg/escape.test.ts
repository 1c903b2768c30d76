import { describe, expect, it } from 'vitest';
import { escapeXml, safeColor, safeImageHref, stripInvalidXmlChars } from './escape';

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('strips characters XML 1.0 forbids but keeps tabs, newlines and astral characters', () => {
    expect(stripInvalidXmlChars('a\u0000b\u0007c\u001Fd\uFFFEe\uFFFF')).toBe('abcde');
    expect(stripInvalidXmlChars('lone \uD800 high, lone \uDC00 low')).toBe('lone  high, lone  low');
    expect(stripInvalidXmlChars('tab\tline\nret\r😀')).toBe('tab\tline\nret\r😀');
  });
});

describe('safeColor and safeImageHref', () => {
  it('passes only #rgb and #rrggbb', () => {
    expect(safeColor('#1f6feb')).toBe('#1f6feb');
    expect(safeColor('#abc')).toBe('#abc');
    expect(safeColor('red')).toBeUndefined();
    expect(safeColor('#123456" onload="x')).toBeUndefined();
    expect(safeColor(undefined)).toBeUndefined();
  });

  it('passes only base64 data: URLs of raster images', () => {
    expect(safeImageHref('data:image/png;base64,iVBORw0KGgo=')).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(safeImageHref('data:image/jpeg;base64,/9j/\n4AAQ')).toBe('data:image/jpeg;base64,/9j/4AAQ');
    expect(safeImageHref('https://example.com/a.png')).toBeUndefined();
    expect(safeImageHref('javascript:alert(1)')).toBeUndefined();
    expect(safeImageHref('data:image/svg+xml;base64,PHN2Zz4=')).toBeUndefined();
    expect(safeImageHref('data:text/html;base64,PGI+')).toBeUndefined();
    expect(safeImageHref('data:image/png;base64,abc"onload="x')).toBeUndefined();
  });
});
