// Single sign-on: a Bearer token that is a JWT is checked against the organisation's JWKS, issuer and audience,
// and its role claim decides what the caller may see and do.
import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import type { Config } from '../config.js';
import type { Viewer } from '../domain/viewer.js';
import { logger } from '../logger.js';
import { AuthRejection, forbidden, unauthenticated } from './rejection.js';
import { GRANTED_ROLES, isGrantedRole, type GrantedRole } from './roles.js';

type JwtSettings = NonNullable<Config['auth']['jwt']>;
export type JwtVerifier = (token: string) => Promise<Viewer>;

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
// Signatures by the identity provider's private keys only: no shared-secret (HS*) algorithms, no 'none'.
const ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
];

export const looksLikeJwt = (token: string) => JWT_SHAPE.test(token);

/** The strongest known role in the claim (a string, or a list as many identity providers send groups). */
function roleFrom(claim: unknown): GrantedRole | null {
  const values = Array.isArray(claim) ? claim : [claim];
  const known = values.filter(isGrantedRole);
  return known.length
    ? known.reduce((best, r) => (GRANTED_ROLES.indexOf(r) > GRANTED_ROLES.indexOf(best) ? r : best))
    : null;
}

export function jwtVerifier(settings: JwtSettings): JwtVerifier {
  const jwks = createRemoteJWKSet(new URL(settings.jwksUrl), { timeoutDuration: 5_000, cooldownDuration: 30_000 });
  return async (token) => {
    let payload;
    try {
      // A token must say when it ends (exp) and when it was issued (iat, not in the future, at most maxAgeSeconds ago):
      // one without exp would be valid for ever.
      ({ payload } = await jwtVerify(token, jwks, {
        issuer: settings.issuer,
        audience: settings.audience,
        algorithms: ALGORITHMS,
        clockTolerance: 5,
        requiredClaims: ['exp'],
        maxTokenAge: settings.maxAgeSeconds,
      }));
    } catch (e) {
      throw rejectionFor(e);
    }
    if (typeof payload.sub !== 'string' || !payload.sub) throw unauthenticated('The token has no subject ("sub")');
    const role = roleFrom(payload[settings.roleClaim]);
    if (!role)
      throw forbidden(
        `The token is valid but its "${settings.roleClaim}" claim names no role here (${GRANTED_ROLES.join(', ')})`,
      );
    return Object.freeze({ role, label: `jwt:${payload.sub}` });
  };
}

/** A bad token is the caller's problem (401); an identity provider we cannot reach is ours (503), said without its address. */
function rejectionFor(e: unknown): AuthRejection {
  if (e instanceof errors.JWTExpired) return unauthenticated('The token has expired');
  if (e instanceof errors.JWKSTimeout || e instanceof errors.JWKSInvalid || !(e instanceof errors.JOSEError)) {
    logger.error('identity provider unreachable', { message: (e as Error)?.message });
    return new AuthRejection(
      503,
      'AUTHENTICATION_UNAVAILABLE',
      'Single sign-on tokens cannot be checked right now; try again shortly',
    );
  }
  return unauthenticated('The token is not valid for this API');
}
