import { displayWidth, graphemeWidth, splitGraphemes } from './display-width';

const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * Wraps text to lines of at most `width` columns. Breaks at word boundaries from `Intl.Segmenter`
 * (which finds Thai and Chinese word boundaries without spaces), inside a word only when the word
 * alone is too wide, and keeps the text's own line breaks. Text stays in logical order (right-to-left
 * scripts are not reversed).
 */
export function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const { segment } of words.segment(paragraph)) {
      const segmentWidth = displayWidth(segment);
      if (lineWidth + segmentWidth <= width) {
        line += segment;
        lineWidth += segmentWidth;
        continue;
      }
      if (line.trim() !== '') out.push(line.trimEnd());
      line = '';
      lineWidth = 0;
      if (segment.trim() === '') continue;
      if (segmentWidth <= width) {
        line = segment;
        lineWidth = segmentWidth;
        continue;
      }
      for (const cluster of splitGraphemes(segment)) {
        const w = graphemeWidth(cluster);
        if (lineWidth + w > width && line) {
          out.push(line);
          line = '';
          lineWidth = 0;
        }
        line += cluster;
        lineWidth += w;
      }
    }
    out.push(line.trimEnd());
  }
  return out;
}

/** Pads text with spaces to `width` display columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
