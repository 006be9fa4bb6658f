// A pack as a neutral document (title page, headings, lists, tables, a safety box), so that the Markdown,
// HTML and PDF renderers only decide how each block looks and never walk the pack themselves.
import { direction, localeFor, translator, type Translator } from '../i18n/messages.js';
import {
  packTitle,
  safetyNote,
  type BriefingPack,
  type LocalizedText,
  type PackMessage,
  type Visibility,
} from './pack.js';

/** A piece of text; `lang`, `fallback` and `draft` come from the graph, `tag` marks a label such as INTERNAL. */
export interface Inline {
  text: string;
  lang?: string;
  /** Set with `lang` when the text's script runs the other way from the document's. */
  dir?: 'ltr' | 'rtl';
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
  | { kind: 'table'; header: string[]; rows: Inline[][][] }
  | { kind: 'note'; title: string; lines: Inline[][] }
  | { kind: 'paragraph'; text: Inline[] };

/** A pack in its interface language: `language` and `dir` are the document's, `t` gives its words. */
export interface Outline {
  language: string;
  dir: 'ltr' | 'rtl';
  title: string;
  t: Translator;
  blocks: Block[];
  legend: string | null;
}

const local = (t: LocalizedText, strong = false): Inline => ({
  text: t.text,
  lang: t.language,
  dir: direction(t.language),
  fallback: t.fallback,
  draft: t.draft,
  strong,
});
const tag = (text: string): Inline => ({ text, tag: true });

/** The inline builders that need the interface's words. */
function words(tr: Translator) {
  const hidden = (v: Visibility): Inline[] => (v === 'PUBLIC' ? [] : [tag(tr.term('visibility', v))]);
  const joined = (texts: LocalizedText[]): Inline[] =>
    texts.flatMap((t, i) => (i ? [{ text: tr.t('punctuation.listSeparator') }, local(t)] : [local(t)]));
  /** The marks of a record: its visibility unless public, EXAMPLE for example data. */
  const marks = (r: { visibility: Visibility; example: boolean }): Inline[] => [
    ...hidden(r.visibility),
    ...(r.example ? [tag(tr.t('provenance.example'))] : []),
  ];
  /** EDITORIAL on a link the team added, naming what it links to when that is not said beside it. */
  const editorial = (is: boolean, what = ''): Inline[] =>
    is
      ? [
          tag(
            what ? `${tr.t('provenance.editorial')}${tr.t('punctuation.colon')}${what}` : tr.t('provenance.editorial'),
          ),
        ]
      : [];
  return { hidden, joined, marks, editorial };
}

function messageItems(messages: PackMessage[], tr: Translator, names: (ids: string[]) => string): Item[] {
  const { joined, marks, editorial } = words(tr);
  return messages.map((m) => ({
    text: [...marks(m), ...editorial(m.editorialThemes.length > 0, names(m.editorialThemes)), local(m.text, true)],
    children: m.evidence.map((e) => [
      tag(tr.term('evidenceKind', e.kind)),
      ...marks(e),
      ...editorial(e.basis === 'EDITORIAL'),
      ...(e.sensitive ? [tag(tr.t('evidence.sensitive'))] : []),
      { text: tr.t('evidence.quoteOpen') },
      local(e.text),
      { text: tr.t('evidence.quoteClose') },
      ...(e.voicedBy.length ? [{ text: ` (${tr.t('evidence.voicedBy')} ` }, ...joined(e.voicedBy), { text: ')' }] : []),
    ]),
  }));
}

/** Each space with its level, place, reach and coverage in words, and under it the pack's messages to carry there. */
function spaceItems(pack: BriefingPack, tr: Translator): Item[] {
  const { hidden, marks, editorial } = words(tr);
  const messages = new Map(
    [...pack.sharedMessages, ...pack.themeMessages].flatMap((g) => g.messages).map((m) => [m.id, m]),
  );
  return pack.spaces.map((s) => ({
    text: [
      ...marks(s),
      local(s.name, true),
      { text: ` (${tr.term('level', s.level)}` },
      ...(s.place ? [{ text: tr.t('punctuation.listSeparator') }, local(s.place)] : []),
      {
        // International and internal spaces say their reach with their level.
        text: `${s.reach === 'PLACE' || s.reach === 'REGION' || s.reach === 'COUNTRY' ? `${tr.t('punctuation.listSeparator')}${tr.term('reach', s.reach)}` : ''})${tr.t('punctuation.colon')}${tr.t('space.coverage', { carried: s.carried, selected: s.selected })}`,
      },
    ],
    children: s.matchedMessages.flatMap((id) => {
      const m = messages.get(id);
      return m ? [[...hidden(m.visibility), ...editorial(s.editorialMessages.includes(id)), local(m.text)]] : [];
    }),
  }));
}

/** The pack's blocks with the words of `locale` (default: the catalogue that best serves the pack's language). */
export function outline(pack: BriefingPack, locale = localeFor([pack.language])): Outline {
  const tr = translator(locale);
  const { marks, editorial } = words(tr);
  const list = (names: string[]) => names.join(tr.t('punctuation.listSeparator'));
  const themeName = new Map(pack.themes.map((t) => [t.id, t.name.text]));
  const names = (ids: string[]) => list(ids.map((id) => themeName.get(id) ?? id));
  const none: Block = { kind: 'paragraph', text: [{ text: tr.t('none') }] };
  const title = packTitle(pack, tr);
  const blocks: Block[] = [
    {
      kind: 'title',
      title,
      meta: [
        [tr.t('meta.date'), tr.t('meta.dateValue', { date: new Date(pack.date) })],
        [
          tr.t('meta.language'),
          pack.language
            ? tr.t('meta.languageValue', { name: tr.languageName(pack.language), tag: pack.language })
            : tr.t('meta.originalLanguages'),
        ],
        ...(pack.language
          ? [
              [
                tr.t('meta.translation'),
                tr.t('meta.translated', {
                  shown: pack.texts - pack.fallbacks,
                  texts: pack.texts,
                  drafts: pack.drafts,
                  fallbacks: pack.fallbacks,
                }),
              ] as [string, string],
            ]
          : []),
        ...(pack.place ? [[tr.t('meta.place'), pack.place.name.text] as [string, string]] : []),
        [tr.t('meta.themes'), list(pack.themes.map((t) => t.name.text))],
      ],
    },
  ];
  const { safety } = pack;
  const note = safetyNote(safety, tr);
  if (note || safety.risks.length) {
    blocks.push({
      kind: 'note',
      title: tr.t('heading.safety'),
      lines: [
        ...(note ? [[{ text: note }]] : []),
        ...safety.risks.map((r) => [
          ...marks(r),
          local(r.text, true),
          ...(r.description ? [{ text: tr.t('punctuation.colon') }, local(r.description)] : []),
        ]),
      ],
    });
  }
  // The legend of the marks, and how much of the pack the record states.
  const p = pack.provenance;
  blocks.push({
    kind: 'note',
    title: tr.t('heading.sources'),
    lines: [
      [
        {
          text: pack.recordOnly
            ? tr.t('provenance.recordOnly', { items: p.items, links: p.recordLinks })
            : tr.t('provenance.counts', {
                items: p.items,
                examples: p.examples,
                links: p.recordLinks + p.editorialLinks,
                recordLinks: p.recordLinks,
                editorialLinks: p.editorialLinks,
              }),
        },
      ],
      // A record-only pack has nothing to mark.
      ...(pack.recordOnly
        ? []
        : [
            [tag(tr.t('provenance.example')), { text: tr.t('provenance.exampleLegend') }],
            [tag(tr.t('provenance.editorial')), { text: tr.t('provenance.editorialLegend') }],
          ]),
    ],
  });
  if (pack.sharedMessages.length) {
    blocks.push({ kind: 'heading', level: 1, text: tr.t('heading.shared') });
    for (const g of pack.sharedMessages)
      blocks.push(
        { kind: 'heading', level: 2, text: tr.t('heading.bridging', { count: g.themeCount }) },
        { kind: 'list', items: messageItems(g.messages, tr, names) },
      );
  }
  for (const s of pack.themeMessages) {
    blocks.push({ kind: 'heading', level: 1, text: tr.t('heading.otherMessages', { theme: s.theme.name.text }) });
    blocks.push(s.messages.length ? { kind: 'list', items: messageItems(s.messages, tr, names) } : none);
  }
  blocks.push({ kind: 'heading', level: 1, text: tr.t('heading.spaces') });
  blocks.push(pack.spaces.length ? { kind: 'list', items: spaceItems(pack, tr) } : none);
  blocks.push({ kind: 'heading', level: 1, text: tr.t('heading.partners') });
  blocks.push(
    pack.partners.length
      ? {
          kind: 'table',
          header: [tr.t('table.partner'), tr.t('table.kind'), tr.t('table.basedIn'), tr.t('table.worksOn')],
          rows: pack.partners.map((o) => [
            [...marks(o), local(o.name)],
            [{ text: tr.term('organisationKind', o.kind) }],
            o.basedInLinks.flatMap((l, i) => [
              ...(i ? [{ text: tr.t('punctuation.listSeparator') }] : []),
              ...editorial(l.basis === 'EDITORIAL'),
              local(l.name),
            ]),
            o.themes.flatMap((t, i) => [
              ...(i ? [{ text: tr.t('punctuation.listSeparator') }] : []),
              ...editorial(o.editorialThemes.includes(t)),
              { text: names([t]) },
            ]),
          ]),
        }
      : none,
  );
  return {
    language: tr.locale,
    dir: tr.dir,
    title,
    t: tr,
    blocks,
    legend: pack.fallbacks ? tr.t('legend.fallback') : null,
  };
}
