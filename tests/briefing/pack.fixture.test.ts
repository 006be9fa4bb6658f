// briefingPack on a graph this file owns: grouping, evidence, ranking shared with advocacySpaces, partners,
// visibility (a pack never holds what the caller may not see), language fallback, errors, one statement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, dropFixture } from '../support/fixture.js';
import { testApi, uid, type TestApi } from '../support/api.js';

const P = uid('bp');
const id = (s: string) => `${P}-${s}`;
const STAFF = { role: 'viewer' as const, label: 'test' };
let api: TestApi;

beforeAll(async () => {
  api = await testApi();
  await createFixture(
    api.db,
    [
      { label: 'Theme', id: id('a'), texts: { fr: 'Thème A', en: 'Theme A' } },
      { label: 'Theme', id: id('b'), texts: { fr: 'Thème B', en: 'Theme B' } },
      { label: 'Theme', id: id('c'), texts: { fr: 'Thème C' } },
      { label: 'Message', id: id('abc'), texts: { fr: 'Message ABC', en: 'Message ABC en' } },
      { label: 'Message', id: id('ab1'), texts: { fr: 'Message AB', en: 'Message AB en' } },
      { label: 'Message', id: id('ab2'), visibility: 'INTERNAL', texts: { fr: 'MARQUEUR-INTERNE message' } },
      { label: 'Message', id: id('a1'), texts: { fr: 'Message A seul' } },
      {
        label: 'Message',
        id: id('b1'),
        texts: { fr: 'Message B seul', en: 'Message B only', ru: 'Сообщение Б', zh: '消息乙' },
      },
      { label: 'Evidence', id: id('q1'), texts: { fr: 'Une citation', en: 'A quote' }, props: { kind: 'QUOTE' } },
      {
        label: 'Evidence',
        id: id('e2'),
        visibility: 'INTERNAL',
        texts: { fr: 'MARQUEUR-INTERNE leçon' },
        props: { kind: 'LESSON' },
      },
      { label: 'Place', id: id('country'), texts: { fr: 'Pays' }, props: { kind: 'COUNTRY', countryCode: 'FR' } },
      {
        label: 'Place',
        id: id('city'),
        texts: { fr: 'Ville', en: 'City' },
        props: { kind: 'CITY', countryCode: 'FR' },
      },
      { label: 'Place', id: id('other'), texts: { fr: 'Ailleurs' }, props: { kind: 'CITY', countryCode: 'MG' } },
      { label: 'Space', id: id('s-local'), texts: { fr: 'Conseil local' }, props: { level: 'LOCAL' } },
      {
        label: 'Space',
        id: id('s-un'),
        texts: { fr: 'Comité ONU', en: 'UN Committee' },
        props: { level: 'INTERNATIONAL' },
      },
      { label: 'Space', id: id('s-elsewhere'), texts: { fr: 'Conseil ailleurs' }, props: { level: 'LOCAL' } },
      {
        label: 'Organisation',
        id: id('org-city'),
        texts: { fr: 'Association de la ville' },
        props: { kind: 'ASSOCIATION' },
      },
      { label: 'Organisation', id: id('org-theme'), texts: { fr: 'Réseau C' }, props: { kind: 'ASSOCIATION' } },
      {
        label: 'Organisation',
        id: id('org-far'),
        texts: { fr: 'Association lointaine' },
        props: { kind: 'ASSOCIATION' },
      },
      {
        label: 'Organisation',
        id: id('org-hidden'),
        visibility: 'INTERNAL',
        texts: { fr: 'MARQUEUR-INTERNE org' },
        props: { kind: 'PROGRAMME' },
      },
      {
        label: 'Risk',
        id: id('risk'),
        visibility: 'INTERNAL',
        field: 'text',
        texts: { fr: 'MARQUEUR-INTERNE risque', en: 'Internal risk' },
      },
    ],
    [
      ...['abc', 'ab1', 'ab2'].flatMap((m) => [
        { type: 'ADDRESSES', from: id(m), to: id('a') },
        { type: 'ADDRESSES', from: id(m), to: id('b') },
      ]),
      { type: 'ADDRESSES', from: id('abc'), to: id('c') },
      { type: 'ADDRESSES', from: id('a1'), to: id('a') },
      { type: 'ADDRESSES', from: id('b1'), to: id('b') },
      { type: 'SUPPORTS', from: id('q1'), to: id('ab1') },
      { type: 'SUPPORTS', from: id('e2'), to: id('ab1') },
      { type: 'VOICED_BY', from: id('q1'), to: id('org-city') },
      { type: 'PART_OF', from: id('city'), to: id('country') },
      { type: 'LOCATED_IN', from: id('s-local'), to: id('city') },
      { type: 'LOCATED_IN', from: id('s-elsewhere'), to: id('other') },
      ...['ab1', 'ab2', 'abc'].map((m) => ({ type: 'CARRIED_IN', from: id(m), to: id('s-local') })),
      ...['ab1', 'a1'].map((m) => ({ type: 'CARRIED_IN', from: id(m), to: id('s-un') })),
      { type: 'CARRIED_IN', from: id('ab1'), to: id('s-elsewhere') },
      { type: 'BASED_IN', from: id('org-city'), to: id('city') },
      { type: 'BASED_IN', from: id('org-far'), to: id('other') },
      { type: 'BASED_IN', from: id('org-hidden'), to: id('city') },
      { type: 'WORKS_ON', from: id('org-theme'), to: id('c') },
      { type: 'CONCERNS', from: id('risk'), to: id('a') },
    ],
  );
});

