// Debian's chromium (apt-get install chromium) driven by playwright-core: Playwright's own browser downloads are
// never used. The PDF printer and the browser tests launch it the same way.
import type { Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** playwright-core is loaded on the first launch, not at start: its bundles alone hold about 14 MB of every
 * server's memory, and most servers never print a PDF. */
export async function launchChromium(timeout?: number): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, ...(timeout ? { timeout } : {}) });
}
