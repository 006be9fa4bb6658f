// Headless Chromium for the browser tests: Debian's `chromium` driven by playwright-core (no browser download),
// and pages that record every console error, failed request and uncaught exception.
import { existsSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { CHROMIUM, launchChromium } from '../../src/briefing/chromium.js';

export const chromiumPresent = existsSync(CHROMIUM);
if (!chromiumPresent)
  console.warn(`tests/browser: skipped, ${CHROMIUM} is absent (Debian: apt-get install -y chromium)`);

export { launchChromium };

export interface WatchedPage {
  page: Page;
  /** Console errors, uncaught exceptions, failed requests and requests to any other origin. */
  problems: string[];
}

/** A page in its own context (downloads, clipboard: close the context when done) that records what went wrong. */
export async function openWatched(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
    ...options,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(url).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => {
    // A navigation that a download replaces is reported as aborted: not a failure.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !/^(data|blob):/.test(r.url())) problems.push(`external request: ${r.url()}`);
  });
  await page.goto(url);
  return { page, problems };
}
