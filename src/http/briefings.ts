// GET /briefings/pack.md|.html|.pdf?themes=a,b&place=lille&language=en: a pack for the caller (res.locals.viewer,
// anonymous when unset), with the visibility GraphQL applies. Bad input is a 400 JSON error, never a 500.
// The pack's own words (headings, labels) are in `language`, else in the best of the caller's Accept-Language;
// so are the error pages browsers get (HTML when they ask for it, JSON otherwise).
import { Router, type Request, type Response } from 'express';
import { toHtml } from '../briefing/html.js';
import { toMarkdown } from '../briefing/markdown.js';
import type { BriefingPack } from '../briefing/pack.js';
import { toPdf } from '../briefing/pdf.js';
import { makePack } from './pack-request.js';
import { localeFor } from '../i18n/messages.js';
import { errorPage } from './error-page.js';
import type { Db } from '../db/db.js';
import { AppError, ErrorCode } from '../errors.js';
import { ANONYMOUS } from '../domain/viewer.js';
import { logger } from '../logger.js';

type Format = 'md' | 'html' | 'pdf';

const FORMATS: Record<
  Format,
  {
    type: string;
    disposition: 'inline' | 'attachment';
    render: (p: BriefingPack, locale: string) => string | Promise<Buffer>;
  }
> = {
  md: { type: 'text/markdown; charset=utf-8', disposition: 'attachment', render: toMarkdown },
  html: { type: 'text/html; charset=utf-8', disposition: 'inline', render: toHtml },
  pdf: { type: 'application/pdf', disposition: 'attachment', render: toPdf },
};

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
  [ErrorCode.SERVICE_BUSY]: 503,
};

/** The interface language of a request: its `language`, else the best of its Accept-Language. */
const localeOf = (req: Request) =>
  localeFor([typeof req.query.language === 'string' ? req.query.language : null, ...req.acceptsLanguages()]);

function fail(req: Request, res: Response, status: number, code: string, message: string): void {
  res.status(status);
  if (req.accepts(['json', 'html']) === 'html')
    res
      .set({ 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'" })
      .type('html')
      .send(errorPage(localeOf(req), code, message));
  else res.json({ errors: [{ message, extensions: { code } }] });
}

/** `themes=a,b` or `themes=a&themes=b`; anything else (objects, empty) is for the validation to refuse. */
function list(value: unknown): string[] | null {
  const parts = (Array.isArray(value) ? value : [value]).flatMap((v) =>
    typeof v === 'string' ? v.split(',') : [null],
  );
  return parts.every((p) => p !== null) ? (parts as string[]).map((p) => p.trim()).filter(Boolean) : null;
}

function single(value: unknown, name: string): string | null {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string')
    throw new AppError(ErrorCode.BAD_USER_INPUT, `"${name}" must be given once, as text`, { field: name });
  return value;
}

/** `recordOnly=true` or `false` (absent: false). */
function flag(value: unknown, name: string): boolean {
  const text = single(value, name);
  if (text === null || text === 'false') return false;
  if (text === 'true') return true;
  throw new AppError(ErrorCode.BAD_USER_INPUT, `"${name}" must be true or false`, { field: name });
}

export function briefingRouter(db: Db): Router {
  const router = Router();
  router.get('/pack.:format', async (req, res) => {
    const format = FORMATS[req.params.format as Format];
    if (!format) return fail(req, res, 404, ErrorCode.NOT_FOUND, 'Packs come as pack.md, pack.html or pack.pdf');
    try {
      const themes = list(req.query.themes);
      if (!themes)
        throw new AppError(ErrorCode.BAD_USER_INPUT, '"themes" must be theme ids separated by commas', {
          field: 'themes',
        });
      const request = {
        themes,
        place: single(req.query.place, 'place'),
        language: single(req.query.language, 'language'),
        recordOnly: flag(req.query.recordOnly, 'recordOnly'),
      };
      const pack = await makePack({ db, viewer: res.locals.viewer ?? ANONYMOUS }, request);
      const body = await format.render(pack, localeOf(req));
      const name = ['briefing', ...themes, request.place, request.language, request.recordOnly && 'record-only']
        .filter(Boolean)
        .join('-')
        .replace(/[^A-Za-z0-9-]+/g, '-')
        .slice(0, 120);
      res.set({
        'Content-Type': format.type,
        'Content-Disposition': `${format.disposition}; filename="${name}.${req.params.format}"`,
        // What is in a pack depends on who asked: never let a shared cache keep it.
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
        // frame-ancestors: no other site may frame the pack (clickjacking), as with the explorer pages.
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      });
      res.send(body);
    } catch (e) {
      const code = e instanceof AppError ? String(e.extensions.code) : '';
      const status = STATUS[code];
      if (status) return fail(req, res, status, code, (e as Error).message);
      logger.error('briefing pack failed', { message: (e as Error)?.message, stack: (e as Error)?.stack });
      fail(req, res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Something went wrong on our side; it has been logged');
    }
  });
  return router;
}
