import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '@waymark/domain';
import { EvidenceOptionError } from '../errors';
import { csvFile, fixture } from '../test-inputs';
import { readZipDirectory } from '../text/zip-directory';
import type { SurveyOptionsInput } from './schema';
import { analyzeSurvey } from './summarize';

/** One question's summary from a one-column plain CSV of `answers`. */
async function oneQuestion(question: string, answers: (string | number)[], options: SurveyOptionsInput = {}) {
  const summary = await analyzeSurvey(csvFile([[question], ...answers.map((a) => [a])]), options);
  return summary.questions[0]!;
}

describe('scales and metrics', () => {
  it('reads an NPS-worded question as 0-10 even when nobody answered 0', async () => {
    const q = await oneQuestion('How likely are you to recommend us?', [1, 10, 9, 8]);
    expect(q).toMatchObject({
      scale: { min: 0, max: 10 },
      scaleSource: 'nps-wording',
      metric: 'nps',
      value: 25,
    });
  });

  it('does not take a 1-5 "recommend" question for NPS', async () => {
    const q = await oneQuestion('How likely are you to recommend us?', [1, 5, 4, 4]);
    expect(q).toMatchObject({
      scale: { min: 1, max: 5 },
      scaleSource: 'observed-standard',
      metric: 'mean',
      value: 3.5,
    });
  });

  it('rounds observed answers up to a standard scale, else keeps the observed range', async () => {
    expect(await oneQuestion('Rate the price', [2, 3, 4])).toMatchObject({
      scale: { min: 1, max: 5 },
      metric: 'mean',
    });
    expect(await oneQuestion('Rate the price', [2, 6])).toMatchObject({ scale: { min: 1, max: 7 } });
    expect(await oneQuestion('Rate the price', [0, 6])).toMatchObject({ scale: { min: 0, max: 10 } });
    expect(await oneQuestion('Age', [18, 80, 41])).toMatchObject({
      scale: { min: 0, max: 100 },
      scaleSource: 'observed-standard',
    });
    expect(await oneQuestion('Minutes waited', [-20, 300])).toMatchObject({
      scale: { min: -20, max: 300 },
      scaleSource: 'observed',
      value: 140,
    });
  });

  it('counts only answers on a declared scale and names the others off-scale', async () => {
    const q = await oneQuestion('Q', [0, 1, 5, 6, 3, 'N/A', ''], { scales: { Q: { min: 1, max: 5 } } });
    expect(q).toMatchObject({
      n: 3,
      mean: 3,
      offScale: 2,
      textAnswers: 1,
      answered: 6,
      scaleSource: 'declared',
    });
    expect(q.distribution).toEqual([
      { value: 1, count: 1 },
      { value: 3, count: 1 },
      { value: 5, count: 1 },
    ]);
  });

  it("takes a declared metric's own scale and never computes it on another", async () => {
    const q = await oneQuestion('Anything', [0, 10, 10, 11], { metrics: { Anything: 'nps' } });
    expect(q).toMatchObject({
      scale: { min: 0, max: 10 },
      scaleSource: 'metric',
      n: 3,
      offScale: 1,
      value: 100 / 3,
    });
    await expect(
      oneQuestion('Q', [1, 2], { metrics: { Q: 'csat' }, scales: { Q: { min: 1, max: 10 } } }),
    ).rejects.toThrow(
      new EvidenceOptionError(
        '--metric "Q"=csat: CSAT is defined on a 1-5 scale, but the question is declared 1-10',
      ),
    );
  });

  it('reads labelled and non-ASCII numbers', async () => {
    const q = await oneQuestion('How satisfied are you?', ['5 = Very satisfied', '๔', '۲', '1: Not at all']);
    expect(q).toMatchObject({ n: 4, metric: 'csat', value: 50, mean: 3 });
  });

  it('treats a mostly-text column as text and a mostly-number column as numbers', async () => {
    expect(await oneQuestion('Comments', ['5', 'great', 'too slow', 'ok'])).toMatchObject({
      kind: 'text',
      n: 0,
      metric: null,
    });
    expect(await oneQuestion('Score', ['5', '4', 'N/A'])).toMatchObject({
      kind: 'numeric',
      n: 2,
      textAnswers: 1,
    });
    expect(await oneQuestion('Nothing', ['', ' '])).toMatchObject({ kind: 'text', answered: 0, mean: null });
  });

  it('refuses a declared scale or metric for a question the file does not have', async () => {
    await expect(
      analyzeSurvey(fixture('qualtrics.csv'), { scales: { Q9: { min: 1, max: 5 } } }),
    ).rejects.toThrow(
      '--scale "Q9": qualtrics.csv has no question with that id (its ids: "Q1", "Q2", "Q3", "Q4", "Q5", ...)',
    );
  });

  it('summarizes many responses exactly, one row at a time', async () => {
    const rows: number[][] = [];
    for (let i = 0; i < 20_000; i++) rows.push([i % 11, (i % 5) + 1]);
    const summary = await analyzeSurvey(
      csvFile([['How likely are you to recommend us?', 'How satisfied are you?'], ...rows]),
    );
    expect(summary.responses).toBe(20_000);
    // 0..10 cycle: 2 of 11 promoters, 7 of 11 detractors (20,000 = 1,818 × 11 + 2: answers 0 and 1 once more).
    const promoters = 1818 * 2;
    const detractors = 1818 * 7 + 2;
    expect(summary.questions[0]!.value).toBeCloseTo((100 * (promoters - detractors)) / 20_000, 10);
    expect(summary.questions[1]!.value).toBe(40);
  });
});

