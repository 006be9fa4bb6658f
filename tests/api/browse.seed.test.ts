// Browsing every place, space, organisation and piece of evidence of the workshop graph: filters, totalCount,
// keyset cursors, one statement per field, and "did you mean" for unknown ids.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApi, type TestApi } from '../support/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await testApi();
});
afterAll(async () => {
  await api.close();
});

const nodeIds = (c: any) => c.edges.map((e: any) => e.node.id);

describe('browse connections on the workshop graph', () => {
  it('filters places by kind and by the place they are in', async () => {
    const r: any = await api.gql(
      '{ cities: places(kinds: [CITY], within: "france") { totalCount edges { node { id kind } } } regions: places(kinds: [REGION]) { totalCount } inLille: places(within: "lille") { totalCount } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.statements).toBe(3);
    expect(nodeIds(r.data.cities)).toEqual(['lille', 'montpellier', 'paris', 'rouen']);
    expect(r.data.cities.totalCount).toBe(4);
    expect(r.data.regions.totalCount).toBe(4);
    expect(r.data.inLille.totalCount).toBe(0);
  });

  it('filters spaces by level, by place with its sub-places, and by theme', async () => {
    const r: any = await api.gql(
      '{ inFrance: spaces(place: "france", levels: [LOCAL]) { totalCount edges { node { id place { id } } } } lille: spaces(place: "lille") { edges { node { id } } } onViolence: spaces(themes: ["violence"]) { edges { node { id themes { id } } } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(nodeIds(r.data.inFrance)).toEqual([
      'lille-city-council',
      'montpellier-city-council',
      'paris-council',
      'paris-public-health-directorate',
      'rouen-city-council',
    ]);
    expect(r.data.inFrance.totalCount).toBe(5);
    expect(nodeIds(r.data.lille)).toEqual(['lille-city-council']);
    for (const e of r.data.onViolence.edges) expect(e.node.themes.map((t: any) => t.id)).toContain('violence');
    expect(nodeIds(r.data.onViolence)).toContain('lille-city-council');
  });

  it('filters organisations and evidence, and anonymous readers count only what is public', async () => {
    const q =
      '{ organisations(place: "france", kinds: [PROGRAMME, ASSOCIATION]) { totalCount edges { node { id kind visibility } } } evidence(themes: ["sex-work"], kinds: [LESSON]) { totalCount edges { node { id kind visibility themes { id } } } } }';
    const anon: any = await api.gql(q);
    const staff: any = await api.gql(q, {}, { role: 'viewer', label: 'test' });
    for (const r of [anon, staff]) {
      expect(r.errors).toBeUndefined();
      expect(r.data.organisations.edges.every((e: any) => ['PROGRAMME', 'ASSOCIATION'].includes(e.node.kind))).toBe(
        true,
      );
      expect(
        r.data.evidence.edges.every(
          (e: any) => e.node.kind === 'LESSON' && e.node.themes.some((t: any) => t.id === 'sex-work'),
        ),
      ).toBe(true);
      expect(r.data.organisations.totalCount).toBe(r.data.organisations.edges.length);
      expect(r.data.evidence.totalCount).toBe(r.data.evidence.edges.length);
    }
    expect(anon.data.organisations.edges.every((e: any) => e.node.visibility === 'PUBLIC')).toBe(true);
    expect(staff.data.organisations.totalCount).toBeGreaterThan(anon.data.organisations.totalCount);
  });

  it('pages every list by keyset cursors: no gap, no duplicate, Relay page info', async () => {
    for (const field of ['places', 'spaces', 'organisations', 'evidence']) {
      const all: any = await api.gql(
        `{ ${field}(first: 100) { totalCount edges { node { id } } } }`,
        {},
        { role: 'viewer', label: 'test' },
      );
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const r: any = await api.gql(
          `query($after: String) { ${field}(first: 7, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
          { after },
          { role: 'viewer', label: 'test' },
        );
        const c = r.data[field];
        expect(c.totalCount).toBe(all.data[field].totalCount);
        expect(c.pageInfo.hasPreviousPage).toBe(after !== null);
        expect(c.pageInfo.startCursor).toBe(c.edges[0]?.cursor ?? null);
        seen.push(...nodeIds(c));
        after = c.pageInfo.hasNextPage ? c.pageInfo.endCursor : null;
        pages++;
      } while (after);
      expect(seen, field).toEqual(nodeIds(all.data[field]));
      expect(seen).toEqual([...seen].sort());
      expect(pages).toBe(Math.max(1, Math.ceil(seen.length / 7)));
    }
  }, 240_000);

  it('names an unknown id with the closest visible ids and the argument it came from', async () => {
    const r: any = await api.gql('{ spaces(place: "lile", themes: ["migraton"]) { totalCount } }');
    expect(r.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(r.errors[0].message).toContain('place "lile" (did you mean "lille"?)');
    expect(r.errors[0].extensions.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'place', id: 'lile', didYouMean: ['lille'] }),
        expect.objectContaining({ field: 'themes', id: 'migraton', didYouMean: ['migration'] }),
      ]),
    );
    const far: any = await api.gql('{ advocacySpaces(place: "atlantis") { reach } }');
    expect(far.errors[0].extensions.fields[0]).toMatchObject({ field: 'place', didYouMean: [] });
    const bad: any = await api.gql('{ places(after: "nonsense") { totalCount } }');
    expect(bad.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