afterAll(async () => {
  await dropFixture(api.db, P);
  await api.close();
});

// Records by their own ids (recordId): a pack's ids hold its arguments too.
const PACK = `query($themes: [ID!]!, $place: ID, $language: String) {
  briefingPack(themes: $themes, place: $place, language: $language) {
    title date language fallbacks
    place { id: recordId name { text language fallback } countryCode }
    themes { id: recordId visibility name { text language fallback } }
    sharedMessages { themeCount messages { id: recordId visibility themes text { text language fallback }
      evidence { id: recordId kind sensitive visibility text { text fallback } voicedBy { text } } } }
    themeMessages { theme { id: recordId } messages { id: recordId text { text language fallback } } }
    spaces { id: recordId level score matchedMessages name { text fallback } place { text } }
    partners { id: recordId kind local themes name { text } basedIn { text } }
    safety { note internal restricted sensitiveEvidence risks { id: recordId text { text } } }
  }
}`;

const pack = async (vars: Record<string, unknown>, viewer?: typeof STAFF) => {
  const r = await api.gql(PACK, { themes: [id('a'), id('b'), id('c')], place: id('city'), ...vars }, viewer);
  expect(r.errors).toBeUndefined();
  expect(r.statements).toBe(1);
  return r.data!.briefingPack;
};

