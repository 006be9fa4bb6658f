// The questions asked of the three targets: this API (GraphQL), the peer (@neo4j/graphql, its own GraphQL)
// and the floor (hand-written Cypher). Every target is asked as an anonymous reader (PUBLIC records only).
import { luceneQuery } from '../src/search/words.js';

export type Target = 'ours' | 'peer' | 'floor';
export const TARGETS: Target[] = ['ours', 'peer', 'floor'];

export interface Request {
  path: string;
  body: () => unknown;
  headers?: Record<string, string>;
}

export interface Workload {
  name: string;
  title: string;
  /** Part of the scaling runs (10k → 1M). */
  scaling: boolean;
  write: boolean;
  /** Every target answers every workload; where the peer cannot ask the same question, it asks a simpler one. */
  ask: Record<Target, Request>;
  /** How the peer's answer differs from ours, if it does. */
  peerNote?: string;
}

const LANG = 'en';
const VISIBLE = ['PUBLIC'];
const PAGE = 20;
const THEMES_2 = ['srhr', 'hiv'];
const THEMES_3 = ['sex-work', 'srhr', 'hiv'];
const DEEP_THEMES = ['sex-work', 'srhr'];
const GRAPH_THEMES = ['violence', 'harm-reduction', 'community-health'];
const PLACE = 'city-fr-1-1';
const SEARCH_TEXT = 'hébergement interprétariat';
const DEEP_PAGE = 50;

const gql = (query: string, variables: () => Record<string, unknown> = () => ({})): Request => ({
  path: '/graphql',
  body: () => ({ query, variables: variables() }),
});
const floor = (op: string, params: () => Record<string, unknown>): Request => ({
  path: `/floor/${op}`,
  body: () => ({ visible: VISIBLE, lang: LANG, ...params() }),
});

