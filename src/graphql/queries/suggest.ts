// "Did you mean lille?": unknown filter ids come back with the closest ids the caller may see, never a hidden one.
// The statement gathers the candidates only when something is missing (a CASE its planner leaves unevaluated
// otherwise), and only ids of the caller's visibility; the distance is computed here.
import { distance } from 'fastest-levenshtein';
import { visible } from '../projection/entities.js';
import { badInput } from '../../errors.js';

const LABEL = {
  place: 'Place',
  theme: 'Theme',
  message: 'Message',
  space: 'Space',
  organisation: 'Organisation',
} as const;
export type IdKind = keyof typeof LABEL;
/** The argument that usually takes each kind's ids, when the caller names none. */
const ARGUMENTS: Record<IdKind, string> = {
  place: 'place',
  theme: 'themes',
  message: 'messages',
  space: 'spaces',
  organisation: 'organisations',
};

/** Candidates read per missing id: those sharing its first character, by the id index (bounded for large kinds). */
const CANDIDATES = 5000;
const SUGGESTIONS = 3;

/** Cypher expression (on `missing`, the statement's list of 'kind "id"' strings): the visible candidate ids per kind. */
export function suggestionsSlot(kinds: IdKind[]): string {
  const lists = kinds.map((kind) => {
    const head = `'${kind} "'`;
    return `${kind}: COLLECT { UNWIND [x IN missing WHERE x STARTS WITH ${head} | substring(x, size(${head}), 1)] AS c
      MATCH (n:${LABEL[kind]}) WHERE n.id STARTS WITH c AND ${visible('n')} RETURN DISTINCT n.id LIMIT ${CANDIDATES} }`;
  });
  return `CASE WHEN size(missing) = 0 THEN {} ELSE {${lists.join(', ')}} END`;
}

/** The closest candidates: a few edits away at most (about one in four characters), nearest first. */
function closest(id: string, candidates: readonly string[]): string[] {
  const limit = Math.max(1, Math.floor(id.length / 4));
  return candidates
    .map((c) => ({ c, d: distance(id, c) }))
    .filter((x) => x.d <= limit && x.c !== id)
    .sort((a, b) => a.d - b.d || (a.c < b.c ? -1 : 1))
    .slice(0, SUGGESTIONS)
    .map((x) => x.c);
}

/** Rejects missing ids as rejectMissing does, naming the argument of each (`fields`) and the visible ids it may have meant. */
export function rejectUnknown(
  missing: string[] | undefined,
  candidates: Partial<Record<IdKind, string[]>> | null,
  args: Partial<Record<IdKind, string>>,
): void {
  if (!missing?.length) return;
  const fields = missing.map((m) => {
    const [, kind, id] = /^(\w+) "(.*)"$/.exec(m) ?? [];
    const didYouMean = closest(id ?? '', candidates?.[kind as IdKind] ?? []);
    const hint = didYouMean.length ? ` (did you mean ${didYouMean.map((n) => `"${n}"`).join(' or ')}?)` : '';
    return { field: args[kind as IdKind] ?? ARGUMENTS[kind as IdKind], message: `unknown ${m}${hint}`, id, didYouMean };
  });
  throw badInput(`Unknown ${fields.map((f) => f.message.slice('unknown '.length)).join(', ')}`, fields[0].field, {
    unknown: missing,
    fields,
  });
}
