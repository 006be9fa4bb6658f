// Requests per window, counted per API key (or token subject) when the caller is known, else per address;
// over the limit: 429 with Retry-After. Runs after identifyViewer, so refused credentials count against the address.
// With a shared store (REDIS_URL), every replica counts into the same counters.
import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit as expressRateLimit } from 'express-rate-limit';
import type { Config } from '../config.js';
import { logger } from '../logger.js';
import type { Shared } from '../shared/redis.js';

type Limits = Pick<Config['limits'], 'rateWindowMs' | 'rateAnonymous' | 'rateAuthenticated'>;

export function rateLimit(limits: Limits, shared?: Shared | null): RequestHandler {
  return expressRateLimit({
    windowMs: limits.rateWindowMs,
    limit: (_req, res) => (res.locals.viewer?.label ? limits.rateAuthenticated : limits.rateAnonymous),
    keyGenerator: (req, res) =>
      res.locals.viewer?.label ? `key:${res.locals.viewer.label}` : `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    store: shared?.rateStore(),
    // While Redis is away the service keeps answering, unlimited, rather than failing every request.
    passOnStoreError: true,
    logger: {
      error: (e, message) => logger.error(message ?? 'rate limit failed', { message: (e as Error)?.message }),
      warn: (e, message) => logger.error(message ?? 'rate limit misconfigured', { message: (e as Error)?.message }),
    },
    handler: (_req, res) => {
      res.status(429).json({
        errors: [
          {
            message: `Too many requests; try again in ${res.getHeader('Retry-After') ?? 'a few'} seconds`,
            extensions: { code: 'RATE_LIMITED' },
          },
        ],
      });
    },
  });
}
