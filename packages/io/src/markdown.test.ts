import { describe, expect, it } from 'vitest';
import { createFromTemplate, type JourneyDocument } from '@waymark/domain';
import { journeyToMarkdown } from './markdown';
import { SCRIPTS, makeDocument } from './test-documents';

describe('journeyToMarkdown', () => {
  const markdown = journeyToMarkdown(makeDocument());
  const lines = markdown.split('\n');

  it('starts with the title and lists personas, in the map language (Thai)', () => {
    expect(lines[0]).toBe(`# ${SCRIPTS.thai}`);
    expect(markdown).toContain('- ประเภทแผนที่: พิมพ์เขียวการบริการ');
    expect(markdown).toContain('- ภาษา: th (ซ้ายไปขวา)');
    expect(markdown).toContain('### สมชาย (ลูกค้าประจำ)');
    expect(markdown).toContain('- **เป้าหมาย:** ซื้อเร็ว; Giá tốt');
    expect(markdown).toContain('- **ข้อมูลประชากร:** Age: 34; City: กรุงเทพฯ');
  });

  it('draws a stages x lanes table with escaped pipes and <br> for line breaks', () => {
    expect(markdown).toContain('| แถว | ค้นหา | 結帳 \\| pay | پشتیبانی |');
    expect(markdown).toContain('| --- | --- | --- | --- |');
    // The lane is named by its kind's Thai name: no "การกระทำ (Actions)" repeat.
    const actions = lines.find((l) => l.startsWith('| การกระทำ'));
    expect(actions).toBe(
      `| การกระทำ | ${SCRIPTS.thai}<br>  two<br>lines ${SCRIPTS.persian}  <br>third |  |  |`,
    );
    // Severity and impact are named in Thai too.
    expect(markdown).toContain('(ความรุนแรง 4/5, ความถี่ 2/5)');
    expect(markdown).toContain('Chat bot (ผลกระทบ 2/5, ความเป็นไปได้ 5/5)');
    const table = lines.filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
    for (const row of table.slice(0, 7)) {
      expect(row.split(/(?<!\\)\|/).length).toBe(6);
    }
  });

  it('lists opportunities by priority, highest first, with statuses by name', () => {
    const start = lines.indexOf('## โอกาสตามลำดับความสำคัญ');
    expect(lines.slice(start + 2, start + 6)).toEqual([
      '| ลำดับความสำคัญ | โอกาส | ขั้นตอน | ผลกระทบ | ความเป็นไปได้ | สถานะ | ผู้รับผิดชอบ | วันครบกำหนด |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      '| 15 | One-page checkout \\| 一頁結帳 | 結帳 \\| pay | 5 | 3 | วางแผนแล้ว | Nok | 2026-06-30 |',
      '| 10 | Chat bot | پشتیبانی | 2 | 5 | แนวคิด |  |  |',
    ]);
  });

  it('prints no enum value raw and repeats no lane kind, in an English map', () => {
    const base = makeDocument();
    const doc: JourneyDocument = {
      ...base,
      journey: {
        ...base.journey,
        locale: 'en',
        lanes: base.journey.lanes.map((lane) =>
          lane.kind === 'actions'
            ? { ...lane, name: 'Actions' }
            : lane.kind === 'emotions'
              ? { ...lane, name: 'Feelings' }
              : lane,
        ),
      },
    };
    const english = journeyToMarkdown(doc);
    expect(english).toContain('- Map type: Service blueprint');
    expect(english).toContain('- Journey kind: Purchase');
    expect(english).toContain('- Language: en (left to right)');
    expect(english).toMatch(/^\| Actions \| /m);
    expect(english).toMatch(/^\| Opportunities \| /m);
    expect(english).toMatch(/^\| Backstage \| /m);
    // A lane named by its kind's name in another language is not repeated either.
    expect(english).toMatch(/^\| 接觸點 \| /m);
    // A lane whose name is not its kind's keeps the kind, by name.
    expect(english).toMatch(/^\| Feelings \(Emotions\) \| /m);
    expect(english).toContain('| 10 | Chat bot | پشتیبانی | 2 | 5 | Idea |  |  |');
    expect(english).toContain('| Planned | Nok |');
    expect(english).not.toContain('Actions (Actions)');
    for (const raw of [
      'idea',
      'planned',
      'service_blueprint',
      'purchase |',
      '(ltr)',
      'pain_points',
      'backstage',
    ]) {
      expect(english, raw).not.toContain(` ${raw}`);
    }
  });

  it('names a template map in each of its languages without repeats', () => {
    for (const locale of ['en', 'th', 'zh-TW', 'vi', 'fa'] as const) {
      const journey = createFromTemplate('purchase', { title: 'T', locale });
      const text = journeyToMarkdown({ format: 'waymark.journey/v1', journey, personas: [] });
      const headings = text
        .split('\n')
        .filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))
        .slice(1)
        .map((line) => line.split(' | ')[0]?.slice(2) ?? '');
      expect(headings.length, locale).toBe(journey.lanes.length);
      for (const heading of headings) expect(heading, locale).not.toMatch(/\(.*\)/);
    }
  });

  it('escapes HTML and Markdown in user text', () => {
    const doc = makeDocument({ title: '<script>alert(1)</script> *bold*' });
    expect(journeyToMarkdown(doc).split('\n')[0]).toBe('# \\<script\\>alert(1)\\</script\\> \\*bold\\*');
  });
});
