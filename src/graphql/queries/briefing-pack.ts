// briefingPack: everything a meeting needs on some themes and a place, in one Cypher statement.
// Projections are compiled here (texts with fallback marked); the spaces are ranked by the advocacySpaces
// statement itself, embedded, so the pack and the API can never rank them differently.
import type { GraphQLResolveInfo } from 'graphql';
import { assemblePack, type BriefingPack, type PackParts, type PackSpace } from '../../briefing/pack.js';
import type { Context } from '../context.js';
import { normaliseLanguage } from '../language.js';
import { fallbackLanguages } from '../../model/language.js';
import { visible } from '../projection/entities.js';
import { MAX_PAGE } from '../pagination.js';
import { Params } from '../projection/params.js';
import { render } from '../../db/render.js';
import { path, rootSelection, selects } from '../projection/selection.js';
import { distinct, rejectMissing, runRoot } from './run.js';

export interface PackArgs {
  themes: string[];
  place?: string | null;
  language?: string | null;
  recordOnly?: boolean | null;
}

/** The parts of a pack that cost a traversal; a GraphQL caller gets only those it selects. */
export interface PackSections {
  evidence: boolean;
  spaces: boolean;
  partners: boolean;
}
const WHOLE_PACK: PackSections = Object.freeze({ evidence: true, spaces: true, partners: true });

/** How many ranked spaces a pack lists. */
const SPACES = 12;

/** `{text, language, fallback, draft}`: the first of $languages (the domain's fallbackLanguages: the asked language,
 * then its base language) that the record has, else the original, marked as a fallback; a draft translation is marked. */
function localized(v: string, field: string, p: Params): string {
  const t = p.variable('t');
  const rank = p.variable('rank');
  return `head(COLLECT { MATCH (${v})-[:HAS_TEXT]->(${t}:Text {field: '${field}'})
    WITH ${t}, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = ${t}.lang][0], CASE WHEN ${t}.original THEN size($languages) END) AS ${rank}
    WHERE ${rank} IS NOT NULL
    RETURN {text: ${t}.value, language: ${t}.lang, fallback: ${rank} = size($languages) AND $language IS NOT NULL,
      draft: coalesce(${t}.status = 'DRAFT', false)} AS r ORDER BY ${rank}, ${t}.lang LIMIT 1 })`;
}

/** Names of the visible nodes across `rel` (e.g. `-[:BASED_IN]->`) from `v`, by id. Across a claim (`claim`: its
 * type), record-only packs keep record links only, and `withBasis` gives each name as {basis, name}. */
function names(rel: string, label: string, v: string, p: Params, limit = '', claim = '', withBasis = false): string {
  const x = p.variable('n');
  const l = p.variable('l');
  const link = claim ? rel.replace(`[:${claim}]`, `[${l}:${claim}]`) : rel;
  const basis = claim ? ` AND (NOT $recordOnly OR ${l}.basis = 'RECORD')` : '';
  const name = localized(x, 'name', p);
  return `COLLECT { MATCH (${v})${link}(${x}:${label}) WHERE ${visible(x)}${basis} RETURN ${withBasis ? `{basis: ${l}.basis, name: ${name}}` : name} AS r ORDER BY ${x}.id ${limit}}`;
}

const record = (v: string) => `id: ${v}.id, visibility: ${v}.visibility, example: coalesce(${v}.example, false)`;

function evidence(v: string, p: Params): string {
  const e = p.variable('e');
  const sup = p.variable('sup');
  return `COLLECT { MATCH (${v})<-[${sup}:SUPPORTS]-(${e}:Evidence) WHERE ${visible(e)}
      AND (NOT $recordOnly OR (${sup}.basis = 'RECORD' AND NOT coalesce(${e}.example, false)))
    RETURN {${record(e)}, basis: ${sup}.basis, kind: ${e}.kind, text: ${localized(e, 'text', p)}, voicedBy: ${names('-[:VOICED_BY]->', 'Organisation', e, p, '', 'VOICED_BY')}} AS r ORDER BY ${e}.id }`;
}

function slots(p: Params, sections: PackSections, ranking: string): Record<string, string> {
  const em = p.variable('n');
  const space = `{${record('s')}, level: s.level, name: ${localized('s', 'name', p)}, place: head(${names('-[:LOCATED_IN]->', 'Place', 's', p, 'LIMIT 1')}),
    editorialMessages: COLLECT { MATCH (s)<-[:CARRIED_IN {basis: 'EDITORIAL'}]-(${em}:Message) WHERE ${visible(em)} RETURN ${em}.id }}`;
  const ranked = render(ranking, { space, matched: 'm.id', suggest: '{}' }, { selection: true, matched: true });
  return {
    theme: `{${record('t')}, name: ${localized('t', 'name', p)}, description: ${localized('t', 'description', p)}}`,
    message: `{${record('m')}, text: ${localized('m', 'text', p)}${sections.evidence ? `, evidence: ${evidence('m', p)}` : ''}}`,
    place: `{id: here.id, countryCode: here.countryCode, name: ${localized('here', 'name', p)}}`,
    partner: `{${record('o')}, kind: o.kind, name: ${localized('o', 'name', p)}, basedIn: ${names('-[:BASED_IN]->', 'Place', 'o', p, '', 'BASED_IN')},
      basedInLinks: ${names('-[:BASED_IN]->', 'Place', 'o', p, '', 'BASED_IN', true)}}`,
    risk: `{${record('rk')}, text: ${localized('rk', 'text', p)}, description: ${localized('rk', 'description', p)}}`,
    spaces: sections.spaces ? `coalesce(head(COLLECT { CALL () {\n${ranked}\n} RETURN ranked }), [])` : '[]',
  };
}

