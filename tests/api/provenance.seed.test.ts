// Provenance in answers, checked against the seed files (the workshop record as modelled): every record says
// where it comes from, every claim link its basis, and record-only answers count record links only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/graph-data/document.js';
import { readSeed } from '../../src/graph-data/seed.js';
import { testApi, uid, type TestApi } from '../support/api.js';
import { ADMIN, EDITOR, dropWritten } from '../writes/support.js';

let api: TestApi;
let seed: GraphDocument;
const P = uid('prov');

beforeAll(async () => {
  api = await testApi();
  seed = readSeed();
});
afterAll(async () => {
  await dropWritten(api.db, P);
  await api.close();
});

/** The seed's links of `type` as `from to basis`, from the side the API lists them (`reverse`: the target lists them). */
const seedLinks = (type: string, reverse = false) =>
  seed.relationships
    .filter((r) => r.type === type)
    .map((r) => (reverse ? `${r.to.id} ${r.from.id} ${r.props.basis}` : `${r.from.id} ${r.to.id} ${r.props.basis}`))
    .sort();

type Linked = { id: string; links: Array<{ basis: string; node: { id: string } }> };
const apiLinks = (records: Linked[]) =>
  records.flatMap((r) => r.links.map((l) => `${r.id} ${l.node.id} ${l.basis}`)).sort();
const seedIds = (label: string) => new Set(seed.nodes.filter((n) => n.label === label).map((n) => n.id));

