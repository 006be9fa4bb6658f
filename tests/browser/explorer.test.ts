// The explorer and GraphiQL in a real headless Chromium (Debian's `chromium`, driven by playwright-core) against
// the real server started in-process: no console error, the nodes the API gives, a click that shows a message.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, type Running } from '../../src/server.js';
import { testApi, testConfig, type TestApi } from '../support/api.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const present = existsSync(CHROMIUM);
if (!present) console.warn(`tests/browser: skipped, ${CHROMIUM} is absent (Debian: apt-get install -y chromium)`);

let server: Running;
let browser: Browser;
let api: TestApi;

beforeAll(async () => {
  if (!present) return;
  server = await start(testConfig({ PORT: '0' }));
  api = await testApi();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await server?.close();
});

/** A page that records every console error, failed request and uncaught exception. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  await page.goto(`${server.url}${path}`);
  return { page, problems };
}

describe.skipIf(!present)('the explorer in Chromium', () => {
  it('draws the nodes the API gives for a theme selection, shows a message on click, and saves a screenshot', async () => {
    const { page, problems } = await open('/explore?themes=migration,sex-work,trafficking&language=en');
    await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });

    const expected = await api.gql(
      `{ intersectionGraph(themes: ["migration", "sex-work", "trafficking"], includeSpaces: true) { nodes { id kind } } }`,
    );
    const want = expected.data!.intersectionGraph.nodes.map((n: any) => `${n.kind}:${n.id}`).sort();
    const drawn = await page.evaluate(() =>
      (window as any).explorer
        .cy()
        .nodes()
        .map((n: any) => n.id())
        .sort(),
    );
    expect(drawn).toEqual(want);
    expect(drawn).toContain('MESSAGE:identity-documents');
    expect(drawn).toContain('MESSAGE:freedom-of-movement');

    // Example records and links the team added are drawn apart (hollow dashed nodes, dotted edges), as the API says.
    const marked = await api.gql(
      `{ intersectionGraph(themes: ["migration", "sex-work", "trafficking"], includeSpaces: true) {
          nodes { id kind example } edges { basis } } }`,
    );
    const examples = marked
      .data!.intersectionGraph.nodes.filter((n: any) => n.example)
      .map((n: any) => `${n.kind}:${n.id}`)
      .sort();
    const editorial = marked.data!.intersectionGraph.edges.filter((e: any) => e.basis === 'EDITORIAL').length;
    expect(examples.length).toBeGreaterThan(0);
    expect(editorial).toBeGreaterThan(0);
    const styled = await page.evaluate(() => {
      const cy = (window as any).explorer.cy();
      return {
        examples: cy
          .nodes('.example')
          .map((n: any) => n.id())
          .sort(),
        editorial: cy.edges('.editorial').length,
        dotted: cy.edges('.editorial').every((e: any) => e.style('line-style') === 'dotted'),
      };
    });
    expect(styled).toEqual({ examples, editorial, dotted: true });
    expect(await page.textContent('.legend')).toContain('link the team added (EDITORIAL)');

    // The message every selected theme shares stands out.
    const all = await page.evaluate(() =>
      (window as any).explorer
        .cy()
        .nodes('.all')
        .map((n: any) => n.id()),
    );
    expect(all).toEqual(['MESSAGE:freedom-of-movement']);

    const point = await page.evaluate(() => {
      const n = (window as any).explorer.cy().$id('MESSAGE:identity-documents');
      const box = document.querySelector('#graph')!.getBoundingClientRect();
      return { x: box.left + n.renderedPosition().x, y: box.top + n.renderedPosition().y };
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector('#details h2');
    expect(await page.textContent('#details h2')).toBe('Access to identity documents');
    // Where it comes from, and its links' bases: its spaces are example arenas linked by the team.
    expect(await page.textContent('#details .provenance')).toMatch(/^From the workshop record: /);
    expect(await page.locator('#details .tag.editorial').count()).toBeGreaterThan(0);
    expect(await page.locator('#details .tag.example').count()).toBeGreaterThan(0);

    mkdirSync('tests/artifacts', { recursive: true });
    await page.screenshot({ path: 'tests/artifacts/explorer.png' });
    if (process.env.UPDATE_DOCS_SCREENSHOT === '1') copyFileSync('tests/artifacts/explorer.png', 'docs/explorer.png');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws the record-only graph from a deep link: no example record, no editorial link', async () => {
    const { page, problems } = await open('/explore?themes=hiv,sex-work&language=en&recordOnly=1');
    await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
    expect(await page.isChecked('#recordOnly')).toBe(true);
    const drawn = await page.evaluate(() => {
      const cy = (window as any).explorer.cy();
      return {
        messages: cy.nodes('.message').map((n: any) => n.id()),
        examples: cy.nodes('.example').length,
        editorial: cy.edges('.editorial').length,
      };
    });
    // hiv x sex work by the record alone: one message, carried in no space by a record link.
    expect(drawn).toEqual({ messages: ['MESSAGE:hiv-advocacy'], examples: 0, editorial: 0 });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("serves GraphiQL from the project's own assets at /graphql, and it runs a query", async () => {
    const { page, problems } = await open('/graphql');
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) external.push(r.url());
    });
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    await page.click('.graphiql-execute-button');
    // The result pane renders only the lines in view: the answer's first lines are enough.
    await page.waitForFunction(
      () => document.querySelector('.result-window')?.textContent?.includes('"totalCount": 7'),
      undefined,
      { timeout: 30_000 },
    );
    expect(external).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
