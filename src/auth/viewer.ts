// Who is asking, decided once per HTTP request before GraphQL runs: the Apollo context reads res.locals.viewer.
// Keeping the key lookup here keeps it out of the one-statement-per-root-field count of GraphQL operations.
import type { RequestHandler } from 'express';
import type { Config } from '../config.js';
import type { Db } from '../db/db.js';
import { AppError, ErrorCode } from '../errors.js';
import { ANONYMOUS, type Viewer } from '../domain/viewer.js';
import type { Revocations } from '../shared/redis.js';
import { ApiKeys } from './api-keys.js';
import { jwtVerifier, looksLikeJwt, type JwtVerifier } from './jwt.js';
import { AuthRejection, sendRejection, unauthenticated } from './rejection.js';

declare global {
  namespace Express {
    interface Locals {
      viewer: Viewer;
      authRejection?: AuthRejection;
    }
  }
}

const BEARER = /^Bearer +(\S+) *$/i;

async function viewerOf(header: string | undefined, keys: ApiKeys, jwt: JwtVerifier | null): Promise<Viewer> {
  if (header === undefined || header === '') return ANONYMOUS;
  const token = BEARER.exec(header)?.[1];
  if (!token) throw unauthenticated('The Authorization header must be "Bearer <API key or token>"');
  if (looksLikeJwt(token)) {
    if (!jwt) throw unauthenticated('Single sign-on tokens are not accepted by this server; use an API key');
    return jwt(token);
  }
  const viewer = await keys.viewerFor(token);
  if (!viewer) throw unauthenticated('The API key is not valid or has been revoked');
  return viewer;
}

/**
 * Sets res.locals.viewer. Refused credentials are kept in res.locals.authRejection rather than answered here, so
 * the rate limit (keyed by the caller's address for them) counts them before refuseRejected answers 401.
 */
export function identifyViewer(db: Db, auth: Config['auth'], revocations?: Revocations): RequestHandler {
  const keys = new ApiKeys(db, auth.keyCacheMs, Date.now, revocations);
  const jwt = auth.jwt ? jwtVerifier(auth.jwt) : null;
  return async (req, res, next) => {
    res.locals.viewer = ANONYMOUS;
    try {
      res.locals.viewer = await viewerOf(req.get('authorization'), keys, jwt);
    } catch (e) {
      if (e instanceof AuthRejection) res.locals.authRejection = e;
      else if (e instanceof AppError && e.extensions.code === ErrorCode.DATABASE_UNAVAILABLE) {
        res.locals.authRejection = new AuthRejection(503, ErrorCode.DATABASE_UNAVAILABLE, e.message);
      } else return next(e);
    }
    next();
  };
}

export const refuseRejected: RequestHandler = (_req, res, next) => {
  const rejection = res.locals.authRejection;
  if (rejection) sendRejection(res, rejection);
  else next();
};
