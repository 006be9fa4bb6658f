// The explorer and GraphiQL in a real headless Chromium (Debian's `chromium`, driven by playwright-core) against
// the real server started in-process: no console error, the nodes the API gives, a click that shows a message.
import { copyFileSync, mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, type Running } from '../../src/server.js';
import { testApi, testConfig, type TestApi } from '../support/api.js';
import { chromiumPresent as present, launchChromium, openWatched } from '../support/browser.js';

let server: Running;
let browser: Browser;
let api: TestApi;

beforeAll(async () => {
  if (!present) return;
  server = await start(testConfig({ PORT: '0' }));
  api = await testApi();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await server?.close();
});

const open = (path: string): Promise<{ page: Page; problems: string[] }> =>
  openWatched(browser, `${server.url}${path}`);

describe.skipIf(!present)('the explorer in Chromium', () => {
  it('draws the nodes the API gives for a theme selection, shows a message on click, and saves a screenshot', async () => {
    const { page, problems } = await open('/explore?themes=migration,sex-work,trafficking&language=en');
    await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });

    const expected = await api.gql(
      `{ intersectionGraph(themes: ["migration", "sex-work", "trafficking"], includeSpaces: true) { nodes { id kind } } }`,
    );
    const want = expected.data!.intersectionGraph.nodes.map((n: any) => n.id).sort();
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
      .map((n: any) => n.id)
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

    // Found by name: centred, selected, its neighbourhood kept and the rest faded.
    await page.getByLabel('Find a node').fill('Sex work');
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('#details h2')?.textContent === 'Sex work');
    const focus = await page.evaluate(() => {
      const cy = (window as any).explorer.cy();
      const node = cy.$id('THEME:sex-work');
      return {
        selected: cy.$(':selected').map((n: any) => n.id()),
        neighbourhoodFaded: node.closedNeighborhood().filter('.faded').length,
        faded: cy.$('.faded').length,
      };
    });
    expect(focus).toEqual({ selected: ['THEME:sex-work'], neighbourhoodFaded: 0, faded: expect.any(Number) });
    expect(focus.faded).toBeGreaterThan(0);

    mkdirSync('tests/artifacts', { recursive: true });
    await page.screenshot({ path: 'tests/artifacts/explorer.png' });
    // A new drawing: the details of the old one go.
    await page.click('#draw');
    await page.waitForFunction(
      () =>
        document.querySelector('#details')?.textContent === 'Click a node to see its details and add its neighbours.',
    );
    if (process.env.UPDATE_DOCS_SCREENSHOT === '1') copyFileSync('tests/artifacts/explorer.png', 'docs/explorer.png');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('on a phone: the graph gets the width, an unknown theme in a link is reported, and the view is in the URL', async () => {
    const { page, problems } = await openWatched(
      browser,
      `${server.url}/explore?themes=migration,no-such-theme&language=fr`,
      {
        viewport: { width: 390, height: 844 },
        isMobile: true,
      },
    );
    await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
    const box = await page.locator('#graph').boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(360);
    expect(box!.height).toBeGreaterThanOrEqual(400);
    // In the page's language (French here), as every word the explorer shows.
    expect(await page.textContent('#status')).toContain('aucune thématique "no-such-theme"');
    expect(await page.textContent('h1')).toBe('Là où les thématiques se rencontrent');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'fr',
      'ltr',
    ]);
    await page.getByLabel('Travail du sexe (TdS)').check();
    await page.click('#draw');
    await page.waitForURL(/themes=migration%2Csex-work&language=fr$/);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  // The timeout: headless Chromium without a GPU, on a busy machine, has taken 20-50 s to draw this graph at zoom 3.
  it('five themes with spaces: no two labels drawn overlap at the first view; zoomed in, every node is named', async () => {
    const { page, problems } = await open('/explore?themes=migration,srhr,harm-reduction,hiv,sex-work&language=en');
    await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
    const labels = () =>
      page.evaluate(() => {
        const cy = (window as any).explorer.cy();
        const shown = cy.nodes().filter((n: any) => n.style('label') !== '');
        const boxes = shown.map((n: any) => ({
          id: n.id(),
          ...n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
        }));
        const overlaps: string[] = [];
        for (const [i, a] of boxes.entries())
          for (const b of boxes.slice(i + 1))
            if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps.push(`${a.id} / ${b.id}`);
        return { shown: shown.length, total: cy.nodes().length, overlaps };
      });
    const first = await labels();
    expect(first.total).toBeGreaterThan(50);
    expect(first.shown).toBeGreaterThanOrEqual(5);
    expect(first.overlaps).toEqual([]);
    await page.evaluate(() => (window as any).explorer.cy().zoom(3));
    expect((await labels()).shown).toBe(first.total);
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);

  it('a space shows its level, place, description and messages; a node adds its neighbours, one query each', async () => {
    const { page, problems } = await open('/explore?themes=migration,sex-work&language=en');
    await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
    const queries: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql')) queries.push(r.postData() ?? '');
    });
    // Returns nothing: a Cytoscape collection sent back to the test would be serialised whole, core and all.
    const tap = (id: string) =>
      page.evaluate((node) => {
        (window as any).explorer.cy().$id(node).emit('tap');
      }, id);

    // The space as the API gives it, among the regional spaces of its region.
    const spaces = await api.gql(`{ spaces(place: "hauts-de-france", levels: [REGIONAL], first: 20) { edges { node {
      id name(language: "en") level description(language: "en") place { name(language: "en") } messageLinks { node { id } } } } } }`);
    const space = spaces.data!.spaces.edges.map((e: any) => e.node).find((s: any) => s.id === 'ars-hauts-de-france');
    expect(space.place.name).toBe('Hauts-de-France');
    await tap('SPACE:ars-hauts-de-france');
    await page.waitForFunction((name) => document.querySelector('#details h2')?.textContent === name, space.name);
    expect(await page.locator('#details .facts dt').allTextContents()).toEqual(['Level', 'Place']);
    expect(await page.locator('#details .facts dd').allTextContents()).toEqual(['Regional', 'Hauts-de-France']);
    expect(await page.locator('#details .description').count()).toBe(space.description ? 1 : 0);
    expect(await page.locator('#details li').count()).toBe(space.messageLinks.length);
    expect(queries).toHaveLength(1);

    // A message adds what it links to: here the theme the team linked it to, drawn dotted.
    const before = await page.evaluate(() => (window as any).explorer.cy().nodes().length);
    await tap('MESSAGE:fair-pay-community-workers');
    await page.getByRole('button', { name: 'Add its neighbours' }).click();
    await page.getByText('1 neighbour added.').waitFor();
    const added = await page.evaluate(() => {
      const cy = (window as any).explorer.cy();
      const edge = cy.edges('[source = "MESSAGE:fair-pay-community-workers"][target = "THEME:community-health"]');
      return {
        nodes: cy.nodes().length,
        label: cy.$id('THEME:community-health').data('label'),
        line: edge.style('line-style'),
      };
    });
    expect(added).toEqual({ nodes: before + 1, label: 'Community health', line: 'dotted' });
    // Each action one operation: the space, the message's details, its neighbours.
    expect(queries).toHaveLength(3);
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