describe('provenance on the seed graph', () => {
  it('gives every claim link the basis the seed files give it, wherever a record lists it', async () => {
    const r = await api.gql(
      `{ messages(first: 100) { edges { node { id
          themeLinks { basis node { id } } spaceLinks { basis node { id } } evidenceLinks { basis node { id } } } } }
         spaces(first: 100) { edges { node { id themeLinks { basis node { id } } messageLinks { basis node { id } } } } }
         organisations(first: 100) { edges { node { id placeLinks { basis node { id } } themeLinks { basis node { id } } } } } }`,
      {},
      ADMIN,
    );
    expect(r.errors).toBeUndefined();
    // One statement per root field, the link lists included.
    expect(r.statements).toBe(3);
    const nodes = (k: string, label: string) =>
      (r.data![k].edges as Array<{ node: Record<string, any> }>)
        .map((e) => e.node)
        .filter((n) => seedIds(label).has(n.id));
    const pick = (list: Record<string, any>[], field: string) =>
      apiLinks(list.map((n) => ({ id: n.id, links: n[field] })));
    const messages = nodes('messages', 'Message');
    expect(pick(messages, 'themeLinks')).toEqual(seedLinks('ADDRESSES'));
    expect(pick(messages, 'spaceLinks')).toEqual(seedLinks('CARRIED_IN'));
    expect(pick(messages, 'evidenceLinks')).toEqual(seedLinks('SUPPORTS', true));
    const spaces = nodes('spaces', 'Space');
    expect(pick(spaces, 'themeLinks')).toEqual(seedLinks('COVERS'));
    expect(pick(spaces, 'messageLinks')).toEqual(seedLinks('CARRIED_IN', true));
    const orgs = nodes('organisations', 'Organisation');
    expect(pick(orgs, 'placeLinks')).toEqual(seedLinks('BASED_IN'));
    expect(pick(orgs, 'themeLinks')).toEqual(seedLinks('WORKS_ON'));
    // Both bases occur, so the comparison is not vacuous.
    expect(pick(messages, 'themeLinks').some((l) => l.endsWith('EDITORIAL'))).toBe(true);
    expect(pick(messages, 'themeLinks').some((l) => l.endsWith('RECORD'))).toBe(true);
  });

  it('says where each record comes from: its sections, or example data', async () => {
    const r = await api.gql(
      `{ message(id: "decriminalisation") { provenance { origin sections { id order title(language: "en") } addedBy addedAt } }
         spaces(place: "lille", first: 5) { edges { node { id example provenance { origin sections { id } } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.message.provenance).toEqual({
      origin: 'RECORD',
      sections: [{ id: 'advocacy', order: 8, title: 'Advocacy – linking advocacy agendas together' }],
      addedBy: null,
      addedAt: null,
    });
    expect(r.data!.spaces.edges.map((e: any) => e.node)).toEqual([
      { id: 'lille-city-council', example: true, provenance: { origin: 'EXAMPLE', sections: [] } },
    ]);
  });

  it('counts record links only when asked: hiv and sex work share one message by the record, five with editorial links', async () => {
    const shared = async (recordOnly: boolean) =>
      (
        await api.gql(
          `query($r: Boolean!) { sharedMessages(themes: ["hiv", "sex-work"], recordOnly: $r) { totalCount
             edges { node { id } matchedThemeLinks { basis node { id } } } } }`,
          { r: recordOnly },
        )
      ).data!.sharedMessages;
    const all = await shared(false);
    expect(all.totalCount).toBe(5);
    // Four of the five reach HIV by an editorial link, as the seed files say.
    const hivEditorial = all.edges.filter((e: any) =>
      e.matchedThemeLinks.some((l: any) => l.node.id === 'hiv' && l.basis === 'EDITORIAL'),
    );
    expect(hivEditorial).toHaveLength(4);
    const record = await shared(true);
    expect(record).toEqual({
      totalCount: 1,
      edges: [
        {
          node: { id: 'hiv-advocacy' },
          matchedThemeLinks: [
            { basis: 'RECORD', node: { id: 'hiv' } },
            { basis: 'RECORD', node: { id: 'sex-work' } },
          ],
        },
      ],
    });
    const seedRecord = new Set(
      seed.relationships
        .filter((x) => x.type === 'ADDRESSES' && x.props.basis === 'RECORD' && x.to.id === 'hiv')
        .map((x) => x.from.id),
    );
    expect([...seedRecord].filter((m) => seedLinks('ADDRESSES').includes(`${m} sex-work RECORD`))).toEqual([
      'hiv-advocacy',
    ]);
  });

  it('makes decriminalisation the most bridging message only with editorial links', async () => {
    const ALL = ['migration', 'srhr', 'harm-reduction', 'hiv', 'violence', 'sex-work', 'trafficking'];
    const top = async (recordOnly: boolean) =>
      (
        await api.gql(
          `query($t: [ID!]!, $r: Boolean!) { sharedMessages(themes: $t, minThemes: 2, first: 1, recordOnly: $r) {
             edges { node { id } matchedThemes { id } } } }`,
          { t: ALL, r: recordOnly },
        )
      ).data!.sharedMessages.edges[0];
    expect(await top(false)).toEqual({
      node: { id: 'decriminalisation' },
      matchedThemes: [{ id: 'harm-reduction' }, { id: 'hiv' }, { id: 'sex-work' }, { id: 'violence' }],
    });
    const record = await top(true);
    expect(record.matchedThemes).toHaveLength(3);
    expect(record.node.id).not.toBe('decriminalisation');
  });

  it('leaves example spaces and editorial links out of record-only advocacySpaces and intersectionGraph', async () => {
    const r = await api.gql(
      `{ all: advocacySpaces(place: "lille", themes: ["migration"], first: 3) { space { id example } }
         record: advocacySpaces(place: "lille", themes: ["migration"], recordOnly: true) { space { id } }
         graph: intersectionGraph(themes: ["hiv", "sex-work"], includeSpaces: true) { edges { kind basis } }
         recordGraph: intersectionGraph(themes: ["hiv", "sex-work"], includeSpaces: true, recordOnly: true) {
           nodes { id: recordId kind } edges { kind basis weight } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.all.map((s: any) => s.space.example)).toEqual([true, true, true]);
    // Every space of the seed is example data or carries messages by editorial links only (seeds/spaces.yaml).
    expect(r.data!.record).toEqual([]);
    const bases = (edges: any[], kind: string) => [
      ...new Set(edges.filter((e) => e.kind === kind).map((e) => e.basis)),
    ];
    expect(bases(r.data!.graph.edges, 'ADDRESSES').sort()).toEqual(['EDITORIAL', 'RECORD']);
    expect(bases(r.data!.graph.edges, 'CARRIED_IN')).toEqual(['EDITORIAL']);
    expect(bases(r.data!.graph.edges, 'SHARES')).toEqual([null]);
    expect(bases(r.data!.recordGraph.edges, 'ADDRESSES')).toEqual(['RECORD']);
    expect(r.data!.recordGraph.edges.filter((e: any) => e.kind === 'CARRIED_IN')).toEqual([]);
    expect(r.data!.recordGraph.edges.find((e: any) => e.kind === 'SHARES').weight).toBe(1);
    expect(r.data!.recordGraph.nodes.filter((n: any) => n.kind === 'MESSAGE')).toEqual([
      { id: 'hiv-advocacy', kind: 'MESSAGE' },
    ]);
  });

  it('answers the same intersection graph whether or not the basis is asked (it is read only when asked)', async () => {
    const graph = (recordOnly: boolean, basis: string) =>
      `intersectionGraph(themes: ["hiv", "sex-work", "migration"], includeSpaces: true, recordOnly: ${recordOnly}) {
         nodes { id } edges { source target kind weight ${basis} } }`;
    const r = await api.gql(
      `{ all: ${graph(false, 'basis')} allPlain: ${graph(false, '')}
         record: ${graph(true, 'basis')} recordPlain: ${graph(true, '')} }`,
    );
    expect(r.errors).toBeUndefined();
    const withoutBasis = (g: any) => ({ nodes: g.nodes, edges: g.edges.map(({ basis: _, ...e }: any) => e) });
    expect(r.data!.allPlain).toEqual(withoutBasis(r.data!.all));
    expect(r.data!.recordPlain).toEqual(withoutBasis(r.data!.record));
    expect(r.data!.record.edges.length).toBeGreaterThan(0);
    expect(r.data!.record.edges.length).toBeLessThan(r.data!.all.edges.length);
  });

  it('says who added a record through the API and when, to signed-in readers only; a write sets the basis of its links', async () => {
    const before = Date.now();
    const created = await api.gql(
      `mutation($i: CreateMessageInput!) { createMessage(input: $i) { id
         provenance { origin sections { id } addedBy addedAt } themeLinks { basis node { id } } } }`,
      {
        i: {
          id: `${P}-m`,
          text: 'Un message de l’équipe',
          language: 'fr',
          themes: ['hiv'],
          basis: 'RECORD',
          visibility: 'PUBLIC',
        },
      },
      EDITOR,
    );
    expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
    const after = Date.now();
    const m = created.data!.createMessage;
    expect(m.provenance).toMatchObject({ origin: 'TEAM', sections: [], addedBy: 'Lille team' });
    // Written while the mutation ran (Neo4j's clock is this machine's, to the millisecond).
    const at = new Date(m.provenance.addedAt).getTime();
    expect(at, m.provenance.addedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(at, m.provenance.addedAt).toBeLessThanOrEqual(after + 1000);
    expect(m.themeLinks).toEqual([{ basis: 'RECORD', node: { id: 'hiv' } }]);
    const anonymous = await api.gql(`{ message(id: "${P}-m") { provenance { origin addedBy addedAt } } }`);
    expect(anonymous.data!.message.provenance).toEqual({
      origin: 'TEAM',
      addedBy: null,
      addedAt: m.provenance.addedAt,
    });
  });
});
