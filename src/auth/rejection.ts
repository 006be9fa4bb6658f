// Why a request's credentials were refused, sent as plain HTTP before GraphQL runs (never a 500).
import type { Response } from 'express';
import { ErrorCode } from '../errors.js';

export class AuthRejection extends Error {
  constructor(
    readonly status: 401 | 403 | 503,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const unauthenticated = (message: string) => new AuthRejection(401, ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message: string) => new AuthRejection(403, ErrorCode.FORBIDDEN, message);

export function sendRejection(res: Response, r: AuthRejection): void {
  if (r.status === 401) res.set('WWW-Authenticate', 'Bearer realm="advocacy-graph"');
  res.status(r.status).json({ errors: [{ message: r.message, extensions: { code: r.code } }] });
}
