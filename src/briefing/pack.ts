// The structured briefing pack: what briefingPack answers and what the Markdown, HTML and PDF renderers read.
import { localeFor, translator, type Translator } from '../i18n/messages.js';

export type Visibility = 'PUBLIC' | 'INTERNAL' | 'RESTRICTED';
type Basis = 'RECORD' | 'EDITORIAL';

/** What every item of a pack says of itself: who may see it, and whether it is example data. */
interface PackRecord {
  id: string;
  visibility: Visibility;
  example: boolean;
}

/** How close a space is to the pack's place (the API's SpaceReach). */
type Reach = 'PLACE' | 'REGION' | 'COUNTRY' | 'INTERNATIONAL' | 'INTERNAL';

/** A text in the asked language; `fallback` when it was not there and the original is shown instead,
 * `draft` when it is a translation not yet reviewed. */
export interface LocalizedText {
  text: string;
  language: string;
  fallback: boolean;
  draft: boolean;
}

interface PackTheme extends PackRecord {
  name: LocalizedText;
  description: LocalizedText | null;
}
interface PackEvidence extends PackRecord {
  kind: string;
  /** Of its SUPPORTS link to the message it is listed under. */
  basis: Basis;
  sensitive: boolean;
  text: LocalizedText;
  voicedBy: LocalizedText[];
}
export interface PackMessage extends PackRecord {
  text: LocalizedText;
  themes: string[];
  /** Of `themes`, those it addresses by an editorial link only. */
  editorialThemes: string[];
  evidence: PackEvidence[];
}
interface PackMessageGroup {
  themeCount: number;
  messages: PackMessage[];
}
interface PackThemeSection {
  theme: PackTheme;
  messages: PackMessage[];
}
interface PackPlace {
  id: string;
  name: LocalizedText;
  countryCode: string | null;
}
/** A ranked space: its reach from the pack's place (null without a place), and which of the pack's messages it carries. */
export interface PackSpace extends PackRecord {
  level: string;
  name: LocalizedText;
  place: LocalizedText | null;
  reach: Reach | null;
  carried: number;
  selected: number;
  score: number;
  matchedMessages: string[];
  /** Messages carried there by an editorial link (ids; of the pack's, only those in matchedMessages matter). */
  editorialMessages: string[];
}
interface PackPartner extends PackRecord {
  kind: string;
  name: LocalizedText;
  basedIn: LocalizedText[];
  /** The same places, each with the basis of the link. */
  basedInLinks: Array<{ basis: Basis; name: LocalizedText }>;
  local: boolean;
  themes: string[];
  /** Of `themes`, those it works on by a link the team added. */
  editorialThemes: string[];
}
interface PackRisk extends PackRecord {
  text: LocalizedText;
  description: LocalizedText | null;
}
interface PackSafety {
  note: string | null;
  internal: number;
  restricted: number;
  sensitiveEvidence: number;
  risks: PackRisk[];
}

/** How much of a pack the workshop record states: its items (example or not) and the links it shows, by basis. */
interface PackProvenance {
  items: number;
  examples: number;
  recordLinks: number;
  editorialLinks: number;
}

export interface BriefingPack {
  title: string;
  /** Only what the record states: record links, no example records. */
  recordOnly: boolean;
  provenance: PackProvenance;
  date: string;
  language: string | null;
  place: PackPlace | null;
  themes: PackTheme[];
  sharedMessages: PackMessageGroup[];
  themeMessages: PackThemeSection[];
  spaces: PackSpace[];
  partners: PackPartner[];
  safety: PackSafety;
  fallbacks: number;
  drafts: number;
  /** How many texts of the graph the pack shows, counted as fallbacks and drafts are. */
  texts: number;
}

/** What the one statement returns, before grouping. */
export interface PackParts {
  language: string | null;
  recordOnly: boolean;
  place: PackPlace | null;
  themes: PackTheme[];
  messages: Array<Omit<PackMessage, 'evidence'> & { evidence?: Array<Omit<PackEvidence, 'sensitive'>> }>;
  spaces: PackSpace[];
  partners: PackPartner[];
  risks: PackRisk[];
}

/** First-person words: whoever said them can be recognised, so they are handled as sensitive. */
const SENSITIVE_KINDS = new Set(['QUOTE', 'TESTIMONY']);

/** Every localized text in `value` (walked in depth), to count fallbacks and drafts. */
function localizedTexts(value: unknown): LocalizedText[] {
  if (Array.isArray(value)) return value.flatMap(localizedTexts);
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  if (typeof o.fallback === 'boolean' && typeof o.text === 'string') return [o as unknown as LocalizedText];
  return Object.values(o).flatMap(localizedTexts);
}

/** The pack's title in the interface language: its themes, and its place when it has one. */
export function packTitle(pack: Pick<PackParts, 'themes' | 'place'>, tr: Translator): string {
  const themes = pack.themes.map((t) => t.name.text).join(' × ');
  return pack.place ? tr.t('pack.titleAt', { themes, place: pack.place.name.text }) : tr.t('pack.title', { themes });
}

