// The seeds against the workshop record itself (no database): every text they store as the record's own words
// occurs in the record, and every link they say the record states joins nodes that name a section of it.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refKey } from '../../src/graph-data/document.js';
import { readSeedDir, textKey } from '../../src/graph-data/seed-files.js';
import { SEEDS_DIR } from '../../src/graph-data/seed.js';

const read = readSeedDir(SEEDS_DIR);
if (!read.doc) throw new Error(read.errors.join('\n'));
const { doc, editorialTexts } = read;
const ref = doc.nodes.find((n) => n.label === 'Source')!.props.ref as string;
// The record is not in the repository (it names people); it sits beside it, as README.md says.
const RECORD = process.env.SEED_RECORD ?? resolve(SEEDS_DIR, '../../shared/source', `${ref}.txt`);

/** The seeds' documented spelling fixes (seeds/README.md, "Wording"), applied to the record before comparing. */
const SPELLING = [
  [/\blutttes\b/g, 'luttes'],
  [
    /pour des developper des relations partenariales de qualites/g,
    'pour developper des relations partenariales de qualite',
  ],
  [/meilleur accompagner/g, 'mieux accompagner'],
] as const;

/** Words only, in order: case and the accents that slide capitals drop ("GRATUITE" / "gratuité") folded,
 * inclusive dots and hyphens joined ("pair·e·s" = "pair.e.s" = "pair-e-s" = "PAIRES"), quotes, apostrophes,
 * arrows and other punctuation turned into spaces, spaces collapsed. */
function words(text: string): string {
  let t = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const [from, to] of SPELLING) t = t.replace(from, to);
  t = t.replace(/(?<=\p{L})[.·](?=\p{L})|(?<=\p{L})-(?=(?:e|s|es|euse|euses|rice|rices)(?!\p{L}))/gu, '');
  return t.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A text may join passages that the slide sets apart (a heading and its bullet, a label between them): brackets,
 * " – ", " ; " and line breaks mark the joins, and each passage must occur in the record on its own. */
const passages = (text: string) =>
  text
    .split(/[()\n]| – | ; /)
    .map(words)
    .filter(Boolean);

/** The record's own words: the original-language text of every node from the record (not example data),
 * unless the seed marks the field `editorial: true` (our reading, a reconstruction, a note). */
const originals = doc.nodes
  .filter((n) => !n.props.example)
  .flatMap((n) =>
    n.texts
      .filter((t) => t.original && !editorialTexts.has(textKey(n, t.field)))
      .map((t) => ({ where: `${textKey(n, t.field)} (${t.lang})`, value: t.value })),
  );

describe('the seeds are faithful to the record', () => {
  it('can read the record', () => {
    expect(existsSync(RECORD), `the workshop record ${RECORD} (set SEED_RECORD to its path)`).toBe(true);
  });

  it('store as the record’s own words only words that are in it', () => {
    const record = ` ${words(readFileSync(RECORD, 'utf8'))} `;
    const missing = originals.flatMap((o) =>
      passages(o.value)
        .filter((p) => !record.includes(` ${p} `))
        .map((p) => `${o.where}: “${p}” is not in the record`),
    );
    expect(missing).toEqual([]);
    expect(originals.length).toBeGreaterThan(100);
  });

  it('say which section of the record every record link rests on', () => {
    const sections = new Set(doc.nodes.filter((n) => n.label === 'Section').map(refKey));
    const fromRecord = new Set(
      doc.relationships
        .filter((r) => r.type === 'FROM_SECTION' && sections.has(refKey(r.to)))
        .map((r) => refKey(r.from)),
    );
    const example = new Set(doc.nodes.filter((n) => n.props.example).map(refKey));
    const unsupported = doc.relationships
      .filter((r) => r.props.basis === 'RECORD')
      .flatMap((r) =>
        [r.from, r.to]
          .filter((end) => example.has(refKey(end)) || !fromRecord.has(refKey(end)))
          .map(
            (end) => `${r.type} ${refKey(r.from)} -> ${refKey(r.to)}: ${refKey(end)} names no section of the record`,
          ),
      );
    expect(unsupported).toEqual([]);
  });
});
