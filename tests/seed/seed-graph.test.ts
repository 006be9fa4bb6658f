// The seed graph as stored in Neo4j, checked against the workshop record fact by fact, and loaded twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/db.js';
import { loadSeed, readSeed } from '../../src/graph-data/seed.js';
import { BLOCK_MESSAGES, PAIRINGS, PEER_STANDARDS } from './record.js';
import { graphChecksum, testDb } from './support.js';

// Only the seed's own nodes (createdBy 'seed'): other test files apply documents of their own in parallel.
let db: Db;
beforeAll(async () => {
  db = await testDb();
  await loadSeed(db);
});
afterAll(async () => {
  await db.driver.close();
});

const RANK = { PUBLIC: 0, INTERNAL: 1, RESTRICTED: 2 } as const;
type Vis = keyof typeof RANK;
const text = async (label: string, id: string, field: string, lang: string) =>
  (
    await db.raw<{ v: string }>(
      `MATCH (n:${label} {id: $id})-[:HAS_TEXT]->(t:Text {field: $field, lang: $lang}) RETURN t.value AS v`,
      { id, field, lang },
      'READ',
    )
  )[0]?.v;
const one = async <T>(cypher: string, params: Record<string, unknown> = {}) =>
  (await db.raw<T>(cypher, params, 'READ'))[0];

