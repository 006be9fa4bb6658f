// The read API's mechanics on a graph this file owns: one statement per operation, keyset pages,
// aliases with other arguments, language fallback, visibility and error codes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, dropFixture } from '../support/fixture.js';
import { testApi, uid, type TestApi } from '../support/api.js';

const P = uid('fx');
const id = (s: string) => `${P}-${s}`;
let api: TestApi;

beforeAll(async () => {
  api = await testApi();
  const themes = ['a', 'b', 'c'].map((t) => ({
    label: 'Theme',
    id: id(t),
    texts: { fr: `Thème ${t}`, en: `Theme ${t}` },
  }));
  // m0..m24 address a and b; m0..m4 also c; h1 is INTERNAL, h2 RESTRICTED (both on a and b).
  const messages = Array.from({ length: 25 }, (_, i) => ({
    label: 'Message',
    id: id(`m${String(i).padStart(2, '0')}`),
    texts: { fr: `Message numéro ${i} préservatifs`, en: `Message number ${i} condoms` },
  }));
  const hidden = [
    { label: 'Message', id: id('h1'), visibility: 'INTERNAL', texts: { fr: 'MARQUEUR-INTERNE préservatifs' } },
    { label: 'Message', id: id('h2'), visibility: 'RESTRICTED', texts: { fr: 'MARQUEUR-RESTREINT préservatifs' } },
  ];
  const places = [
    { label: 'Place', id: id('country'), texts: { fr: 'Pays' }, props: { kind: 'COUNTRY', countryCode: 'FR' } },
    { label: 'Place', id: id('city'), texts: { fr: 'Ville' }, props: { kind: 'CITY', countryCode: 'FR' } },
    { label: 'Place', id: id('other'), texts: { fr: 'Ailleurs' }, props: { kind: 'CITY', countryCode: 'MG' } },
  ];
  const spaces = [
    { label: 'Space', id: id('s-local'), texts: { fr: 'Conseil local' }, props: { level: 'LOCAL' } },
    { label: 'Space', id: id('s-national'), texts: { fr: 'Parlement' }, props: { level: 'NATIONAL' } },
    {
      label: 'Space',
      id: id('s-un'),
      texts: { fr: 'Comité ONU', en: 'UN Committee' },
      props: { level: 'INTERNATIONAL' },
    },
    { label: 'Space', id: id('s-elsewhere'), texts: { fr: 'Conseil ailleurs' }, props: { level: 'LOCAL' } },
  ];
  const rels = [
    ...messages.flatMap((m) => [
      { type: 'ADDRESSES', from: m.id, to: id('a') },
      { type: 'ADDRESSES', from: m.id, to: id('b') },
    ]),
    ...messages.slice(0, 5).map((m) => ({ type: 'ADDRESSES', from: m.id, to: id('c') })),
    ...hidden.flatMap((m) => [
      { type: 'ADDRESSES', from: m.id, to: id('a') },
      { type: 'ADDRESSES', from: m.id, to: id('b') },
      { type: 'CARRIED_IN', from: m.id, to: id('s-local') },
    ]),
    { type: 'PART_OF', from: id('city'), to: id('country') },
    { type: 'LOCATED_IN', from: id('s-local'), to: id('city') },
    { type: 'LOCATED_IN', from: id('s-national'), to: id('country') },
    { type: 'LOCATED_IN', from: id('s-elsewhere'), to: id('other') },
    ...['m00', 'm01'].map((m) => ({ type: 'CARRIED_IN', from: id(m), to: id('s-local') })),
    ...['m00', 'm01'].map((m) => ({ type: 'CARRIED_IN', from: id(m), to: id('s-national') })),
    ...['m00', 'm01'].map((m) => ({ type: 'CARRIED_IN', from: id(m), to: id('s-un') })),
    ...['m00', 'm01', 'm02'].map((m) => ({ type: 'CARRIED_IN', from: id(m), to: id('s-elsewhere') })),
  ];
  await createFixture(api.db, [...themes, ...messages, ...hidden, ...places, ...spaces], rels);
});

