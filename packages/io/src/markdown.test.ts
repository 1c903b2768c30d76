import { describe, expect, it } from 'vitest';
import { journeyToMarkdown } from './markdown';
import { SCRIPTS, makeDocument } from './test-documents';

describe('journeyToMarkdown', () => {
  const markdown = journeyToMarkdown(makeDocument());
  const lines = markdown.split('\n');

  it('starts with the title and lists personas', () => {
    expect(lines[0]).toBe(`# ${SCRIPTS.thai}`);
    expect(markdown).toContain('### สมชาย (ลูกค้าประจำ)');
    expect(markdown).toContain('- **Goals:** ซื้อเร็ว; Giá tốt');
    expect(markdown).toContain('- **Demographics:** Age: 34; City: กรุงเทพฯ');
  });

  it('draws a stages x lanes table with escaped pipes and <br> for line breaks', () => {
    expect(markdown).toContain('| Lane | ค้นหา | 結帳 \\| pay | پشتیبانی |');
    expect(markdown).toContain('| --- | --- | --- | --- |');
    const actions = lines.find((l) => l.startsWith('| การกระทำ'));
    expect(actions).toBe(
      `| การกระทำ (Actions) | ${SCRIPTS.thai}<br>  two<br>lines ${SCRIPTS.persian}  <br>third |  |  |`,
    );
    const table = lines.filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
    for (const row of table.slice(0, 7)) {
      expect(row.split(/(?<!\\)\|/).length).toBe(6);
    }
  });

  it('lists opportunities by priority, highest first', () => {
    const start = lines.indexOf('## Opportunities by priority');
    expect(lines.slice(start + 2, start + 6)).toEqual([
      '| Priority | Opportunity | Stage | Impact | Feasibility | Status | Owner | Due date |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      '| 15 | One-page checkout \\| 一頁結帳 | 結帳 \\| pay | 5 | 3 | planned | Nok | 2026-06-30 |',
      '| 10 | Chat bot | پشتیبانی | 2 | 5 | idea |  |  |',
    ]);
  });

  it('escapes HTML and Markdown in user text', () => {
    const doc = makeDocument({ title: '<script>alert(1)</script> *bold*' });
    expect(journeyToMarkdown(doc).split('\n')[0]).toBe('# \\<script\\>alert(1)\\</script\\> \\*bold\\*');
  });
});