describe('the seed graph holds the record', () => {
  it('has every message of the three "+ TdS" blocks in French and English, with its themes', async () => {
    for (const m of BLOCK_MESSAGES) {
      const row = await one<{ vis: string; fr: string; frOriginal: boolean; en: string; themes: string[] }>(
        `MATCH (m:Message {id: $id})
         MATCH (m)-[:HAS_TEXT]->(fr:MessageText:Text {field: 'text', lang: 'fr'})
         MATCH (m)-[:HAS_TEXT]->(en:MessageText:Text {field: 'text', lang: 'en'})
         RETURN m.visibility AS vis, fr.value AS fr, fr.original AS frOriginal, en.value AS en,
                [(m)-[a:ADDRESSES {basis: 'RECORD'}]->(t:Theme) | t.id] AS themes`,
        { id: m.id },
      );
      expect(row, m.id).toBeDefined();
      expect(row.fr).toMatch(m.fr);
      expect(row.frOriginal).toBe(true);
      expect(row.en.length).toBeGreaterThan(3);
      expect(row.en).not.toBe(row.fr);
      expect(row.themes.sort(), m.id).toEqual([...m.themes].sort());
      expect(row.vis).toBe('PUBLIC');
    }
  });

  it('marks well-established extra links as editorial (decriminalisation is also an HIV message)', async () => {
    const basis = await one<{ b: string }>(
      `MATCH (:Message {id: 'decriminalisation'})-[a:ADDRESSES]->(:Theme {id: 'hiv'}) RETURN a.basis AS b`,
    );
    expect(basis.b).toBe('EDITORIAL');
  });

  it('has the four field pairings, visiting country team to French city', async () => {
    const rows = await db.raw<{ programme: string; site: string; code: string }>(
      `MATCH (p:Pairing)-[:PROGRAMME]->(c:Place {kind: 'COUNTRY'}), (p)-[:SITE]->(s:Place {kind: 'CITY'})-[:PART_OF]->(:Place {id: 'france'})
       WHERE p.seeded AND p.createdBy = 'seed' RETURN c.id AS programme, s.id AS site, s.countryCode AS code`,
      {},
      'READ',
    );
    expect(
      rows.map(({ programme, site }) => ({ programme, site })).sort((a, b) => a.site.localeCompare(b.site)),
    ).toEqual([...PAIRINGS].sort((a, b) => a.site.localeCompare(b.site)));
    expect(new Set(rows.map((r) => r.code))).toEqual(new Set(['FR']));
  });

  it('dates Roses d’Acier to 2014 and Yagodki to 2019, with what the record says of them', async () => {
    const orgs = await db.raw<{ id: string; founded: number; kind: string }>(
      `MATCH (o:Organisation) WHERE o.id IN ['roses-d-acier', 'yagodki'] RETURN o.id AS id, o.founded AS founded, o.kind AS kind ORDER BY id`,
      {},
      'READ',
    );
    expect(orgs).toEqual([
      { id: 'roses-d-acier', founded: 2014, kind: 'ASSOCIATION' },
      { id: 'yagodki', founded: 2019, kind: 'ASSOCIATION' },
    ]);
    expect(await text('Organisation', 'roses-d-acier', 'aims', 'fr')).toMatch(
      /droits des travailleuses du sexe chinoises en France/,
    );
    expect(await text('Organisation', 'roses-d-acier', 'description', 'fr')).toMatch(/Cours de français.*urgence/);
    expect(await text('Organisation', 'yagodki', 'aims', 'fr')).toMatch(/reconnaissance/);
  });

  it('has the five peer-worker standards, approved by the management committee and awaiting the board', async () => {
    const rows = await db.raw<{ fr: string; status: string }>(
      `MATCH (p:Principle {kind: 'PEER_STANDARD'})-[:HAS_TEXT]->(t:PrincipleText {field: 'text', lang: 'fr'})
       WHERE p.seeded AND p.createdBy = 'seed' RETURN t.value AS fr, p.status AS status`,
      {},
      'READ',
    );
    expect(rows.map((r) => r.fr).sort()).toEqual([...PEER_STANDARDS].sort());
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['AWAITING_BOARD_APPROVAL']));
  });

  it('keeps "demandes d’abstinence = improductif" and "la drogue m’aide à tenir" as harm-reduction evidence', async () => {
    const rows = await db.raw<{ fr: string; en: string; themes: string[]; supports: string[] }>(
      `MATCH (e:Evidence)-[:HAS_TEXT]->(t:EvidenceText {field: 'text', lang: 'fr'}), (e)-[:HAS_TEXT]->(en:EvidenceText {field: 'text', lang: 'en'})
       WHERE e.seeded AND e.createdBy = 'seed' AND (toLower(t.value) CONTAINS 'abstinence' OR toLower(t.value) CONTAINS 'drogue')
       RETURN t.value AS fr, en.value AS en, [(e)-[:ABOUT]->(th:Theme) | th.id] AS themes, [(e)-[:SUPPORTS]->(m:Message) | m.id] AS supports`,
      {},
      'READ',
    );
    const abstinence = rows.find((r) => /demandes d.abstinence = improductif/i.test(r.fr));
    const drugs = rows.find((r) => /la drogue m.aide à tenir/i.test(r.fr));
    for (const e of [abstinence, drugs]) {
      expect(e).toBeDefined();
      expect(e!.themes).toContain('harm-reduction');
      expect(e!.supports).toContain('same-harm-reduction-philosophy');
    }
    expect(abstinence!.en).toMatch(/abstinence = unproductive/i);
  });

  it('has the six follow-up actions and the record’s themes', async () => {
    expect(
      (await one<{ c: number }>(`MATCH (p:Perspective) WHERE p.seeded AND p.createdBy = 'seed' RETURN count(p) AS c`))
        .c,
    ).toBe(6);
    expect(await text('Perspective', 'minors-selling-sex-consultancy', 'text', 'fr')).toMatch(
      /mineurEs qui vendent du sexe/,
    );
    expect(await text('Theme', 'cervical-cancer', 'name', 'fr')).toBe('Cancer du col de l’utérus');
  });

  it('places cities in their country with ISO codes', async () => {
    const rows = await db.raw<{ id: string; code: string; country: string }>(
      `MATCH (c:Place {kind: 'CITY'})-[:PART_OF]->(k:Place {kind: 'COUNTRY'}) WHERE c.seeded AND c.createdBy = 'seed' RETURN c.id AS id, c.countryCode AS code, k.countryCode AS country`,
      {},
      'READ',
    );
    expect(rows.length).toBe(4);
    for (const r of rows) expect(r.code).toBe(r.country);
    const codes = await db.raw<{ id: string; code: string }>(
      `MATCH (p:Place {kind: 'COUNTRY'}) WHERE p.seeded AND p.createdBy = 'seed' RETURN p.id AS id, p.countryCode AS code ORDER BY id`,
      {},
      'READ',
    );
    expect(Object.fromEntries(codes.map((c) => [c.id, c.code]))).toEqual({
      ethiopia: 'ET',
      france: 'FR',
      madagascar: 'MG',
      myanmar: 'MM',
      russia: 'RU',
      tanzania: 'TZ',
    });
  });

  it('seeds advocacy spaces at every level, example data apart from MdM’s own bodies, each carrying messages', async () => {
    const rows = await db.raw<{ id: string; level: string; example: boolean; messages: number; places: number }>(
      `MATCH (s:Space) WHERE s.seeded AND s.createdBy = 'seed' RETURN s.id AS id, s.level AS level, s.example AS example,
         COUNT { (:Message)-[:CARRIED_IN]->(s) } AS messages, COUNT { (s)-[:LOCATED_IN]->(:Place) } AS places`,
      {},
      'READ',
    );
    expect(new Set(rows.map((r) => r.level))).toEqual(
      new Set(['LOCAL', 'REGIONAL', 'NATIONAL', 'INTERNATIONAL', 'INTERNAL']),
    );
    for (const r of rows) {
      expect(r.messages, r.id).toBeGreaterThan(0);
      expect(r.example, r.id).toBe(r.level !== 'INTERNAL');
      if (r.level === 'LOCAL' || r.level === 'REGIONAL') expect(r.places, r.id).toBe(1);
    }
    expect(rows.find((r) => r.id === 'mdm-thematic-committees')?.example).toBe(false);
  });

  it('holds none of the links and facts the corrections of issue 12 removed, on a graph seeded before them too', async () => {
    const stale = await db.raw<{ r: string }>(
      `MATCH (e:Evidence)-[r:SUPPORTS]->(:Message {id: 'decriminalisation'}) WHERE e.id IN ['too-much-visibility-client-penalisation', 'abstinence-demands-counterproductive'] RETURN e.id AS r
       UNION MATCH (:Evidence {id: 'money-not-basis-of-partnership'})-[:VOICED_BY]->(o) RETURN o.id AS r
       UNION MATCH (k:Risk)-[:CONCERNS]->(:Organisation {id: 'yagodki'}) WHERE k.id <> 'identification-in-registers' RETURN k.id AS r
       UNION MATCH (o:Organisation {id: 'mdm'}) WHERE o.founded IS NOT NULL RETURN 'mdm.founded' AS r`,
      {},
      'READ',
    );
    expect(stale).toEqual([]);
  });

  it('says where every node comes from', async () => {
    const orphans = await db.raw<{ id: string }>(
      `MATCH (n) WHERE n.seeded AND n.createdBy = 'seed' AND NOT n:Source AND NOT n:Section AND NOT n.example AND NOT (n)-[:FROM_SECTION]->(:Section)-[:PART_OF]->(:Source)
       RETURN n.id AS id`,
      {},
      'READ',
    );
    expect(orphans).toEqual([]);
  });
});