afterAll(async () => {
  await dropFixture(api.db, P);
  await api.close();
});

const SHARED = `query($themes: [ID!]!, $min: Int, $first: Int, $after: String) {
  sharedMessages(themes: $themes, minThemes: $min, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id fr: text(language: "fr") en: text(language: "en-GB") themes { id } } matchedThemes { id name(language: "en") } }
  }
}`;

describe('sharedMessages on a fixture', () => {
  it('orders by matched themes then id, pages without gap or duplicate, one statement per page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const r: any = await api.gql(SHARED, { themes: [id('a'), id('b'), id('c')], min: 2, first: 7, after });
      expect(r.errors).toBeUndefined();
      expect(r.statements).toBe(1);
      const c = r.data.sharedMessages;
      expect(c.totalCount).toBe(25);
      seen.push(...c.edges.map((e: any) => e.node.id));
      pages++;
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(pages).toBe(4);
    const expected = [
      ...Array.from({ length: 5 }, (_, i) => id(`m0${i}`)),
      ...Array.from({ length: 20 }, (_, i) => id(`m${String(i + 5).padStart(2, '0')}`)),
    ];
    expect(seen).toEqual(expected);
  });

  it('lists the matched themes and serves each alias in its own language', async () => {
    const r: any = await api.gql(SHARED, { themes: [id('a'), id('c')], first: 1 });
    const e = r.data.sharedMessages.edges[0];
    expect(e.node.id).toBe(id('m00'));
    expect(e.node.fr).toBe('Message numéro 0 préservatifs');
    expect(e.node.en).toBe('Message number 0 condoms');
    expect(e.matchedThemes.map((t: any) => t.id)).toEqual([id('a'), id('c')]);
    expect(e.matchedThemes[0].name).toBe('Theme a');
    expect(r.data.sharedMessages.totalCount).toBe(5);
  });

  it('never counts or shows what an anonymous reader may not see; an admin sees it', async () => {
    const anon: any = await api.gql(SHARED, { themes: [id('a'), id('b')], first: 100 });
    expect(anon.data.sharedMessages.totalCount).toBe(25);
    expect(JSON.stringify(anon)).not.toMatch(/MARQUEUR/);
    const admin: any = await api.gql(
      SHARED,
      { themes: [id('a'), id('b')], first: 100 },
      { role: 'admin', label: 'test' },
    );
    expect(admin.data.sharedMessages.totalCount).toBe(27);
  });

  it('names unknown themes and rejects bad page sizes and cursors', async () => {
    const unknown = await api.gql(SHARED, { themes: [id('a'), id('nope')] });
    expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0].message).toContain(id('nope'));
    const big = await api.gql(SHARED, { themes: [id('a')], first: 101 });
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0].message).toContain('first');
    const cursor = await api.gql(SHARED, { themes: [id('a')], after: 'not-a-cursor' });
    expect(cursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('other root fields on a fixture', () => {
  it('theme.messages pages nested inside one statement', async () => {
    const r: any = await api.gql(
      `query($id: ID!) { theme(id: $id) { id name messages(first: 3) { totalCount edges { node { id spaces { id place { id } } } } pageInfo { hasNextPage } } } }`,
      { id: id('c') },
    );
    expect(r.errors).toBeUndefined();
    expect(r.statements).toBe(1);
    expect(r.data.theme.name).toBe('Thème c');
    expect(r.data.theme.messages.totalCount).toBe(5);
    expect(r.data.theme.messages.edges.map((e: any) => e.node.id)).toEqual([id('m00'), id('m01'), id('m02')]);
    expect(r.data.theme.messages.edges[0].node.spaces.map((s: any) => s.id)).toEqual([
      id('s-elsewhere'),
      id('s-local'),
      id('s-national'),
      id('s-un'),
    ]);
  });

  it('hidden and unknown ids are both NOT_FOUND', async () => {
    const hidden = await api.gql(`query($id: ID!) { message(id: $id) { id } }`, { id: id('h1') });
    const unknown = await api.gql(`query($id: ID!) { message(id: $id) { id } }`, { id: id('zz') });
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(hidden.errors?.[0].message.replace(id('h1'), 'X')).toBe(unknown.errors?.[0].message.replace(id('zz'), 'X'));
  });

  it('advocacySpaces puts the place first, then its country, then international; drops other places', async () => {
    const r: any = await api.gql(
      `query($place: ID, $messages: [ID!]) { advocacySpaces(place: $place, messages: $messages) { score space { id level place { id } } matchedMessages { id } } }`,
      { place: id('city'), messages: [id('m00'), id('m01')] },
    );
    expect(r.errors).toBeUndefined();
    expect(r.statements).toBe(1);
    expect(r.data.advocacySpaces.map((s: any) => s.space.id)).toEqual([id('s-local'), id('s-national'), id('s-un')]);
    expect(r.data.advocacySpaces[0].score).toBe(1);
    expect(r.data.advocacySpaces[0].matchedMessages.map((m: any) => m.id)).toEqual([id('m00'), id('m01')]);
  });

  it('advocacySpaces with no themes or messages counts every visible message each space carries', async () => {
    const r: any = await api.gql(
      `query($place: ID) { advocacySpaces(place: $place, first: 100) { score space { id } matchedMessages { id } } }`,
      { place: id('city') },
    );
    expect(r.errors).toBeUndefined();
    expect(r.statements).toBe(1);
    const mine = r.data.advocacySpaces.filter((s: any) => s.space.id.startsWith(P));
    expect(mine.map((s: any) => s.space.id)).toEqual([id('s-local'), id('s-national'), id('s-un')]);
    expect(mine[0].matchedMessages.map((m: any) => m.id)).toEqual([id('m00'), id('m01')]);
    expect(mine[0].score).toBeCloseTo(mine[1].score);
  });

  it('intersectionGraph weighs SHARES edges and only links nodes it returns', async () => {
    const r: any = await api.gql(
      `query($t: [ID!]) { intersectionGraph(themes: $t, minShared: 5, includeSpaces: true) { nodes { id kind label(language: "en") } edges { source target kind weight } } }`,
      { t: [id('a'), id('b'), id('c')] },
    );
    expect(r.errors).toBeUndefined();
    expect(r.statements).toBe(1);
    const g = r.data.intersectionGraph;
    const ids = new Set(g.nodes.map((n: any) => n.id));
    for (const e of g.edges) {
      expect(ids.has(e.source)).toBe(true);
      expect(ids.has(e.target)).toBe(true);
    }
    const shares = g.edges.filter((e: any) => e.kind === 'SHARES');
    expect(shares).toEqual([
      { source: `THEME:${id('a')}`, target: `THEME:${id('b')}`, kind: 'SHARES', weight: 25 },
      { source: `THEME:${id('a')}`, target: `THEME:${id('c')}`, kind: 'SHARES', weight: 5 },
      { source: `THEME:${id('b')}`, target: `THEME:${id('c')}`, kind: 'SHARES', weight: 5 },
    ]);
    expect(g.nodes.find((n: any) => n.id === `SPACE:${id('s-un')}`).label).toBe('UN Committee');
    expect(JSON.stringify(g)).not.toMatch(/MARQUEUR/);
    expect(JSON.stringify(g)).not.toContain(id('h1'));
    expect(JSON.stringify(g)).not.toContain(id('h2'));
  });

  it('search folds accents and hides what the reader may not see', async () => {
    const r: any = await api.gql(`{ search(text: "preservatifs numero", first: 100) { score message { id } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.statements).toBe(1);
    const ids = r.data.search.map((h: any) => h.message.id);
    expect(ids).toContain(id('m00'));
    expect(ids).not.toContain(id('h1'));
  });
});
