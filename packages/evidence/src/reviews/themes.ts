import { sentences } from '../text/sentences';
import { STOPWORD_LANGUAGES, termCounts } from '../text/segment';
import type { Theme } from './schema';

/** What theme extraction needs of a review. */
export interface ThemeInput {
  rating: number;
  title: string;
  text: string;
}

/** Options of `findThemes`. */
export interface ThemeOptions {
  maxThemes: number;
  minThemeReviews: number;
  quotesPerTheme: number;
}

/** A class of documents for c-TF-IDF: which documents it holds. */
type ClassDocs = readonly number[];

/**
 * c-TF-IDF weights (Grootendorst, BERTopic): for term t and class c,
 * W(t, c) = tf(t, c) / |c| · log(1 + A / f(t)), where tf(t, c) counts t in the class's documents, |c| is
 * the class's total term count, A the mean term count per class and f(t) the count of t over all
 * classes. Returns, per class, the weights of the terms it holds.
 */
export function classTfIdf(
  docs: readonly Map<string, number>[],
  classes: readonly ClassDocs[],
): Map<string, number>[] {
  const perClass = classes.map((members) => {
    const tf = new Map<string, number>();
    let size = 0;
    for (const d of members)
      for (const [term, count] of docs[d]!) {
        tf.set(term, (tf.get(term) ?? 0) + count);
        size += count;
      }
    return { tf, size };
  });
  const total = new Map<string, number>();
  for (const { tf } of perClass)
    for (const [term, count] of tf) total.set(term, (total.get(term) ?? 0) + count);
  const nonEmpty = perClass.filter((c) => c.size > 0);
  const average = nonEmpty.reduce((sum, c) => sum + c.size, 0) / Math.max(1, nonEmpty.length);
  return perClass.map(({ tf, size }) => {
    const weights = new Map<string, number>();
    for (const [term, count] of tf)
      weights.set(term, (count / size) * Math.log(1 + average / total.get(term)!));
    return weights;
  });
}

const byWeight = (a: [string, number], b: [string, number]): number =>
  b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * For a language without a stop-word list: the single words in more than 40% of at least 10 reviews,
 * dropped as that corpus's own stop words.
 */
function corpusStopwords(inputs: readonly ThemeInput[], language: string): Set<string> {
  if ((STOPWORD_LANGUAGES as readonly string[]).includes(language) || inputs.length < 10) return new Set();
  const df = new Map<string, number>();
  for (const input of inputs)
    for (const term of termCounts(`${input.title}\n${input.text}`, language).keys())
      if (!term.includes(' ')) df.set(term, (df.get(term) ?? 0) + 1);
  return new Set([...df].filter(([, n]) => n > inputs.length * 0.4).map(([term]) => term));
}

/**
 * Themes in the reviews of one language, by c-TF-IDF over words and word pairs (method in README.md):
 * 1. terms of each review (title and text): words that are not stop words, and adjacent pairs;
 * 2. candidate terms are ranked by their best c-TF-IDF weight with the star ratings 1–5 as classes, so
 *    the words that set a rating apart come first;
 * 3. going down that ranking, a term founds a theme when at least `minThemeReviews` reviews not yet in
 *    a theme contain it; those reviews join it (a review belongs to one theme at most);
 * 4. each theme's terms are the top c-TF-IDF terms with the themes (and the unthemed rest) as classes;
 *    its label is the term holding the founding term that covers most of the theme's reviews (at least
 *    40%; then the higher weight, then the longer), else the founding term;
 * 5. quotes are verbatim sentences holding the label (then the founding term), from the reviews with
 *    the most theme terms, shortest first, one per review.
 * Deterministic: ties break on the term's code points, then file order.
 */