type Ranked = Pick<PackSpace, 'reach' | 'score' | 'matchedMessages'> & {
  space: Pick<PackSpace, 'editorialMessages'>;
  coverage: { carried: number; selected: number };
};
type Row = Omit<PackParts, 'language' | 'spaces' | 'recordOnly'> & { unknown: string[]; spaces: Ranked[] };

export async function briefingPack(
  ctx: Context,
  args: PackArgs,
  sections: PackSections = WHOLE_PACK,
): Promise<BriefingPack> {
  const language = normaliseLanguage(args.language);
  const p = new Params({
    themes: distinct(args.themes),
    place: args.place ?? null,
    language,
    languages: fallbackLanguages(language),
    recordOnly: Boolean(args.recordOnly),
    // The embedded advocacySpaces statement's own parameters: the pack's themes, no message or level filter,
    // ordered by reach, so the place's own arenas always come first.
    messages: null,
    levels: null,
    byCoverage: false,
    first: SPACES,
    matchedFirst: MAX_PAGE,
  });
  const text = slots(p, sections, ctx.db.statement('queries/advocacy-spaces'));
  const [row] = await runRoot<Row>(ctx, 'queries/briefing-pack', p, text, { partners: sections.partners });
  rejectMissing(row.unknown);
  const spaces = row.spaces.map((r) => ({
    ...r.space,
    reach: r.reach,
    carried: r.coverage.carried,
    selected: r.coverage.selected,
    score: r.score,
    matchedMessages: r.matchedMessages,
    editorialMessages: r.space.editorialMessages.filter((id) => r.matchedMessages.includes(id)),
  })) as PackParts['spaces'];
  return assemblePack({ ...row, language, spaces, recordOnly: Boolean(args.recordOnly) });
}

/** The GraphQL field: only the sections selected, every object read by field name, with the pack's ids. */
export async function briefingPackField(ctx: Context, args: PackArgs, info: GraphQLResolveInfo) {
  return readByName(await briefingPack(ctx, args, sectionsOf(info)), packScope(args));
}

/** What a pack's content depends on: the themes in their order, the place and the language (`migration+sex-work/lille/fr`).
 * Readable rather than hashed: made of the caller's own arguments only, and ids are kebab-case, so it is unambiguous. */
function packScope(args: PackArgs): string {
  return [distinct(args.themes)!.join('+'), args.place ?? '', normaliseLanguage(args.language) ?? ''].join('/');
}

/** Marks every object of the pack to be read by field name (see projection/alias-resolver.ts) and gives each
 * record its pack's id: its texts, ranks and counts are this pack's, so a client cache that keys objects by
 * type and id (Apollo's InMemoryCache) must not take them for another pack's. `recordId` keeps the record's id.
 * An object the pack lists twice (a theme and its section's theme) is one object: marked once. */
function readByName<T>(value: T, scope: string, seen = new WeakSet<object>()): T {
  if (Array.isArray(value)) value.forEach((v) => readByName(v, scope, seen));
  else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    Object.values(value).forEach((v) => readByName(v, scope, seen));
    const id = (value as { id?: unknown }).id;
    Object.assign(value, { __raw: true }, typeof id === 'string' ? { recordId: id, id: `${id}@${scope}` } : {});
  }
  return value;
}

/** The sections a GraphQL selection needs; the safety note and the fallback, draft and provenance counts cover
 * everything, so they need them all. */
function sectionsOf(info: GraphQLResolveInfo): PackSections {
  const sel = rootSelection(info, 'BriefingPack');
  if (selects(sel, 'safety') || selects(sel, 'fallbacks') || selects(sel, 'drafts') || selects(sel, 'provenance'))
    return WHOLE_PACK;
  const shared = path(sel, [
    ['sharedMessages', 'BriefingMessageGroup'],
    ['messages', 'BriefingMessage'],
  ]);
  const own = path(sel, [
    ['themeMessages', 'BriefingThemeSection'],
    ['messages', 'BriefingMessage'],
  ]);
  return {
    evidence: selects(shared, 'evidence') || selects(own, 'evidence'),
    spaces: selects(sel, 'spaces'),
    partners: selects(sel, 'partners'),
  };
}
