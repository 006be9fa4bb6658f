// The browser pages, served from the project's own files (no CDN): the workspace at / and the graph explorer at
// /explore (both built from web/ into dist/web by `npm run build`), GraphiQL at GET /graphql for browsers, and the
// library builds they load from node_modules under /assets/vendor/.
import { join } from 'node:path';
import express, { Router, type RequestHandler } from 'express';
import { CYPHER_DIR } from '../db/cypher-registry.js';

const ROOT = join(CYPHER_DIR, '..');
const PUBLIC = join(ROOT, 'public');
const WORKSPACE = join(ROOT, 'dist', 'web');

const VENDOR: Record<string, string> = {
  'react.js': 'react/umd/react.production.min.js',
  'react-dom.js': 'react-dom/umd/react-dom.production.min.js',
  'graphiql.js': 'graphiql/graphiql.min.js',
  'graphiql.css': 'graphiql/graphiql.min.css',
};

/** Scripts only from this server; styles may be set inline (React and Cytoscape do); images (exports) and GraphiQL's fonts may be data URLs. */
const PAGE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

const page =
  (path: string): RequestHandler =>
  (_req, res) => {
    res.set({ 'Content-Security-Policy': PAGE_POLICY, 'X-Content-Type-Options': 'nosniff' });
    res.sendFile(path);
  };

export function explorerRouter(): Router {
  const router = Router();
  router.get('/assets/vendor/:file', (req, res, next) => {
    // Own keys only: `constructor` or `__proto__` would find Object.prototype's.
    if (!Object.hasOwn(VENDOR, req.params.file)) return next();
    const file = VENDOR[req.params.file];
    res.sendFile(join(ROOT, 'node_modules', file), { maxAge: '1h' });
  });
  router.use('/assets/graphiql', express.static(join(PUBLIC, 'graphiql'), { index: false }));
  // The page (max-age=0: checked on every visit) names hashed files, which browsers may keep.
  router.get('/', page(join(WORKSPACE, 'index.html')));
  router.use('/app', express.static(join(WORKSPACE, 'app'), { index: false, immutable: true, maxAge: '365d' }));
  router.get('/explore', page(join(WORKSPACE, 'explore.html')));
  return router;
}

/** GraphiQL for a browser opening /graphql (asks for HTML, sends no query); everything else goes on to Apollo. */
export const graphiqlPage: RequestHandler = (req, res, next) => {
  if (!(req.get('accept') ?? '').includes('text/html') || req.query.query !== undefined) return next();
  page(join(PUBLIC, 'graphiql/index.html'))(req, res, next);
};
