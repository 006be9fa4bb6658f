// The browser pages, served from the project's own files (no CDN): the graph explorer at /explore, GraphiQL at
// GET /graphql for browsers, and the library builds they load from node_modules under /assets/vendor/.
import { join } from 'node:path';
import express, { Router, type RequestHandler } from 'express';
import { CYPHER_DIR } from '../db/cypher-registry.js';

const ROOT = join(CYPHER_DIR, '..');
const PUBLIC = join(ROOT, 'public');

const VENDOR: Record<string, string> = {
  'react.js': 'react/umd/react.production.min.js',
  'react-dom.js': 'react-dom/umd/react-dom.production.min.js',
  'graphiql.js': 'graphiql/graphiql.min.js',
  'graphiql.css': 'graphiql/graphiql.min.css',
  'cytoscape.js': 'cytoscape/dist/cytoscape.min.js',
};

/** Scripts only from this server; styles may be set inline (React and Cytoscape do); images (exports) and GraphiQL's fonts may be data URLs. */
const PAGE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

const page =
  (file: string): RequestHandler =>
  (_req, res) => {
    res.set({ 'Content-Security-Policy': PAGE_POLICY, 'X-Content-Type-Options': 'nosniff' });
    res.sendFile(join(PUBLIC, file));
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
  router.get('/explore', page('explorer/index.html'));
  router.use('/explore', express.static(join(PUBLIC, 'explorer'), { index: false }));
  return router;
}

/** GraphiQL for a browser opening /graphql (asks for HTML, sends no query); everything else goes on to Apollo. */
export const graphiqlPage: RequestHandler = (req, res, next) => {
  if (!(req.get('accept') ?? '').includes('text/html') || req.query.query !== undefined) return next();
  page('graphiql/index.html')(req, res, next);
};