describe('bad survey files', () => {
  const fails = (promise: Promise<unknown>) => expect(promise).rejects.toBeInstanceOf(ImportError);

  it('names the row and column of a short or long row', async () => {
    await expect(
      analyzeSurvey(
        csvFile([
          ['a', 'b', 'c'],
          [1, 2, 3],
          [1, 2],
        ]),
      ),
    ).rejects.toThrow('test.csv: row 3, column 3 ("c"): the row has 2 columns, but the header has 3');
    await expect(
      analyzeSurvey(
        csvFile([
          ['a', 'b'],
          [1, 2, 3],
        ]),
      ),
    ).rejects.toThrow(
      'test.csv: row 2, column 3: a value ("3") past the last header column (the header has 2 columns)',
    );
    // Empty cells past the header are what spreadsheets leave behind: tolerated.
    expect(
      (
        await analyzeSurvey(
          csvFile([
            ['a', 'b'],
            [1, 2, ''],
          ]),
        )
      ).responses,
    ).toBe(1);
  });

  it('refuses a forced layout the header does not fit, and an empty file', async () => {
    await expect(analyzeSurvey(fixture('google-forms.csv'), { format: 'qualtrics' })).rejects.toThrow(
      /^google-forms\.csv: row 3, column 1 \("Timestamp"\): expected a Qualtrics ImportId like \{"ImportId":"QID1"\} \(got "2026\/03\/04/,
    );
    await expect(analyzeSurvey(csvFile([['only header']]), { format: 'surveymonkey' })).rejects.toThrow(
      'test.csv: has 1 non-blank row; a surveymonkey export starts with 2 header rows',
    );
    await fails(analyzeSurvey({ bytes: new Uint8Array(0), name: 'empty.csv' }));
    await expect(analyzeSurvey({ bytes: new Uint8Array(0), name: 'empty.csv' })).rejects.toThrow(
      'empty.csv: is empty: expected a header row and responses',
    );
  });

  it('refuses a workbook whose parts claim to inflate past the limit, before reading it', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRow(['ID', 'Start time', 'Completion time', 'Q']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    // Patch the first central-directory entry's uncompressed size to 4,000,000,000 bytes.
    expect(
      (await readZipDirectory(async (at, n) => bytes.subarray(at, at + n), bytes.length))?.length,
    ).toBeGreaterThan(0);
    bytes.writeUInt32LE(4_000_000_000, bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 24);
    await expect(analyzeSurvey({ bytes, name: 'bomb.xlsx' })).rejects.toThrow(
      /^bomb\.xlsx: inflates to \d+ MiB; the limit is 2048 MiB \(export it as CSV instead\)$/,
    );
    await expect(analyzeSurvey({ bytes: bytes.subarray(0, 200), name: 'cut.xlsx' })).rejects.toThrow(
      'cut.xlsx: is not a readable .xlsx workbook (no ZIP directory)',
    );
  });
});
