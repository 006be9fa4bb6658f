// Requests per window, counted per API key (or token subject) when the caller is known, else per address;
// over the limit: 429 with Retry-After. Runs after identifyViewer, so refused credentials count against the address.
import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit as expressRateLimit } from 'express-rate-limit';
import type { Config } from '../config.js';

type Limits = Pick<Config['limits'], 'rateWindowMs' | 'rateAnonymous' | 'rateAuthenticated'>;

export function rateLimit(limits: Limits): RequestHandler {
  return expressRateLimit({
    windowMs: limits.rateWindowMs,
    limit: (_req, res) => (res.locals.viewer?.label ? limits.rateAuthenticated : limits.rateAnonymous),
    keyGenerator: (req, res) => (res.locals.viewer?.label ? `key:${res.locals.viewer.label}` : `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`),
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({ errors: [{ message: `Too many requests; try again in ${res.getHeader('Retry-After') ?? 'a few'} seconds`, extensions: { code: 'RATE_LIMITED' } }] });
    },
  });
}
