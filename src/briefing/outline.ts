// A pack as a neutral document (title page, headings, lists, tables, a safety box), so that the Markdown,
// HTML and PDF renderers only decide how each block looks and never walk the pack themselves.
import { labelsFor, type Labels } from './labels.js';
import type { BriefingPack, LocalizedText, PackMessage, Visibility } from './pack.js';

/** A piece of text; `lang`, `fallback` and `draft` come from the graph, `tag` marks a label such as INTERNAL. */
export interface Inline {
  text: string;
  lang?: string;
  fallback?: boolean;
  draft?: boolean;
  strong?: boolean;
  tag?: boolean;
}
export interface Item {
  text: Inline[];
  children: Inline[][];
}

export type Block =
  | { kind: 'title'; title: string; meta: Array<[string, string]> }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'list'; items: Item[] }
  | { kind: 'table'; header: string[]; rows: Inline[][][]; widths: number[] }
  | { kind: 'note'; title: string; lines: Inline[][] }
  | { kind: 'paragraph'; text: Inline[] };

export interface Outline {
  language: string;
  title: string;
  labels: Labels;
  blocks: Block[];
  legend: string | null;
}

const local = (t: LocalizedText, strong = false): Inline => ({
  text: t.text,
  lang: t.language,
  fallback: t.fallback,
  draft: t.draft,
  strong,
});
const tag = (text: string): Inline => ({ text, tag: true });
const hidden = (v: Visibility): Inline[] => (v === 'PUBLIC' ? [] : [tag(v)]);
/** The marks of a record: its visibility unless public, EXAMPLE for example data. */
const marks = (r: { visibility: Visibility; example: boolean }, labels: Labels): Inline[] => [
  ...hidden(r.visibility),
  ...(r.example ? [tag(labels.example)] : []),
];
const editorial = (is: boolean, labels: Labels, what = ''): Inline[] =>
  is ? [tag(what ? `${labels.editorial}: ${what}` : labels.editorial)] : [];
const joined = (texts: LocalizedText[]): Inline[] =>
  texts.flatMap((t, i) => (i ? [{ text: ', ' }, local(t)] : [local(t)]));

function messageItems(messages: PackMessage[], labels: Labels, names: (ids: string[]) => string): Item[] {
  return messages.map((m) => ({
    text: [
      ...marks(m, labels),
      ...editorial(m.editorialThemes.length > 0, labels, names(m.editorialThemes)),
      local(m.text, true),
    ],
    children: m.evidence.map((e) => [
      tag(e.kind),
      ...marks(e, labels),
      ...editorial(e.basis === 'EDITORIAL', labels),
      ...(e.sensitive ? [tag(labels.sensitive)] : []),
      { text: '“' },
      local(e.text),
      { text: '”' },
      ...(e.voicedBy.length ? [{ text: ` (${labels.voicedBy} ` }, ...joined(e.voicedBy), { text: ')' }] : []),
    ]),
  }));
}

/** Each space with its level, place, reach and coverage in words, and under it the pack's messages to carry there. */
function spaceItems(pack: BriefingPack, labels: Labels): Item[] {
  const messages = new Map(
    [...pack.sharedMessages, ...pack.themeMessages].flatMap((g) => g.messages).map((m) => [m.id, m]),
  );
  return pack.spaces.map((s) => ({
    text: [
      ...marks(s, labels),
      local(s.name, true),
      { text: ` (${labels.levels[s.level] ?? s.level}` },
      ...(s.place ? [{ text: ', ' }, local(s.place)] : []),
      {
        text: `${s.reach && s.reach in labels.reaches ? `, ${labels.reaches[s.reach as keyof Labels['reaches']]}` : ''})${labels.colon}${labels.coverage(s.carried, s.selected)}`,
      },
    ],
    children: s.matchedMessages.flatMap((id) => {
      const m = messages.get(id);
      return m
        ? [[...hidden(m.visibility), ...editorial(s.editorialMessages.includes(id), labels), local(m.text)]]
        : [];
    }),
  }));
}

