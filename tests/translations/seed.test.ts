// The seed's draft translations: every PUBLIC theme, message and public evidence in ru, my, mg, am and zh-Hans,
// marked DRAFT with the project as translator, in the words sex-worker-led organisations use; nothing INTERNAL
// or RESTRICTED translated; and what the coverage query and every pack say of them.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeedDir } from '../../src/graph-data/seed-files.js';
import { start, type Running } from '../../src/server.js';
import { testApi, testConfig, type TestApi } from '../support/api.js';

const LANGUAGES = ['ru', 'my', 'mg', 'am', 'zh-Hans'];
/** How each language says sex work, and words for prostitution that must never name it. */
const SEX_WORK: Record<string, { term: string; never: RegExp }> = {
  ru: { term: 'Секс-работа', never: /проститу/i },
  my: { term: 'လိင်လုပ်ငန်း', never: /ပြည့်တန်ဆာ/ },
  mg: { term: 'Asa ara-pananahana', never: /mpivaro-tena|fivarotan-tena/i },
  am: { term: 'የወሲብ ሥራ', never: /ሴተኛ አዳሪ|ዝሙት/ },
  'zh-Hans': { term: '性工作', never: /卖淫|娼/ },
};

const seed = readSeedDir('seeds');
if (!seed.doc) throw new Error(seed.errors.join('\n'));
const nodes = seed.doc.nodes;

describe('the seed files', () => {
  it('translate every text of every PUBLIC theme, message and public evidence into each language, as drafts', () => {
    const translatable = nodes.filter(
      (n) => ['Theme', 'Message', 'Evidence'].includes(n.label) && n.visibility === 'PUBLIC',
    );
    const fields = translatable.flatMap((n) =>
      n.texts.filter((t) => t.original).map((t) => `${n.label}:${n.id}.${t.field}`),
    );
    expect(fields).toHaveLength(39);
    for (const lang of LANGUAGES) {
      const drafts = nodes.flatMap((n) =>
        n.texts.filter((t) => t.lang === lang).map((t) => ({ key: `${n.label}:${n.id}.${t.field}`, t })),
      );
      expect(drafts.map((d) => d.key).sort(), lang).toEqual([...fields].sort());
      for (const { t } of drafts) {
        expect(t).toMatchObject({ original: false, status: 'DRAFT' });
        expect(t.translator).toMatch(/^advocacy-graph project \(draft, awaiting review by the .+ team/);
        expect(t.value, `${lang}: ${t.value}`).not.toMatch(SEX_WORK[lang].never);
      }
      const sexWork = nodes.find((n) => n.label === 'Theme' && n.id === 'sex-work')!;
      expect(sexWork.texts.find((t) => t.lang === lang)!.value).toContain(SEX_WORK[lang].term);
    }
  });

  it('refuse a translation of an INTERNAL record, naming the file and the entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-'));
    cpSync('seeds', dir, { recursive: true });
    writeFileSync(
      join(dir, 'translations', 'es.yaml'),
      'language: es\nstatus: DRAFT\ntranslator: test\nevidence:\n  drugs-help-me-cope:\n    text: ¡La droga me ayuda a aguantar!\n',
    );
    const read = readSeedDir(dir);
    expect(read.doc).toBeNull();
    expect(read.errors).toEqual([
      expect.stringMatching(
        /translations\/es\.yaml: entry "drugs-help-me-cope": INTERNAL: the project translates PUBLIC records only$/,
      ),
    ]);
  });
});

describe('in the seeded graph', () => {
  let api: TestApi;
  let server: Running;
  beforeAll(async () => {
    api = await testApi();
    server = await start(testConfig({ PORT: '0' }));
  });
  afterAll(async () => {
    await api.close();
    await server.close();
  });

  const coverage = async (language: string) => {
    const r = await api.gql(
      `query($l: String!) { translationCoverage(language: $l) { language texts original reviewed draft missing
        kinds { kind texts original reviewed draft missing missingTexts { recordId field } } } }`,
      { l: language },
    );
    expect(r.errors).toBeUndefined();
    return r.data!.translationCoverage;
  };

  it('coverage reports the drafts of each kind, and lists what is missing', async () => {
    // Other test files add records in parallel (never drafts in these languages): drafts are exact, totals not.
    for (const lang of ['my', 'mg', 'am', 'zh-Hans']) {
      const c = await coverage(lang);
      const kind = (k: string) => c.kinds.find((x: any) => x.kind === k);
      expect(c.language).toBe(lang);
      expect([c.draft, c.reviewed, c.original]).toEqual([39, 0, 0]);
      expect(kind('Theme')).toMatchObject({ draft: 12 });
      expect(kind('Message')).toMatchObject({ draft: 26 });
      expect(kind('Evidence')).toMatchObject({ draft: 1 });
      expect(kind('Place').missingTexts).toContainEqual({ recordId: 'lille', field: 'name' });
      expect(c.missing).toBe(c.texts - 39);
    }
    const ru = await coverage('ru');
    expect(ru.kinds.find((x: any) => x.kind === 'Theme').missingTexts.map((m: any) => m.recordId)).not.toContain('hiv');
    const fr = await coverage('fr');
    // The seed's 12 themes are French originals; other test files may add themes of their own.
    const frThemes = fr.kinds.find((x: any) => x.kind === 'Theme');
    expect(frThemes.draft).toBe(0);
    expect(frThemes.original).toBeGreaterThanOrEqual(12);
    const bad = await api.gql('{ translationCoverage(language: "not a tag") { texts } }');
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('packs mark each draft and say in a line how much of the pack is in the language', async () => {
    const r = await api.gql(
      `{ briefingPack(themes: ["migration", "sex-work"], place: "lille", language: "ru") { drafts fallbacks
          themes { name { text language fallback draft } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const pack = r.data!.briefingPack;
    expect(pack.themes[1].name).toEqual({ text: 'Секс-работа', language: 'ru', fallback: false, draft: true });
    const md = await (
      await fetch(`${server.url}/briefings/pack.md?themes=migration,sex-work&place=lille&language=ru`)
    ).text();
    expect(md).toContain('**Свобода передвижения внутри страны и борьба с торговлей людьми**‡');
    // The 2 theme names, the 19 messages (all address sex work) and the public lesson under each of the 2
    // messages it supports are drafts; the spaces, places and organisations are not translated yet.
    expect([pack.drafts, pack.fallbacks]).toEqual([23, 29]);
    expect(md).toContain(
      '**Перевод:** 23 из 52 текстов на этом языке, из них 23 — черновые переводы, ожидающие проверки (‡); 29 на языке оригинала (†)',
    );
    const html = await (
      await fetch(`${server.url}/briefings/pack.html?themes=migration,sex-work&place=lille&language=ru`)
    ).text();
    expect(html).toContain(
      '<strong>Свобода передвижения внутри страны и борьба с торговлей людьми</strong><sup class="fallback-mark">‡</sup>',
    );
    const en = await (
      await fetch(`${server.url}/briefings/pack.md?themes=migration,sex-work&place=lille&language=en`)
    ).text();
    expect(en).not.toContain('‡');
    expect(en).toMatch(/\*\*Translation:\*\* (\d+) of \1 texts in this language {2}\n/);
  });
});