describe('briefingPack on a fixture', () => {
  it("puts shared messages first, grouped by how many themes they bridge, then each theme's own, in one statement", async () => {
    const p = await pack({ language: 'en' });
    expect(p.themes.map((t: any) => t.id)).toEqual([id('a'), id('b'), id('c')]);
    expect(p.sharedMessages.map((g: any) => [g.themeCount, g.messages.map((m: any) => m.id)])).toEqual([
      [3, [id('abc')]],
      [2, [id('ab1')]],
    ]);
    expect(p.sharedMessages[1].messages[0].themes).toEqual([id('a'), id('b')]);
    expect(p.themeMessages.map((s: any) => [s.theme.id, s.messages.map((m: any) => m.id)])).toEqual([
      [id('a'), [id('a1')]],
      [id('b'), [id('b1')]],
      [id('c'), []],
    ]);
    expect(p.title).toBe('Briefing pack: Theme A × Theme B × Thème C · City');
    expect(p.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('holds the evidence behind each message and marks quotes as sensitive', async () => {
    const p = await pack({ language: 'en' });
    const ab1 = p.sharedMessages[1].messages[0];
    expect(ab1.evidence).toEqual([
      {
        id: id('q1'),
        kind: 'QUOTE',
        sensitive: true,
        visibility: 'PUBLIC',
        text: { text: 'A quote', fallback: false },
        voicedBy: [{ text: 'Association de la ville' }],
      },
    ]);
    expect(p.safety.sensitiveEvidence).toBe(1);
    expect(p.safety.note).toContain('quote or testimony');
  });

  it('ranks the spaces exactly as advocacySpaces does for the same themes and place', async () => {
    const p = await pack({ language: 'en' });
    const r = await api.gql(
      `query($t: [ID!], $p: ID) { advocacySpaces(themes: $t, place: $p) { score space { id } matchedMessages { id } } }`,
      { t: [id('a'), id('b'), id('c')], p: id('city') },
    );
    const expected = r.data!.advocacySpaces.map((s: any) => [
      s.space.id,
      s.score,
      s.matchedMessages.map((m: any) => m.id),
    ]);
    expect(p.spaces.map((s: any) => [s.id, s.score, s.matchedMessages])).toEqual(expected);
    expect(p.spaces.map((s: any) => s.id)).toEqual([id('s-local'), id('s-un')]);
    expect(p.spaces[0].place).toEqual({ text: 'City' });
  });

  it('lists the partners based around the place or working on the themes, local ones first', async () => {
    const p = await pack({ language: 'en' });
    expect(p.partners.map((o: any) => [o.id, o.local, o.themes])).toEqual([
      [id('org-city'), true, []],
      [id('org-theme'), false, [id('c')]],
    ]);
  });

  it('never holds what an anonymous caller may not see; staff get the internal items, counted in the safety note', async () => {
    const anonymous = await pack({ language: 'en' });
    expect(JSON.stringify(anonymous)).not.toContain('MARQUEUR-INTERNE');
    expect(JSON.stringify(anonymous)).not.toContain('INTERNAL');
    expect(anonymous.safety).toMatchObject({ internal: 0, restricted: 0, risks: [] });
    const staff = await pack({ language: 'en' }, STAFF);
    expect(staff.sharedMessages[1].messages.map((m: any) => m.id)).toEqual([id('ab1'), id('ab2')]);
    expect(staff.sharedMessages[1].messages[0].evidence.map((e: any) => e.id)).toEqual([id('e2'), id('q1')]);
    expect(staff.partners.map((o: any) => o.id)).toContain(id('org-hidden'));
    expect(staff.safety.risks).toEqual([{ id: id('risk'), text: { text: 'Internal risk' } }]);
    expect(staff.safety.internal).toBe(4);
    expect(staff.safety.note).toContain('4 internal items');
  });

  it('gives each text in the asked language and marks the fallbacks', async () => {
    const ru = await pack({ language: 'ru' });
    const b1 = ru.themeMessages[1].messages[0];
    expect(b1.text).toEqual({ text: 'Сообщение Б', language: 'ru', fallback: false });
    expect(ru.themes[0].name).toEqual({ text: 'Thème A', language: 'fr', fallback: true });
    expect(ru.language).toBe('ru');
    expect(ru.fallbacks).toBeGreaterThan(5);
    const zh = await pack({ language: 'zh-Hans' });
    expect(zh.themeMessages[1].messages[0].text).toEqual({ text: '消息乙', language: 'zh', fallback: false });
    const original = await pack({ language: null });
    expect(original.fallbacks).toBe(0);
    expect(original.themes[0].name).toEqual({ text: 'Thème A', language: 'fr', fallback: false });
  });

  it('answers bad input with BAD_USER_INPUT naming it', async () => {
    const unknown = await api.gql(PACK, { themes: [id('a'), 'no-such-theme'], place: 'nowhere' });
    expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0].message).toContain('theme "no-such-theme"');
    expect(unknown.errors?.[0].message).toContain('place "nowhere"');
    for (const vars of [{ themes: [] }, { themes: [id('a')], language: 'not a language!' }]) {
      const r = await api.gql(PACK, vars);
      expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