describe('visibility', () => {
  const vis = async (label: string, id: string) =>
    (await one<{ v: Vis }>(`MATCH (n:${label} {id: $id}) RETURN n.visibility AS v`, { id })).v;

  it('keeps themes and key messages public', async () => {
    const rows = await db.raw<{ v: string }>(
      `MATCH (n) WHERE (n:Theme OR n:Message) AND n.seeded AND n.createdBy = 'seed' RETURN DISTINCT n.visibility AS v`,
      {},
      'READ',
    );
    expect(rows).toEqual([{ v: 'PUBLIC' }]);
  });

  it('keeps difficulties, risks, internal assessments and what could identify people at least internal', async () => {
    const low = await db.raw<{ id: string }>(
      `MATCH (n) WHERE n.seeded AND n.createdBy = 'seed' AND n.visibility = 'PUBLIC' AND (n:Risk OR (n:Evidence AND n.kind IN ['DIFFICULTY', 'TESTIMONY', 'QUOTE'])) RETURN n.id AS id`,
      {},
      'READ',
    );
    expect(low).toEqual([]);
    expect(RANK[await vis('Evidence', 'mdm-imposes-procedures')]).toBeGreaterThanOrEqual(RANK.INTERNAL);
    expect(RANK[await vis('Organisation', 'yagodki')]).toBeGreaterThanOrEqual(RANK.INTERNAL);
    expect(await vis('Risk', 'identification-in-registers')).toBe('RESTRICTED');
    expect(await vis('Evidence', 'yagodki-no-longer-speak-out')).toBe('RESTRICTED');
    expect(await vis('Evidence', 'public-speaking-training')).toBe('RESTRICTED');
  });
});

describe('loading the seed again', () => {
  it('leaves the same graph: same counts, same checksum, nothing created or updated', async () => {
    const doc = readSeed();
    const before = await graphChecksum(db, doc);
    const again = await loadSeed(db);
    const after = await graphChecksum(db, doc);
    expect(after).toEqual(before);
    expect(before.nodes).toBe(doc.nodes.length);
    expect(before.relationships).toBe(doc.relationships.length);
    expect(before.texts).toBe(doc.nodes.reduce((s, n) => s + n.texts.length, 0));
    expect(again).toMatchObject({
      nodes: doc.nodes.length,
      relationships: doc.relationships.length,
      nodesCreated: 0,
      nodesUpdated: 0,
      relationshipsCreated: 0,
      relationshipsUpdated: 0,
    });
  });
});
