// Every error a client sees has one of these codes and a message meant for a person.
import { GraphQLError } from 'graphql';

export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  /** A bounded resource (the PDF printer) could not serve the request in time. */
  SERVICE_BUSY = 'SERVICE_BUSY',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  // As the IETF Idempotency-Key draft answers a key reused with another request.
  [ErrorCode.IDEMPOTENCY_KEY_REUSED]: 422,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
  [ErrorCode.SERVICE_BUSY]: 503,
};

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    const status = HTTP_STATUS[code];
    super(message, { extensions: { code, ...extra, ...(status ? { http: { status } } : {}) } });
  }
}

/** A wrong argument: `fields` names it as every BAD_USER_INPUT does ([{field, message}]); `field` is kept for
 * clients that read it. `extra` may give several `fields` itself. */
export const badInput = (message: string, path: string, extra: Record<string, unknown> = {}) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { field: path, fields: [{ field: path, message }], ...extra });
export const notFound = (what: string, id: string) =>
  new AppError(ErrorCode.NOT_FOUND, `${what} "${id}" was not found`, { id });
export const queryTimeout = (ms: number) =>
  new AppError(
    ErrorCode.QUERY_TIMEOUT,
    `The query took longer than the ${ms / 1000} s allowed; ask for fewer items or fields`,
  );
export const dbUnavailable = () =>
  new AppError(ErrorCode.DATABASE_UNAVAILABLE, 'The database is not reachable right now; try again shortly');
