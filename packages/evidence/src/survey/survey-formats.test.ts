import { describe, expect, it } from 'vitest';
import { fixture } from '../test-inputs';
import type { SurveyReport } from './schema';
import { surveyReport } from './schema';
import { analyzeSurvey } from './summarize';

/**
 * Every survey layout on a fixture built from its published export layout (see fixtures/NOTICE.md),
 * against figures computed by hand in the comments.
 */

const report = async (name: string, options = {}): Promise<SurveyReport> =>
  surveyReport(await analyzeSurvey(fixture(name), options));
const byId = (r: SurveyReport, id: string) => r.questions.find((q) => q.id === id);

describe('survey layouts', () => {
  it('Qualtrics CSV: field ids, metadata and NPS group skipped, NPS/CSAT/CES by hand', async () => {
    const r = await report('qualtrics.csv');
    expect(r.format).toBe('qualtrics');
    expect(r.responses).toBe(12);
    expect(r.questions.map((q) => q.id)).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6_1', 'Q6_2']);
    // NPS: 10 9 9 10 8 7 6 3 10 9 0 8 → 6 promoters, 3 detractors of 12 → 25; mean 89 / 12.
    expect(byId(r, 'Q1')).toEqual({
      id: 'Q1',
      text: 'How likely are you to recommend Waymark Shop to a friend or colleague?',
      n: 12,
      mean: 89 / 12,
      metric: 'nps',
      value: 25,
    });
    // CSAT: 5 4 4 3 5 2 1 4 5 4 3 and one blank → 7 of 11 on 4-5.
    expect(byId(r, 'Q2')).toMatchObject({ n: 11, mean: 40 / 11, metric: 'csat', value: 700 / 11 });
    // CES: 7 6 5 7 4 3 2 6 7 5 6 and "N/A" → mean 58 / 11.
    expect(byId(r, 'Q3')).toMatchObject({ n: 11, metric: 'ces', value: 58 / 11 });
    // "On a scale of 1 to 10, how easy...": a 1-10 scale, so a mean, not CES: 84 / 12 = 7.
    expect(byId(r, 'Q4')).toMatchObject({ n: 12, metric: 'mean', value: 7 });
    expect(byId(r, 'Q5')).toMatchObject({ n: 0, mean: null, metric: null, value: null });
    expect(byId(r, 'Q6_1')).toMatchObject({
      text: 'Please rate each part of your order - Price',
      n: 12,
      value: 40 / 12,
    });
  });

  it('Qualtrics TSV in UTF-16LE reads the same as the CSV', async () => {
    expect(await report('qualtrics.tsv')).toEqual(await report('qualtrics.csv'));
  });

  it('keeps free-text answers verbatim as quotes, with their rows', async () => {
    const summary = await analyzeSurvey(fixture('qualtrics.csv'));
    const q5 = summary.questions.find((q) => q.id === 'Q5')!;
    expect(q5.kind).toBe('text');
    expect(q5.answered).toBe(9);
    expect(q5.quotes.slice(0, 5)).toEqual([
      { row: 4, text: 'Faster delivery, please.' },
      { row: 6, text: 'The "track order" page\nnever loads on my phone' },
      { row: 7, text: 'ส่งของให้เร็วกว่านี้' },
      { row: 8, text: '結帳流程太長了' },
      { row: 9, text: 'Giao hàng nhanh hơn' },
    ]);
    expect(q5.quotes[5]).toEqual({ row: 10, text: 'پشتیبانی تلفنی بهتر' });
    const q1 = summary.questions.find((q) => q.id === 'Q1')!;
    expect(q1).toMatchObject({
      scale: { min: 0, max: 10 },
      scaleSource: 'nps-group',
      emotion: -5 + (10 * 89) / 120,
    });
  });

  it('SurveyMonkey: two header rows, continuation columns filled forward, options qualify ids', async () => {
    const r = await report('surveymonkey.csv');
    expect(r.format).toBe('surveymonkey');
    expect(r.responses).toBe(10);
    expect(r.questions.map((q) => q.id)).toEqual([
      'How likely is it that you would recommend Waymark Shop to a friend or colleague?',
      'How satisfied were you with checkout?',
      'Which channels did you use before buying? - Website',
      'Which channels did you use before buying? - Mobile app',
      'Which channels did you use before buying? - Other (please specify)',
      'Please rate our service - Speed',
      'Please rate our service - Friendliness',
      'What could we do better?',
    ]);
    // NPS: 9 10 7 5 0 8 10 6 9 10 → 5 promoters, 3 detractors of 10 → 20.
    expect(r.questions[0]).toMatchObject({ n: 10, mean: 7.4, metric: 'nps', value: 20 });
    // CSAT: 5 4 2 4 1 3 5 4 4 5 → 7 of 10 on 4-5 → 70.
    expect(r.questions[1]).toMatchObject({ n: 10, metric: 'csat', value: 70 });
    expect(r.questions[2]).toMatchObject({ n: 0, metric: null });
    expect(r.questions[5]).toMatchObject({ n: 10, metric: 'mean', value: 3.6 });
  });

  it('Google Forms: Timestamp and email are metadata; the scale in the question text counts', async () => {
    const r = await report('google-forms.csv');
    expect(r.format).toBe('google-forms');
    expect(r.questions.map((q) => q.id)).toEqual([
      'How likely are you to recommend us to a friend? (0-10)',
      'How easy was it to complete your purchase?',
      'Anything else you want to tell us?',
    ]);
    // NPS: 10 9 8 6 10 3 9 → 4 promoters, 2 detractors of 7 → 200 / 7.
    expect(r.questions[0]).toMatchObject({ n: 7, metric: 'nps', value: 200 / 7 });
    // CES: 7 6 6 5 7 2 4 → 37 / 7.
    expect(r.questions[1]).toMatchObject({ n: 7, metric: 'ces', value: 37 / 7 });
  });

  it('Typeform: the # token and its date columns are metadata, hidden fields are columns', async () => {
    const r = await report('typeform.csv');
    expect(r.format).toBe('typeform');
    expect(r.questions.map((q) => q.id)).toEqual([
      'How likely are you to recommend Waymark to a friend?',
      'How satisfied are you with the app?',
      'Tell us more',
      'utm_source',
    ]);
    // NPS: 10 10 9 7 4 8 → 3 promoters, 1 detractor of 6 → 100 / 3. CSAT: 5 4 4 3 2 5 → 4 of 6.
    expect(r.questions[0]).toMatchObject({ n: 6, metric: 'nps', value: 100 / 3 });
    expect(r.questions[1]).toMatchObject({ n: 6, metric: 'csat', value: 200 / 3 });
  });

  it('Microsoft Forms workbook: ID, times, email and name are metadata', async () => {
    const r = await report('microsoft-forms.xlsx');
    expect(r.format).toBe('microsoft-forms');
    expect(r.responses).toBe(8);
    // CES: 7 5 6 3 7 4 6 2 → 40 / 8 = 5. CSAT: 5 4 3 4 5 2 4 5 → 6 of 8 → 75.
    expect(r.questions).toEqual([
      {
        id: 'How easy was it to get help today?',
        text: 'How easy was it to get help today?',
        n: 8,
        mean: 5,
        metric: 'ces',
        value: 5,
      },
      {
        id: 'How satisfied are you with the support you received?',
        text: 'How satisfied are you with the support you received?',
        n: 8,
        mean: 4,
        metric: 'csat',
        value: 75,
      },
      { id: 'What went well?', text: 'What went well?', n: 0, mean: null, metric: null, value: null },
    ]);
  });

  it('plain CSV: every column is a question', async () => {
    const r = await report('plain-survey.csv');
    expect(r.format).toBe('csv');
    // CSAT 5 3 4 1 4 → 3 of 5 → 60; NPS 9 6 10 2 8 → 2 − 2 → 0.
    expect(r.questions.map((q) => [q.id, q.metric, q.value])).toEqual([
      ['Satisfaction (1-5)', 'csat', 60],
      ['How likely would you recommend us (0-10)?', 'nps', 0],
      ['Comment', null, null],
    ]);
  });

  it('takes --format over detection, and a declared metric over wording', async () => {
    const r = await report('google-forms.csv', {
      format: 'csv',
      metrics: { 'How easy was it to complete your purchase?': 'mean' },
    });
    expect(r.format).toBe('csv');
    expect(r.questions[0]!.id).toBe('Timestamp');
    expect(r.questions.find((q) => q.id.startsWith('How easy'))).toMatchObject({
      metric: 'mean',
      value: 37 / 7,
    });
  });
});