// Ours is asked with variables, as a client would; the document stays the same, so Apollo parses it once.
const OURS_SHARED = `query Shared($themes: [ID!]!, $after: String) {
  sharedMessages(themes: $themes, first: ${PAGE}, after: $after) {
    edges { cursor matchedThemes { id }
      node { id text(language: "${LANG}") themes { id name(language: "${LANG}") } spaces { id level name(language: "${LANG}") } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const oursShared = (themes: string[], after: string | null = null) => gql(OURS_SHARED, () => ({ themes, after }));

const PEER_VISIBLE = '{ visibility: { eq: "PUBLIC" }, archived: { eq: false } }';
const PEER_NAME = `texts(where: { field: { eq: "name" }, lang: { eq: "${LANG}" } }) { value }`;
const PEER_SHARED = `query Shared($where: MessageWhere!, $after: String) {
  messagesConnection(first: ${PAGE}, after: $after, where: $where, sort: [{ id: ASC }]) {
    edges { cursor node { id
      texts(where: { field: { eq: "text" }, OR: [{ lang: { eq: "${LANG}" } }, { original: { eq: true } }] }) { lang value original }
      themes(where: ${PEER_VISIBLE}, sort: [{ id: ASC }]) { id ${PEER_NAME} }
      spaces(where: ${PEER_VISIBLE}, sort: [{ id: ASC }]) { id level ${PEER_NAME} } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Messages on every one of the themes (ours: minThemes defaults to all of them, so the order is by id). */
const peerSharedWhere = (themes: string[]) => ({
  visibility: { eq: 'PUBLIC' },
  archived: { eq: false },
  AND: themes.map((id) => ({
    themes: { some: { id: { eq: id }, visibility: { eq: 'PUBLIC' }, archived: { eq: false } } },
  })),
});

const floorShared = (themes: string[], after: [number, string] | null = null) =>
  floor('shared-messages', () => ({
    themes,
    minThemes: themes.length,
    limit: PAGE + 1,
    afterN: after?.[0] ?? null,
    afterId: after?.[1] ?? null,
  }));

function shared(name: string, themes: string[]): Workload {
  return {
    name,
    title: `shared messages, ${themes.length} themes, first ${PAGE}, nested themes and spaces`,
    scaling: themes.length === 2,
    write: false,
    ask: {
      ours: oursShared(themes),
      peer: gql(PEER_SHARED, () => ({ where: peerSharedWhere(themes) })),
      floor: floorShared(themes),
    },
    peerNote: 'matchedThemes and the text-language fallback are computed by the client from the returned lists',
  };
}

const OURS_SPACES = `query Spaces($place: ID!) {
  advocacySpaces(place: $place, first: ${PAGE}) { score space { id level name(language: "${LANG}") place { id name(language: "${LANG}") } } }
}`;
// The peer cannot walk PART_OF*1..3 nor rank by the share of messages carried: it returns the candidate spaces
// (in the place, in a place in it, in a place it is part of, or international/internal) with their message counts.
const PEER_SPACES = `query Spaces($place: ID!) {
  spaces(where: { visibility: { eq: "PUBLIC" }, archived: { eq: false }, OR: [
    { place: { some: { OR: [{ id: { eq: $place } }, { partOf: { some: { id: { eq: $place } } } }, { parts: { some: { id: { eq: $place } } } }] } } },
    { level: { in: ["INTERNATIONAL", "INTERNAL"] } }
  ] }) {
    id level ${PEER_NAME}
    place { id ${PEER_NAME} }
    messagesConnection(where: { node: ${PEER_VISIBLE} }) { totalCount }
  }
}`;

const OURS_GRAPH = `query Graph($themes: [ID!]!) {
  intersectionGraph(themes: $themes) { nodes { id kind label(language: "${LANG}") } edges { source target kind weight } }
}`;
const PEER_GRAPH = `query Graph($where: MessageWhere!, $themes: [ID!]!) {
  messages(where: $where) { id ${PEER_NAME.replace('"name"', '"text"')} themes(where: { id: { in: $themes } }) { id ${PEER_NAME} } }
}`;
/** Messages on at least two of the themes: OR over every pair. */
function peerGraphWhere(themes: string[]) {
  const pairs = themes.flatMap((a, i) => themes.slice(i + 1).map((b) => [a, b]));
  return {
    visibility: { eq: 'PUBLIC' },
    archived: { eq: false },
    OR: pairs.map((pair) => ({
      AND: pair.map((id) => ({
        themes: { some: { id: { eq: id }, visibility: { eq: 'PUBLIC' }, archived: { eq: false } } },
      })),
    })),
  };
}

const OURS_SEARCH = `query Search($text: String!) {
  search(text: $text, first: ${PAGE}) { score message { id text(language: "${LANG}") themes { id } } }
}`;
const PEER_SEARCH = `query Search($phrase: String!) {
  searchMessageTexts(phrase: $phrase, first: ${PAGE}, sort: [{ score: DESC }],
    where: { node: { message: { some: ${PEER_VISIBLE} } } }) {
    edges { score node { lang message { id texts(where: { lang: { eq: "${LANG}" } }) { value } themes(where: ${PEER_VISIBLE}) { id } } } }
  }
}`;

const OURS_CREATE = 'mutation Create($input: CreateMessageInput!) { createMessage(input: $input) { id } }';
const PEER_CREATE = `mutation Create($input: [MessageCreateInput!]!) { createMessages(input: $input) { messages { id } } }`;
export const WRITE_PREFIX = 'bench-write-';
let writes = 0;
const writeId = (target: Target) => `${WRITE_PREFIX}${target}-${process.pid}-${++writes}`;
const WRITE_THEMES = ['sex-work', 'hiv'];
// Ours creates a message with its original text only (translations come with updateMessage): all three do the same.
const WRITE_TEXT = { lang: 'fr', value: 'Accès au dépistage sans papiers', original: true };
const writeTexts = [WRITE_TEXT];

export interface Prepared {
  /** The keyset cursor ours gave for page DEEP_PAGE - 1 of DEEP_THEMES, decoded, and the peer's own cursor. */
  oursCursor: string | null;
  oursKey: [number, string] | null;
  peerCursor: string | null;
  page: number;
  /** Our createMessage: a credential with an editor role. */
  oursWrite: { authorization: string };
}

export function workloads(p: Prepared): Workload[] {
  const deep: Workload = {
    name: 'deep-page',
    title: `page ${p.page} of shared messages (2 themes, ${PAGE} a page)`,
    scaling: true,
    write: false,
    ask: {
      ours: oursShared(DEEP_THEMES, p.oursCursor),
      peer: gql(PEER_SHARED, () => ({ where: peerSharedWhere(DEEP_THEMES), after: p.peerCursor })),
      floor: floorShared(DEEP_THEMES, p.oursKey),
    },
    peerNote: 'its cursor is an offset: it collects every match, then skips',
  };
  return [
    shared('shared-2', THEMES_2),
    shared('shared-3', THEMES_3),
    {
      name: 'spaces',
      title: `advocacy spaces for a city (${PLACE}), first ${PAGE}`,
      scaling: true,
      write: false,
      ask: {
        ours: gql(OURS_SPACES, () => ({ place: PLACE })),
        peer: gql(PEER_SPACES, () => ({ place: PLACE })),
        floor: floor('advocacy-spaces', () => ({ place: PLACE, first: PAGE })),
      },
      peerNote:
        'partial: no PART_OF*1..3 walk (one level only) and no ranking by share carried; it returns every candidate space with its message count',
    },
    {
      name: 'graph-3',
      title: 'intersection graph of 3 themes',
      scaling: false,
      write: false,
      ask: {
        ours: gql(OURS_GRAPH, () => ({ themes: GRAPH_THEMES })),
        peer: gql(PEER_GRAPH, () => ({ where: peerGraphWhere(GRAPH_THEMES), themes: GRAPH_THEMES })),
        floor: floor('intersection-graph', () => ({ themes: GRAPH_THEMES })),
      },
      peerNote:
        'partial: returns the messages on 2+ of the themes with their themes; SHARES weights are left to the client',
    },
    {
      name: 'search',
      title: `full-text search "${SEARCH_TEXT}", first ${PAGE}`,
      scaling: true,
      write: false,
      ask: {
        ours: gql(OURS_SEARCH, () => ({ text: SEARCH_TEXT })),
        peer: gql(PEER_SEARCH, () => ({ phrase: luceneQuery(SEARCH_TEXT) })),
        floor: floor('search', () => ({ query: luceneQuery(SEARCH_TEXT), first: PAGE })),
      },
      // All three search the Lucene query ours builds from the words (src/graphql/queries/search.ts).
      peerNote: 'partial: hits are texts, not messages (a message found in two languages comes twice)',
    },
    deep,
    {
      name: 'create-message',
      title: 'createMessage (1 text, 2 themes)',
      scaling: false,
      write: true,
      ask: {
        ours: {
          ...gql(OURS_CREATE, () => ({
            input: {
              id: writeId('ours'),
              visibility: 'PUBLIC',
              language: WRITE_TEXT.lang,
              text: WRITE_TEXT.value,
              themes: WRITE_THEMES,
            },
          })),
          headers: p.oursWrite,
        },
        peer: gql(PEER_CREATE, () => ({
          input: [
            {
              id: writeId('peer'),
              visibility: 'PUBLIC',
              version: 1,
              archived: false,
              example: true,
              texts: { create: writeTexts.map((t) => ({ node: { field: 'text', ...t } })) },
              themes: { connect: [{ where: { node: { id: { in: WRITE_THEMES } } }, edge: { basis: 'EDITORIAL' } }] },
            },
          ],
        })),
        floor: floor('create-message', () => ({
          id: writeId('floor'),
          visibility: 'PUBLIC',
          texts: writeTexts,
          themes: WRITE_THEMES,
        })),
      },
    },
  ];
}

export const DEEP = {
  themes: DEEP_THEMES,
  page: DEEP_PAGE,
  pageSize: PAGE,
  ours: oursShared,
  peerQuery: PEER_SHARED,
  peerWhere: peerSharedWhere,
};
