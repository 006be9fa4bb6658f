// Single sign-on: JWTs checked against a JWKS served by a tiny local HTTP server, with issuer, audience and a role claim.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jwtVerifier } from '../../src/auth/jwt.js';
import { AuthRejection } from '../../src/auth/rejection.js';
import { createFixture, dropFixture } from '../support/fixture.js';
import { httpApi, type HttpApi } from '../support/http.js';
import { uid } from '../support/api.js';

const P = uid('jwt');
const id = (s: string) => `${P}-${s}`;
const ISSUER = 'https://sso.example.org/';
const AUDIENCE = 'advocacy-graph';
const MESSAGE = 'query($id: ID!) { message(id: $id) { id } }';

let jwks: Server;
let jwksUrl: string;
let signing: CryptoKey;
let stranger: CryptoKey;
let api: HttpApi;

async function token(
  claims: JWTPayload,
  { key = signing, kid = 'k1', alg = 'RS256', expires = '5m' } = {},
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg, kid })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject('ada@example.org')
    .setIssuedAt()
    .setExpirationTime(expires)
    .sign(key);
}

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  signing = pair.privateKey;
  stranger = (await generateKeyPair('RS256')).privateKey;
  const body = JSON.stringify({
    keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }],
  });
  jwks = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(body);
  });
  await new Promise<void>((r) => jwks.listen(0, '127.0.0.1', r));
  jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`;
  api = await httpApi({
    AUTH_JWKS_URL: jwksUrl,
    AUTH_JWT_ISSUER: ISSUER,
    AUTH_JWT_AUDIENCE: AUDIENCE,
    AUTH_JWT_MAX_AGE_SECONDS: '3600',
  });
  await createFixture(
    api.db,
    [
      { label: 'Message', id: id('internal'), visibility: 'INTERNAL', texts: { fr: 'interne' } },
      { label: 'Message', id: id('restricted'), visibility: 'RESTRICTED', texts: { fr: 'restreint' } },
    ],
    [],
  );
});

afterAll(async () => {
  await dropFixture(api.db, P);
  await api.close();
  jwks.close();
});

describe('JWT bearer tokens', () => {
  it('take their role from the claim: viewer sees INTERNAL, admin also RESTRICTED', async () => {
    const viewer = await token({ role: 'viewer' });
    expect((await api.gql(MESSAGE, { id: id('internal') }, viewer)).body.data.message.id).toBe(id('internal'));
    expect((await api.gql(MESSAGE, { id: id('restricted') }, viewer)).body.errors[0].extensions.code).toBe('NOT_FOUND');
    const admin = await token({ role: ['viewer', 'admin'] });
    expect((await api.gql(MESSAGE, { id: id('restricted') }, admin)).body.data.message.id).toBe(id('restricted'));
  });

  it('refuses expired, foreign, mis-addressed and unsigned tokens with 401', async () => {
    const cases: Record<string, string> = {
      expired: await token({ role: 'admin' }, { expires: '-1m' }),
      'unknown signer': await token({ role: 'admin' }, { key: stranger }),
      'wrong issuer': await new SignJWT({ role: 'admin' })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setIssuer('https://evil.example/')
        .setAudience(AUDIENCE)
        .setSubject('x')
        .setExpirationTime('5m')
        .sign(signing),
      'wrong audience': await new SignJWT({ role: 'admin' })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setIssuer(ISSUER)
        .setAudience('another-api')
        .setSubject('x')
        .setExpirationTime('5m')
        .sign(signing),
      'no expiry': await new SignJWT({ role: 'admin' })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setSubject('x')
        .setIssuedAt()
        .sign(signing),
      'issued in the future': await new SignJWT({ role: 'admin' })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setSubject('x')
        .setIssuedAt('10m')
        .setExpirationTime('1h')
        .sign(signing),
      'older than AUTH_JWT_MAX_AGE_SECONDS': await new SignJWT({ role: 'admin' })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setSubject('x')
        .setIssuedAt('-2h')
        .setExpirationTime('1h')
        .sign(signing),
      'no issue time': await new SignJWT({ role: 'admin' })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setSubject('x')
        .setExpirationTime('5m')
        .sign(signing),
      'no subject': await new SignJWT({ role: 'admin' })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setExpirationTime('5m')
        .sign(signing),
      'alg none': `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${Buffer.from(JSON.stringify({ role: 'admin', iss: ISSUER, aud: AUDIENCE, sub: 'x' })).toString('base64url')}.x`,
      'HS256 with a guessed secret': await new SignJWT({ role: 'admin' })
        .setProtectedHeader({ alg: 'HS256', kid: 'k1' })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setSubject('x')
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode('secret-secret-secret-secret-1234')),
    };
    for (const [why, t] of Object.entries(cases)) {
      const r = await api.gql(MESSAGE, { id: id('internal') }, t);
      expect(r.status, why).toBe(401);
      expect(r.body.errors[0].extensions.code, why).toBe('UNAUTHENTICATED');
      expect(r.text, why).not.toContain('127.0.0.1');
    }
  });

  it('answers 403 FORBIDDEN for a valid token without a known role', async () => {
    for (const claims of [{}, { role: 'superuser' }, { role: ['staff'] }]) {
      const r = await api.gql(MESSAGE, { id: id('internal') }, await token(claims));
      expect(r.status).toBe(403);
      expect(r.body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(r.body.errors[0].message).toMatch(/role/);
    }
  });

  it('reads the role from the configured claim', async () => {
    const verify = jwtVerifier({
      jwksUrl,
      issuer: ISSUER,
      audience: AUDIENCE,
      roleClaim: 'https://ngo.example/roles',
      maxAgeSeconds: 3600,
    });
    expect(await verify(await token({ 'https://ngo.example/roles': ['editor'] }))).toEqual({
      role: 'editor',
      label: 'jwt:ada@example.org',
    });
    await expect(verify(await token({ role: 'admin' }))).rejects.toMatchObject({ status: 403 });
  });

  it('says 503, without the address, when the identity provider cannot be reached', async () => {
    const verify = jwtVerifier({
      jwksUrl: 'http://127.0.0.1:1/jwks.json',
      issuer: ISSUER,
      audience: AUDIENCE,
      roleClaim: 'role',
      maxAgeSeconds: 3600,
    });
    const err = await verify(await token({ role: 'viewer' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthRejection);
    expect(err).toMatchObject({ status: 503, code: 'AUTHENTICATION_UNAVAILABLE' });
    expect((err as Error).message).not.toContain('127.0.0.1');
  });

  it('are refused (401) by a server without single sign-on configured', async () => {
    const plain = await httpApi();
    try {
      const r = await plain.gql(MESSAGE, { id: id('internal') }, await token({ role: 'admin' }));
      expect(r.status).toBe(401);
      expect(r.body.errors[0].message).toMatch(/API key/);
    } finally {
      await plain.close();
    }
  });
});
