// The snippet of a hit: a window of the visible text that matched, with the matched words as offsets into it.
import { fold } from '../db/fold.js';
import { WORD } from './words.js';

export interface Snippet {
  text: string;
  highlights: Array<{ start: number; end: number }>;
}

const WINDOW = 160;
const BEFORE = 50;

const commonPrefix = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/**
 * The words of `value` to highlight for the query words the index matched in it. Stemmers only cut endings, so
 * the word the index matched is the one sharing the longest beginning with a form of the query word (at least 4
 * letters, or the whole of a shorter form), the closest in length on a tie ("traite", not "traitements").
 */
export function highlights(value: string, matched: string[][]): Array<{ start: number; end: number }> {
  const tokens = [...value.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    folded: fold(m[0]),
  }));
  const picked = new Set<string>();
  for (const forms of matched) {
    let best: { prefix: number; gap: number; folded: string } | null = null;
    for (const t of tokens) {
      for (const f of forms) {
        const prefix = commonPrefix(t.folded, f);
        if (prefix < Math.min(4, f.length)) continue;
        const gap = Math.abs(t.folded.length - f.length);
        if (!best || prefix > best.prefix || (prefix === best.prefix && gap < best.gap))
          best = { prefix, gap, folded: t.folded };
      }
    }
    if (best) picked.add(best.folded);
  }
  return tokens.filter((t) => picked.has(t.folded)).map(({ start, end }) => ({ start, end }));
}

/** At most WINDOW characters around the first highlight, cut at spaces and marked with … where cut. */
export function snippet(value: string, matched: string[][]): Snippet {
  const marks = highlights(value, matched);
  if (value.length <= WINDOW) return { text: value, highlights: marks };
  const first = marks[0]?.start ?? 0;
  let start = Math.max(0, first - BEFORE);
  const space = value.indexOf(' ', start);
  if (start > 0 && space >= 0 && space < first) start = space + 1;
  let end = Math.min(value.length, start + WINDOW);
  if (end < value.length) end = value.lastIndexOf(' ', end) > start ? value.lastIndexOf(' ', end) : end;
  const lead = start > 0 ? '…' : '';
  const text = `${lead}${value.slice(start, end)}${end < value.length ? '…' : ''}`;
  const shift = lead.length - start;
  return {
    text,
    highlights: marks
      .filter((m) => m.start >= start && m.end <= end)
      .map((m) => ({ start: m.start + shift, end: m.end + shift })),
  };
}
