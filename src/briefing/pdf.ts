// A pack as an A4 PDF: the HTML pack (html.ts) printed by headless Chromium, which shapes every script the
// fonts cover (Arabic joined and right to left, Myanmar, Ethiopic, Han) as a browser does; pdfkit could not.
// One browser per process, started on the first PDF; at most PDF_CONCURRENCY pages print at once, and a PDF
// not done within PDF_TIMEOUT_MS (queue included) is abandoned with a 503. No network: the HTML has no remote
// resource and the page may not fetch any; fonts are the system's (Debian fonts-noto-core, fonts-noto-cjk).
import pLimit from 'p-limit';
import type { Browser } from 'playwright-core';
import { Gauge } from 'prom-client';
import { AppError, ErrorCode } from '../errors.js';
import { registry } from '../metrics.js';
import { localeFor, translator } from '../i18n/messages.js';
import { launchChromium } from './chromium.js';
import { escapeHtml, toHtml } from './html.js';
import type { BriefingPack } from './pack.js';

const PDF_CONCURRENCY = 2;
const PDF_TIMEOUT_MS = 30_000;

const limit = pLimit(PDF_CONCURRENCY);

/** PDFs printing now and waiting for a turn (also served at /metrics as pdf_jobs{state}). */
export const pdfQueue = () => ({ printing: limit.activeCount, waiting: limit.pendingCount });

new Gauge({
  name: 'pdf_jobs',
  help: 'PDF packs printing and waiting for the printer',
  labelNames: ['state'] as const,
  registers: [registry],
  collect() {
    const q = pdfQueue();
    this.set({ state: 'printing' }, q.printing);
    this.set({ state: 'waiting' }, q.waiting);
  },
});
let browser: Promise<Browser> | null = null;

/** The shared browser, started again if it died. */
function shared(): Promise<Browser> {
  if (!browser) {
    const launched = launchChromium(PDF_TIMEOUT_MS);
    browser = launched;
    launched.then(
      (b) =>
        b.on('disconnected', () => {
          if (browser === launched) browser = null;
        }),
      () => {
        if (browser === launched) browser = null;
      },
    );
  }
  return browser;
}

/** Closes the shared browser (server shutdown, end of a CLI run); the next PDF starts another. */
export async function closePdfPrinter(): Promise<void> {
  const b = browser;
  browser = null;
  await (await b?.catch(() => null))?.close();
}

/** "Page n of N" in the pack's words, with Chromium's own page counters in place of the numbers. */
function footer(pack: BriefingPack, locale?: string): string {
  const tr = translator(locale ?? localeFor([pack.language]));
  const words = escapeHtml(tr.t('page', { n: '\u0001', of: '\u0002' }))
    .replace('\u0001', '<span class="pageNumber"></span>')
    .replace('\u0002', '<span class="totalPages"></span>');
  return `<div lang="${escapeHtml(tr.locale)}" dir="${tr.dir}" style="width:100%;text-align:center;font-size:8.5px;color:#555b66;font-family:'DejaVu Sans','Noto Sans Arabic','Noto Sans Myanmar','Noto Sans Ethiopic','Noto Sans CJK SC',sans-serif">${words}</div>`;
}

async function print(html: string, footerTemplate: string, signal: AbortSignal): Promise<Buffer> {
  const page = await (await shared()).newPage({ javaScriptEnabled: false, offline: true });
  const abort = () => void page.close().catch(() => undefined);
  signal.addEventListener('abort', abort);
  try {
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: 'load', timeout: PDF_TIMEOUT_MS });
    return await page.pdf({
      width: '210mm',
      height: '297mm',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate,
      margin: { top: '18mm', bottom: '20mm', left: '18mm', right: '18mm' },
      tagged: true,
    });
  } finally {
    signal.removeEventListener('abort', abort);
    await page.close().catch(() => undefined);
  }
}

/** The pack as PDF with the words of `locale` (default: those of the pack's language). */
export async function toPdf(pack: BriefingPack, locale?: string): Promise<Buffer> {
  const html = toHtml(pack, locale);
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new AppError(ErrorCode.SERVICE_BUSY, 'The PDF could not be made in time; try again in a moment'));
    }, PDF_TIMEOUT_MS);
  });
  try {
    return await Promise.race([
      limit(() => (controller.signal.aborted ? timeout : print(html, footer(pack, locale), controller.signal))),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
