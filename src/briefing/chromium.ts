// Debian's chromium (apt-get install chromium) driven by playwright-core: Playwright's own browser downloads are
// never used. The PDF printer and the browser tests launch it the same way.
import { chromium, type Browser } from 'playwright-core';

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

export const launchChromium = (timeout?: number): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, args: FLAGS, ...(timeout ? { timeout } : {}) });
