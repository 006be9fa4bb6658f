// Packs as files over real HTTP: the seed's migration + sex work pack for Lille, what anonymous callers never
// get, valid PDFs whose text (pdftotext, Debian poppler-utils) holds the messages in Latin, Cyrillic and Chinese,
// escaping in Markdown and HTML, and 400s (never 500s) for bad input.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/briefing/html.js';
import { start, type Running } from '../../src/server.js';
import { createFixture, dropFixture } from '../support/fixture.js';
import { testApi, testConfig, uid, type TestApi } from '../support/api.js';

const P = uid('dl');
const id = (s: string) => `${P}-${s}`;
const HOSTILE = '<script>alert(1)</script> *bold* [link](http://x.example) | cell & `code` # end';
let server: Running;
let api: TestApi;

beforeAll(async () => {
  server = await start(testConfig({ PORT: '0' }));
  api = await testApi();
  await createFixture(
    api.db,
    [
      { label: 'Theme', id: id('t'), texts: { en: 'Scripts theme', ru: 'Тема', zh: '主题' } },
      {
        label: 'Message',
        id: id('m'),
        texts: {
          en: 'Access to care for everyone',
          ru: 'Доступ к медицинской помощи для всех',
          zh: '人人享有医疗服务',
        },
      },
      { label: 'Message', id: id('x'), texts: { en: HOSTILE } },
    ],
    [
      { type: 'ADDRESSES', from: id('m'), to: id('t') },
      { type: 'ADDRESSES', from: id('x'), to: id('t') },
    ],
  );
});

afterAll(async () => {
  await dropFixture(api.db, P);
  await api.close();
  await server.close();
});

const get = (path: string) => fetch(`${server.url}${path}`);
const pdfText = (pdf: Buffer) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');