/** What the reader must know before sharing: how many items are not public, and how many quotes could expose someone. */
export function safetyNote(
  c: Pick<PackSafety, 'internal' | 'restricted' | 'sensitiveEvidence'>,
  tr: Translator,
): string | null {
  const items = [
    c.internal ? tr.t('note.internal', { count: c.internal }) : '',
    c.restricted ? tr.t('note.restricted', { count: c.restricted }) : '',
  ].filter(Boolean);
  const parts = [
    items.length ? tr.t('note.hidden', { items: new Intl.ListFormat(tr.locale).format(items) }) : '',
    c.sensitiveEvidence ? tr.t('note.sensitive', { count: c.sensitiveEvidence }) : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' ') : null;
}

function safety(parts: PackParts, messages: PackMessage[], tr: Translator): PackSafety {
  const evidence = new Map(messages.flatMap((m) => m.evidence).map((e) => [e.id, e]));
  const items = [parts.themes, messages, [...evidence.values()], parts.spaces, parts.partners, parts.risks];
  const count = (v: Visibility) =>
    items.reduce((n, list) => n + new Set(list.filter((x) => x.visibility === v).map((x) => x.id)).size, 0);
  const counts = {
    internal: count('INTERNAL'),
    restricted: count('RESTRICTED'),
    sensitiveEvidence: [...evidence.values()].filter((e) => e.sensitive).length,
  };
  return { ...counts, note: safetyNote(counts, tr), risks: parts.risks };
}

/** Counts the distinct items and the links the pack shows: message to theme, evidence to message, space to message,
 * partner to place and theme. */
function provenance(parts: PackParts, messages: PackMessage[]): PackProvenance {
  const evidence = messages.flatMap((m) => m.evidence);
  // Keyed by list and id: ids are unique per kind only.
  const lists = [parts.themes, messages, evidence, parts.spaces, parts.partners, parts.risks];
  const items = new Map(lists.flatMap((list, i) => list.map((x): [string, PackRecord] => [`${i} ${x.id}`, x])));
  const links: Basis[] = [
    ...parts.partners.flatMap((o) => [
      ...o.basedInLinks.map((l) => l.basis),
      ...o.themes.map((t) => (o.editorialThemes.includes(t) ? 'EDITORIAL' : 'RECORD')),
    ]),
    ...messages.flatMap((m) => m.themes.map((t) => (m.editorialThemes.includes(t) ? 'EDITORIAL' : 'RECORD'))),
    ...evidence.map((e) => e.basis),
    ...parts.spaces.flatMap((s) =>
      s.matchedMessages.map((id) => (s.editorialMessages.includes(id) ? 'EDITORIAL' : 'RECORD')),
    ),
  ];
  return {
    items: items.size,
    examples: [...items.values()].filter((x) => x.example).length,
    recordLinks: links.filter((b) => b === 'RECORD').length,
    editorialLinks: links.filter((b) => b === 'EDITORIAL').length,
  };
}

/** Groups the messages (shared ones by how many themes they bridge, then each theme's own) and adds title, date and safety note. */
export function assemblePack(parts: PackParts, today = new Date()): BriefingPack {
  const messages: PackMessage[] = parts.messages.map((m) => ({
    ...m,
    evidence: (m.evidence ?? []).map((e) => ({ ...e, sensitive: SENSITIVE_KINDS.has(e.kind) })),
  }));
  const counts = [...new Set(messages.map((m) => m.themes.length).filter((n) => n >= 2))].sort((a, b) => b - a);
  const sharedMessages = counts.map((themeCount) => ({
    themeCount,
    messages: messages.filter((m) => m.themes.length === themeCount),
  }));
  const themeMessages = parts.themes.map((theme) => ({
    theme,
    messages: messages.filter((m) => m.themes.length === 1 && m.themes[0] === theme.id),
  }));
  const tr = translator(localeFor([parts.language]));
  const pack = {
    title: packTitle(parts, tr),
    recordOnly: parts.recordOnly,
    provenance: provenance(parts, messages),
    date: today.toISOString().slice(0, 10),
    language: parts.language,
    place: parts.place,
    themes: parts.themes,
    sharedMessages,
    themeMessages,
    spaces: parts.spaces,
    partners: parts.partners,
    safety: safety(parts, messages, tr),
  };
  // A partner's basedInLinks name the places of its basedIn again: counted once.
  const partners = pack.partners.map(({ basedInLinks: _, ...partner }) => partner);
  const texts = localizedTexts([pack.place, pack.themes, messages, pack.spaces, partners, pack.safety.risks]);
  return {
    ...pack,
    fallbacks: texts.filter((t) => t.fallback).length,
    drafts: texts.filter((t) => t.draft).length,
    texts: texts.length,
  };
}
