// What a pack says of its sources, on a graph this file owns: example records and editorial links are marked and
// counted, and a record-only pack holds record links and non-example records only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toMarkdown } from '../../src/briefing/markdown.js';
import { ANONYMOUS } from '../../src/domain/viewer.js';
import { briefingPack } from '../../src/graphql/queries/briefing-pack.js';
import { createFixture, dropFixture } from '../support/fixture.js';
import { testApi, uid, type TestApi } from '../support/api.js';

const P = uid('bpp');
const id = (s: string) => `${P}-${s}`;
let api: TestApi;

/** type from to [basis]: RECORD unless said. */
const LINKS = `
  ADDRESSES m-rec a
  ADDRESSES m-rec b
  ADDRESSES m-ed a
  ADDRESSES m-ed b EDITORIAL
  ADDRESSES m-ex a
  SUPPORTS q m-rec EDITORIAL
  LOCATED_IN s-rec city
  LOCATED_IN s-ex city
  CARRIED_IN m-rec s-rec
  CARRIED_IN m-ed s-rec EDITORIAL
  CARRIED_IN m-rec s-ex
  BASED_IN o city EDITORIAL
  WORKS_ON o a`;

beforeAll(async () => {
  api = await testApi();
  const example = { example: true };
  await createFixture(
    api.db,
    [
      { label: 'Theme', id: id('a'), texts: { en: 'Theme A' } },
      { label: 'Theme', id: id('b'), texts: { en: 'Theme B' } },
      { label: 'Message', id: id('m-rec'), texts: { en: 'Both by the record' } },
      { label: 'Message', id: id('m-ed'), texts: { en: 'B by the team' } },
      { label: 'Message', id: id('m-ex'), texts: { en: 'An example message' }, props: example },
      { label: 'Evidence', id: id('q'), texts: { en: 'A lesson' }, props: { kind: 'LESSON' } },
      { label: 'Place', id: id('city'), texts: { en: 'City' }, props: { kind: 'CITY', countryCode: 'FR' } },
      { label: 'Space', id: id('s-rec'), texts: { en: 'Council' }, props: { level: 'LOCAL' } },
      { label: 'Space', id: id('s-ex'), texts: { en: 'Example agency' }, props: { level: 'LOCAL', ...example } },
      { label: 'Organisation', id: id('o'), texts: { en: 'Partner' }, props: { kind: 'ASSOCIATION' } },
    ],
    LINKS.trim()
      .split('\n')
      .map((line) => {
        const [type, from, to, basis] = line.trim().split(' ');
        return { type, from: id(from), to: id(to), basis: basis as 'EDITORIAL' | undefined };
      }),
  );
});

afterAll(async () => {
  await dropFixture(api.db, P);
  await api.close();
});

const PACK = `query($themes: [ID!]!, $place: ID, $recordOnly: Boolean) {
  briefingPack(themes: $themes, place: $place, language: "en", recordOnly: $recordOnly) {
    recordOnly provenance { items examples recordLinks editorialLinks }
    sharedMessages { messages { id: recordId example themes editorialThemes evidence { id: recordId basis } } }
    themeMessages { theme { id: recordId } messages { id: recordId example editorialThemes } }
    spaces { id: recordId example matchedMessages editorialMessages }
    partners { id: recordId local themes editorialThemes basedInLinks { basis name { text } } }
  }
}`;

const pack = async (recordOnly?: boolean) => {
  // Left out when not given: the default is every link.
  const r = await api.gql(PACK, {
    themes: [id('a'), id('b')],
    place: id('city'),
    ...(recordOnly ? { recordOnly } : {}),
  });
  expect(r.errors).toBeUndefined();
  expect(r.statements).toBe(1);
  return r.data!.briefingPack;
};

describe('a pack says where it comes from', () => {
  it('marks each example record and the basis of each link it shows, and counts them', async () => {
    const p = await pack();
    expect(p.recordOnly).toBe(false);
    expect(p.sharedMessages[0].messages).toEqual([
      { id: id('m-ed'), example: false, themes: [id('a'), id('b')], editorialThemes: [id('b')], evidence: [] },
      {
        id: id('m-rec'),
        example: false,
        themes: [id('a'), id('b')],
        editorialThemes: [],
        evidence: [{ id: id('q'), basis: 'EDITORIAL' }],
      },
    ]);
    expect(p.themeMessages[0].messages).toEqual([{ id: id('m-ex'), example: true, editorialThemes: [] }]);
    expect(p.spaces).toEqual([
      { id: id('s-rec'), example: false, matchedMessages: [id('m-ed'), id('m-rec')], editorialMessages: [id('m-ed')] },
      { id: id('s-ex'), example: true, matchedMessages: [id('m-rec')], editorialMessages: [] },
    ]);
    expect(p.partners).toEqual([
      {
        id: id('o'),
        local: true,
        themes: [id('a')],
        editorialThemes: [],
        basedInLinks: [{ basis: 'EDITORIAL', name: { text: 'City' } }],
      },
    ]);
    // 2 themes, 3 messages, 1 evidence, 2 spaces, 1 partner; links: message-theme 4 R + 1 E, evidence 1 E,
    // space-message 2 R + 1 E, partner place 1 E and theme 1 R.
    expect(p.provenance).toEqual({ items: 9, examples: 2, recordLinks: 7, editorialLinks: 4 });

    const md = toMarkdown(
      await briefingPack(
        { db: api.db, viewer: ANONYMOUS },
        { themes: [id('a'), id('b')], place: id('city'), language: 'en' },
      ),
    );
    expect(md).toContain('- `EDITORIAL: Theme B` **B by the team**');
    expect(md).toContain('- **Both by the record**\n  - `LESSON` `EDITORIAL` “A lesson”');
    expect(md).toContain('- `EXAMPLE` **An example message**');
    expect(md).toContain('  - `EDITORIAL` B by the team\n  - Both by the record\n');
    expect(md).toContain('- `EXAMPLE` **Example agency**');
    expect(md).toContain('| Partner | Association | `EDITORIAL` City | Theme A |');
    expect(md).toContain(
      '> 9 items in this pack, 2 of them example data (marked EXAMPLE); of the 11 links it shows, 7 stated by the workshop record and 4 added by the team (marked EDITORIAL).',
    );
  });

  it('asked record-only, holds only record links and no example record', async () => {
    const p = await pack(true);
    expect(p.recordOnly).toBe(true);
    expect(p.sharedMessages).toEqual([
      {
        messages: [{ id: id('m-rec'), example: false, themes: [id('a'), id('b')], editorialThemes: [], evidence: [] }],
      },
    ]);
    // B's link is editorial: the message is A's alone; the example message is gone.
    expect(p.themeMessages.map((s: any) => [s.theme.id, s.messages.map((m: any) => m.id)])).toEqual([
      [id('a'), [id('m-ed')]],
      [id('b'), []],
    ]);
    expect(p.spaces).toEqual([
      { id: id('s-rec'), example: false, matchedMessages: [id('m-rec')], editorialMessages: [] },
    ]);
    // Found by its record link to theme A; its only place is an editorial link, so it is not local.
    expect(p.partners).toEqual([
      { id: id('o'), local: false, themes: [id('a')], editorialThemes: [], basedInLinks: [] },
    ]);
    expect(p.provenance).toEqual({ items: 6, examples: 0, recordLinks: 5, editorialLinks: 0 });
  });
});