describe('briefing downloads', () => {
  it('makes the migration + sex work pack for Lille from the record, in English, in every format', async () => {
    const md = await (await get('/briefings/pack.md?themes=migration,sex-work&place=lille&language=en')).text();
    expect(md).toContain('# Briefing pack: Migration, exile, rights and health × Sex work · Lille');
    const shared = md.slice(md.indexOf('## Messages the themes share'), md.indexOf('## Other messages'));
    for (const text of [
      'Access to identity documents',
      'Freedom of movement within the country and the fight against trafficking',
      'Fear of being deported from the country',
    ])
      expect(shared).toContain(text);
    expect(md).toContain('## Advocacy spaces');
    // Own arenas first, each with what its score means and the messages to carry there. Every space here is
    // example data (seeds/spaces.yaml) and carries its messages by links the team added: both are marked.
    const spaces = md.slice(md.indexOf('## Advocacy spaces'), md.indexOf('## Partner organisations'));
    expect(spaces).toMatch(
      /^## Advocacy spaces\n\n- `EXAMPLE` \*\*Lille City Council\*\* \(local, Lille, your place\): carries 2 of the 19 messages\n {2}- `EDITORIAL` Basic care and services\n {2}- `EDITORIAL` Fight against violence\n/,
    );
    expect(spaces).toContain(
      '- `EXAMPLE` **Hauts-de-France Regional Health Agency (ARS)** (regional, Hauts-de-France, your region): carries 7 of the 19 messages\n  - `EDITORIAL` Access to prevention supplies and to treatment\n',
    );
    expect(spaces.match(/^- /gm)!.length).toBe(spaces.match(/^- `EXAMPLE` /gm)!.length);
    // The record states the shared messages' links to both themes; decriminalisation is not shared here.
    expect(shared).toContain('- **Access to identity documents**');
    expect(shared).not.toContain('EDITORIAL');
    // The legend and the counts, before the content.
    expect(md).toContain('> **Where this pack comes from**');
    expect(md).toMatch(
      /> \d+ items in this pack, \d+ of them example data \(marked EXAMPLE\); of the \d+ links it shows/,
    );
    expect(md).toContain('> `EXAMPLE` example data for teams to curate, not from the workshop record');
    expect(md).toContain('> `EDITORIAL` a link the team added');

    const html = await get('/briefings/pack.html?themes=migration,sex-work&place=lille&language=en');
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.headers.get('cache-control')).toContain('no-store');
    // No other site may frame the pack (clickjacking): CSP frame-ancestors, as the explorer pages have.
    expect(html.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    const page = await html.text();
    expect(page).toContain(escapeHtml('Access to identity documents'));
    expect(page).toMatch(
      /<li><span class="tag">EXAMPLE<\/span><strong>Lille City Council<\/strong> \(local, Lille, your place\): carries 2 of the 19 messages<ul[^>]*><li><span class="tag">EDITORIAL<\/span>Basic care and services<\/li>/,
    );
    expect(page).toContain('<span class="tag">EXAMPLE</span>example data for teams to curate');

    const res = await get('/briefings/pack.pdf?themes=migration,sex-work&place=lille&language=en');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Access to identity documents');
    // The marks are boxed tags beside the names: in reading order with the page's layout kept.
    const laidOut = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString();
    expect(laidOut).toMatch(/EXAMPLE\s+Lille City Council/);
    expect(laidOut).toMatch(/EDITORIAL\s+Basic care and services/);
    expect(text).toContain('example data for teams to curate');
    expect(text).toMatch(/Page 1 of \d+/);
    expect(execFileSync('pdfinfo', ['-'], { input: pdf }).toString()).toMatch(
      /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/,
    );
  });

  it('makes the record-only Lille pack: no example space, no editorial link, and says so', async () => {
    const q = '/briefings/pack.md?themes=migration,sex-work&place=lille&language=en&recordOnly=true';
    const res = await get(q);
    expect(res.headers.get('content-disposition')).toContain('record-only');
    const md = await res.text();
    expect(md).not.toContain('`EXAMPLE`');
    expect(md).not.toMatch(/^\s*- `EDITORIAL`/m);
    expect(md).toMatch(/> Record only: \d+ items and \d+ links, all stated by the workshop record/);
    // Every space of the seed is example data or carries messages by editorial links only.
    const spaces = md.slice(md.indexOf('## Advocacy spaces'), md.indexOf('## Partner organisations'));
    expect(spaces).toBe('## Advocacy spaces\n\nNone.\n\n');
    // The seven shared messages stand on record links.
    const shared = md.slice(md.indexOf('## Messages the themes share'), md.indexOf('## Other messages'));
    expect(shared.match(/^- /gm)!.length).toBe(7);
    for (const format of ['html', 'pdf']) {
      const r = await get(q.replace('pack.md', `pack.${format}`));
      expect(r.status).toBe(200);
      const body = format === 'pdf' ? pdfText(Buffer.from(await r.arrayBuffer())) : await r.text();
      expect(body).not.toContain('Lille City Council');
      expect(body).toContain('Record only');
    }
    const viaApi = await api.gql(
      `{ briefingPack(themes: ["migration", "sex-work"], place: "lille", language: "en", recordOnly: true) {
          recordOnly provenance { items examples recordLinks editorialLinks } spaces { id } } }`,
    );
    expect(viaApi.data!.briefingPack).toMatchObject({ recordOnly: true, spaces: [] });
    expect(viaApi.data!.briefingPack.provenance).toMatchObject({ examples: 0, editorialLinks: 0 });
    expect((await get(q.replace('recordOnly=true', 'recordOnly=yes'))).status).toBe(400);
  });

  it('always holds Lille City Council in the Lille pack, first, for every theme set and language tried', async () => {
    // The ranking does not depend on the language; the words around it do (checked in the files below).
    const themeSets = [
      ['migration'],
      ['srhr'],
      ['hiv', 'harm-reduction'],
      ['violence', 'trafficking'],
      ['sex-work', 'srhr', 'hiv', 'harm-reduction', 'community-health'],
    ];
    for (const themes of themeSets) {
      const r = await api.gql(
        `query($t: [ID!]!) { briefingPack(themes: $t, place: "lille") { spaces { id: recordId reach } } }`,
        { t: themes },
      );
      expect(r.data!.briefingPack.spaces[0], themes.join()).toEqual({ id: 'lille-city-council', reach: 'PLACE' });
    }
    const fr = await (await get('/briefings/pack.md?themes=srhr&place=lille&language=fr')).text();
    expect(fr).toContain(
      '- `EXEMPLE` **Conseil municipal de Lille** (local, Lille, votre territoire) : ne porte encore aucun des 5 messages',
    );
    expect(fr).toContain(
      '- `EXEMPLE` **Agence régionale de santé (ARS) Hauts-de-France** (régional, Hauts-de-France, votre région) : porte 4 des 5 messages',
    );
    const html = await (await get('/briefings/pack.html?themes=hiv,harm-reduction&place=lille&language=ru')).text();
    expect(html).toContain(
      '<li><span class="tag">ПРИМЕР</span><span lang="fr" class="fallback"><strong>Conseil municipal de Lille</strong></span>',
    );
  }, 180_000);

  it('gives staff the evidence behind a message, and an anonymous caller none of what is not public', async () => {
    const staff = { role: 'viewer' as const, label: 'test' };
    const viaApi = await api.gql(
      `{ message(id: "identity-documents") { evidence { id text(language: "en") } } }`,
      {},
      staff,
    );
    const evidence = viaApi.data!.message.evidence as Array<{ text: string }>;
    expect(evidence.length).toBeGreaterThan(0);
    const staffPack = await api.gql(
      `{ briefingPack(themes: ["migration", "sex-work"], place: "lille", language: "en") { sharedMessages { messages { id: recordId evidence { text { text } } } } } }`,
      {},
      staff,
    );
    const idDocs = staffPack
      .data!.briefingPack.sharedMessages.flatMap((g: any) => g.messages)
      .find((m: any) => m.id === 'identity-documents');
    expect(idDocs.evidence.map((e: any) => e.text.text)).toEqual(evidence.map((e) => e.text));

    const hidden = await api.db.raw<{ value: string }>(
      `MATCH (n)-[:HAS_TEXT]->(t:Text) WHERE n.visibility <> 'PUBLIC' AND size(t.value) > 12 RETURN DISTINCT t.value AS value`,
      {},
      'READ',
    );
    expect(hidden.length).toBeGreaterThan(0);
    const md = await (
      await get('/briefings/pack.md?themes=migration,sex-work,harm-reduction&place=lille&language=en')
    ).text();
    const pdf = pdfText(
      Buffer.from(
        await (
          await get('/briefings/pack.pdf?themes=migration,sex-work,harm-reduction&place=lille&language=en')
        ).arrayBuffer(),
      ),
    );
    for (const { value } of hidden) {
      expect(md).not.toContain(value);
      expect(pdf.replace(/\s+/g, ' ')).not.toContain(value.replace(/\s+/g, ' '));
    }
    expect(md).not.toContain('INTERNAL');
  });

  it('renders Cyrillic and Chinese in the PDF, and marks texts that fell back', async () => {
    const ru = pdfText(
      Buffer.from(await (await get(`/briefings/pack.pdf?themes=${id('t')}&language=ru`)).arrayBuffer()),
    );
    expect(ru).toContain('Доступ к медицинской помощи для всех');
    expect(ru).toContain('Тема');
    const zh = pdfText(
      Buffer.from(await (await get(`/briefings/pack.pdf?themes=${id('t')}&language=zh`)).arrayBuffer()),
    );
    expect(zh.replace(/\s+/g, '')).toContain('人人享有医疗服务');
    const md = await (await get(`/briefings/pack.md?themes=${id('t')}&language=ru`)).text();
    expect(md).toContain('Доступ к медицинской помощи для всех');
    expect(md).toMatch(/cell.*†/); // the hostile message has no Russian: shown in English, marked
    expect(md).toContain('† нет на запрошенном языке; показано на языке оригинала');
  });

  it('escapes what a text could do in Markdown and HTML', async () => {
    const md = await (await get(`/briefings/pack.md?themes=${id('t')}&language=en`)).text();
    expect(md).toContain(
      '\\<script\\>alert(1)\\</script\\> \\*bold\\* \\[link\\](http://x.example) \\| cell \\& \\`code\\` \\# end',
    );
    const html = await (await get(`/briefings/pack.html?themes=${id('t')}&language=en`)).text();
    expect(html).not.toContain('<script');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
  });

  it('answers bad input with a 400 JSON error naming the problem, never a 500', async () => {
    const cases: Array<[string, number, string]> = [
      ['/briefings/pack.pdf', 400, 'themes'],
      ['/briefings/pack.pdf?themes=', 400, 'themes'],
      ['/briefings/pack.md?themes=no-such-theme', 400, 'theme "no-such-theme"'],
      ['/briefings/pack.md?themes=migration&place=atlantis', 400, 'place "atlantis"'],
      ['/briefings/pack.html?themes=migration&language=not%20a%20language', 400, 'BCP 47'],
      ['/briefings/pack.md?themes=migration&language=en&language=fr', 400, 'language'],
      ['/briefings/pack.md?themes[a]=b', 400, 'themes'],
      [`/briefings/pack.md?themes=${'x'.repeat(101)}`, 400, 'themes'],
      ['/briefings/pack.docx?themes=migration', 404, 'pack.md'],
    ];
    for (const [path, status, words] of cases) {
      const res = await get(path);
      expect(res.status, path).toBe(status);
      const body = await res.json();
      expect(body.errors[0].extensions.code, path).toBe(status === 400 ? 'BAD_USER_INPUT' : 'NOT_FOUND');
      expect(body.errors[0].message, path).toContain(words);
    }
  });
});