export function findThemes(inputs: readonly ThemeInput[], language: string, options: ThemeOptions): Theme[] {
  if (inputs.length === 0 || options.maxThemes === 0) return [];
  const extra = corpusStopwords(inputs, language);
  const docs = inputs.map((input) => termCounts(`${input.title}\n${input.text}`, language, extra));
  const containing = new Map<string, number[]>();
  docs.forEach((doc, d) => {
    for (const term of doc.keys()) {
      const list = containing.get(term);
      if (list) list.push(d);
      else containing.set(term, [d]);
    }
  });
  const byRating = [1, 2, 3, 4, 5].map((stars) =>
    inputs.flatMap((input, d) => (input.rating === stars ? [d] : [])),
  );
  const ratingWeights = classTfIdf(docs, byRating);
  const best = new Map<string, number>();
  for (const weights of ratingWeights)
    for (const [term, weight] of weights) if (weight > (best.get(term) ?? 0)) best.set(term, weight);
  const candidates = [...best]
    .filter(([term]) => (containing.get(term)?.length ?? 0) >= options.minThemeReviews)
    .sort(byWeight)
    .map(([term]) => term);

  const themeOf = new Int32Array(docs.length).fill(-1);
  const founders: string[] = [];
  const members: number[][] = [];
  for (const term of candidates) {
    if (founders.length >= options.maxThemes) break;
    const fresh = (containing.get(term) ?? []).filter((d) => themeOf[d] === -1);
    if (fresh.length < options.minThemeReviews) continue;
    for (const d of fresh) themeOf[d] = founders.length;
    founders.push(term);
    members.push(fresh);
  }
  if (founders.length === 0) return [];
  const rest = docs.flatMap((_, d) => (themeOf[d] === -1 ? [d] : []));
  const themeWeights = classTfIdf(docs, [...members, rest]);

  return founders
    .map((founder, t) => {
      const docsOfTheme = members[t]!;
      const ranked = [...themeWeights[t]!].sort(byWeight).map(([term]) => term);
      const weight = (term: string): number => themeWeights[t]!.get(term) ?? 0;
      const covers = (term: string): number =>
        (containing.get(term)?.filter((d) => themeOf[d] === t).length ?? 0) / docsOfTheme.length;
      const pair = ranked
        .filter((term) => term !== founder && term.includes(founder) && covers(term) >= 0.4)
        .sort((a, b) => covers(b) - covers(a) || weight(b) - weight(a) || b.length - a.length)[0];
      const label = pair ?? founder;
      const terms = [label, ...ranked.filter((term) => term !== label)].slice(0, 5);
      const meanRating = docsOfTheme.reduce((sum, d) => sum + inputs[d]!.rating, 0) / docsOfTheme.length;
      return {
        language,
        label,
        terms,
        reviews: docsOfTheme.length,
        meanRating,
        quotes: quotesFor(
          docsOfTheme,
          [label, founder],
          new Set(terms),
          docs,
          inputs,
          language,
          options.quotesPerTheme,
        ),
      };
    })
    .sort((a, b) => b.reviews - a.reviews || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/** Verbatim sentences holding one of `wanted` (label first), from the reviews richest in theme terms. */
function quotesFor(
  members: readonly number[],
  wanted: readonly string[],
  themeTerms: ReadonlySet<string>,
  docs: readonly Map<string, number>[],
  inputs: readonly ThemeInput[],
  language: string,
  limit: number,
): string[] {
  const richness = (d: number): number => [...docs[d]!.keys()].filter((term) => themeTerms.has(term)).length;
  const order = [...members].sort(
    (a, b) => richness(b) - richness(a) || inputs[a]!.text.length - inputs[b]!.text.length || a - b,
  );
  const quotes: string[] = [];
  const quoted = new Set<number>();
  // Sentences holding the label first, then the founding term.
  for (const term of new Set(wanted))
    for (const d of order) {
      if (quotes.length >= limit) return quotes;
      if (quoted.has(d)) continue;
      const input = inputs[d]!;
      const found = [input.text, input.title]
        .flatMap((part) => sentences(part, language))
        .find((sentence) => termCounts(sentence.text, language).has(term));
      if (found && !quotes.includes(found.text)) {
        quotes.push(found.text);
        quoted.add(d);
      }
    }
  return quotes;
}