export function outline(pack: BriefingPack): Outline {
  const labels = labelsFor(pack.language);
  const themeName = new Map(pack.themes.map((t) => [t.id, t.name.text]));
  const names = (ids: string[]) => ids.map((id) => themeName.get(id) ?? id).join(', ');
  const blocks: Block[] = [
    {
      kind: 'title',
      title: pack.title,
      meta: [
        [labels.date, pack.date],
        [labels.language, pack.language ?? labels.originalLanguages],
        ...(pack.language ? [[labels.translation, labels.translated(pack)] as [string, string]] : []),
        ...(pack.place ? [[labels.place, pack.place.name.text] as [string, string]] : []),
        [labels.themes, pack.themes.map((t) => t.name.text).join(', ')],
      ],
    },
  ];
  const { safety } = pack;
  if (safety.note || safety.risks.length) {
    blocks.push({
      kind: 'note',
      title: labels.safety,
      lines: [
        ...(safety.note ? [[{ text: safety.note }]] : []),
        ...safety.risks.map((r) => [
          ...marks(r, labels),
          local(r.text, true),
          ...(r.description ? [{ text: ': ' }, local(r.description)] : []),
        ]),
      ],
    });
  }
  // The legend of the marks, and how much of the pack the record states.
  blocks.push({
    kind: 'note',
    title: labels.sources,
    lines: [
      [{ text: labels.provenance(pack.provenance, pack.recordOnly) }],
      // A record-only pack has nothing to mark.
      ...(pack.recordOnly
        ? []
        : [
            [tag(labels.example), { text: labels.exampleLegend }],
            [tag(labels.editorial), { text: labels.editorialLegend }],
          ]),
    ],
  });
  if (pack.sharedMessages.length) {
    blocks.push({ kind: 'heading', level: 1, text: labels.shared });
    for (const g of pack.sharedMessages)
      blocks.push(
        { kind: 'heading', level: 2, text: labels.bridging(g.themeCount) },
        { kind: 'list', items: messageItems(g.messages, labels, names) },
      );
  }
  for (const s of pack.themeMessages) {
    blocks.push({ kind: 'heading', level: 1, text: labels.otherMessages(s.theme.name.text) });
    blocks.push(
      s.messages.length
        ? { kind: 'list', items: messageItems(s.messages, labels, names) }
        : { kind: 'paragraph', text: [{ text: labels.none }] },
    );
  }
  blocks.push({ kind: 'heading', level: 1, text: labels.spaces });
  blocks.push(
    pack.spaces.length
      ? { kind: 'list', items: spaceItems(pack, labels) }
      : { kind: 'paragraph', text: [{ text: labels.none }] },
  );
  blocks.push({ kind: 'heading', level: 1, text: labels.partners });
  blocks.push(
    pack.partners.length
      ? {
          kind: 'table',
          header: [labels.partner, labels.kind, labels.basedIn, labels.worksOn],
          widths: [0.4, 0.15, 0.2, 0.25],
          rows: pack.partners.map((o) => [
            [...marks(o, labels), local(o.name)],
            [{ text: o.kind }],
            o.basedInLinks.flatMap((l, i) => [
              ...(i ? [{ text: ', ' }] : []),
              ...editorial(l.basis === 'EDITORIAL', labels),
              local(l.name),
            ]),
            o.themes.flatMap((t, i) => [
              ...(i ? [{ text: ', ' }] : []),
              ...editorial(o.editorialThemes.includes(t), labels),
              { text: names([t]) },
            ]),
          ]),
        }
      : { kind: 'paragraph', text: [{ text: labels.none }] },
  );
  return {
    language: pack.language ?? 'und',
    title: pack.title,
    labels,
    blocks,
    legend: pack.fallbacks ? labels.fallback : null,
  };
}

/** Plain text of some inlines, for renderers that set marks themselves. */
export const plain = (text: Inline[]) => text.map((i) => i.text).join('');
