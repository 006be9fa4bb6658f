// Configuration: parsed and validated once, at start, into a frozen object.
import { z } from 'zod';

const LOCAL_URI = `bolt://127.0.0.1:${process.env.NEO4J_LOCAL_BOLT_PORT ?? 7687}`;

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  NEO4J_URI: z
    .string()
    .regex(
      /^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/,
      'must look like neo4j://host:7687, neo4j+s://host or bolt://host:7687',
    )
    .optional(),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_LOCAL_PASSWORD: z.string().min(1).default('advocacy-local'),
  NEO4J_MAX_RETRY_MS: z.coerce.number().int().min(0).default(5_000),
  // Neo4j ends any transaction of ours after this long (a large `npm run import` may need more: set it for that command).
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().min(1).default(30_000),
  SEED_ON_EMPTY: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  LOG_LEVEL: z.enum(['silent', 'error', 'info', 'debug']).default('info'),
  // Authentication (src/auth): API keys are cached this long after a lookup; JWTs are checked when a JWKS URL is set.
  AUTH_KEY_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  AUTH_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
  AUTH_JWT_ISSUER: z.string().min(1).optional(),
  AUTH_JWT_AUDIENCE: z.string().min(1).optional(),
  AUTH_ROLE_CLAIM: z.string().min(1).default('role'),
  AUTH_JWT_MAX_AGE_SECONDS: z.coerce.number().int().min(60).default(86_400),
  // Abuse limits (src/limits), on by default.
  MAX_QUERY_DEPTH: z.coerce.number().int().min(1).default(8),
  MAX_QUERY_COST: z.coerce.number().int().min(1).default(50_000),
  QUERY_COST_LIST_SIZE: z.coerce.number().int().min(1).default(10),
  MAX_ALIASES: z.coerce.number().int().min(0).default(30),
  MAX_ROOT_FIELDS: z.coerce.number().int().min(1).default(10),
  MAX_DIRECTIVES: z.coerce.number().int().min(0).default(10),
  MAX_TOKENS: z.coerce.number().int().min(1).default(3_000),
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(100 * 1024),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  RATE_LIMIT_ANONYMOUS: z.coerce.number().int().min(1).default(120),
  RATE_LIMIT_AUTHENTICATED: z.coerce.number().int().min(1).default(600),
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // Several replicas (src/shared): rate-limit counters and key revocations in Redis; unset, both stay in the process.
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/[^\s]+$/, 'must look like redis://host:6379 or rediss://user:password@host:6380/0')
    .optional(),
  // Mutations sent with an Idempotency-Key header (src/graphql/mutations/idempotency.ts) are remembered this long.
  IDEMPOTENCY_KEY_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(30 * 24 * 3600)
    .default(24 * 3600),
});

export type Config = Readonly<{
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  neo4j: Readonly<{
    uri: string;
    username: string;
    password: string;
    database: string;
    local: boolean;
    maxRetryMs: number;
    txTimeoutMs: number;
  }>;
  seedOnEmpty: boolean;
  shutdownGraceMs: number;
  logLevel: 'silent' | 'error' | 'info' | 'debug';
  auth: Readonly<{
    keyCacheMs: number;
    jwt: Readonly<{
      jwksUrl: string;
      issuer: string;
      audience: string;
      roleClaim: string;
      maxAgeSeconds: number;
    }> | null;
  }>;
  limits: Readonly<{
    depth: number;
    cost: number;
    listSize: number;
    aliases: number;
    rootFields: number;
    directives: number;
    tokens: number;
    bodyBytes: number;
    rateWindowMs: number;
    rateAnonymous: number;
    rateAuthenticated: number;
    trustProxyHops: number;
  }>;
  redisUrl: string | null;
  idempotencyKeyTtlSeconds: number;
}>;

export class ConfigError extends Error {}

/** Reads the environment once; throws ConfigError with one line per bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  const e = parsed.data;
  // A token is only as trustworthy as the issuer and audience it is checked against: both are required.
  if (e.AUTH_JWKS_URL && (!e.AUTH_JWT_ISSUER || !e.AUTH_JWT_AUDIENCE)) {
    throw new ConfigError('AUTH_JWT_ISSUER, AUTH_JWT_AUDIENCE: both are required when AUTH_JWKS_URL is set');
  }
  const local = e.NEO4J_URI === undefined;
  return Object.freeze({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    neo4j: Object.freeze({
      uri: e.NEO4J_URI ?? LOCAL_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD ?? e.NEO4J_LOCAL_PASSWORD,
      database: e.NEO4J_DATABASE,
      local,
      maxRetryMs: e.NEO4J_MAX_RETRY_MS,
      txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
    }),
    seedOnEmpty: e.SEED_ON_EMPTY,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    logLevel: e.LOG_LEVEL,
    auth: Object.freeze({
      keyCacheMs: e.AUTH_KEY_CACHE_SECONDS * 1000,
      jwt: e.AUTH_JWKS_URL
        ? Object.freeze({
            jwksUrl: e.AUTH_JWKS_URL,
            issuer: e.AUTH_JWT_ISSUER!,
            audience: e.AUTH_JWT_AUDIENCE!,
            roleClaim: e.AUTH_ROLE_CLAIM,
            maxAgeSeconds: e.AUTH_JWT_MAX_AGE_SECONDS,
          })
        : null,
    }),
    limits: Object.freeze({
      depth: e.MAX_QUERY_DEPTH,
      cost: e.MAX_QUERY_COST,
      listSize: e.QUERY_COST_LIST_SIZE,
      aliases: e.MAX_ALIASES,
      rootFields: e.MAX_ROOT_FIELDS,
      directives: e.MAX_DIRECTIVES,
      tokens: e.MAX_TOKENS,
      bodyBytes: e.MAX_BODY_BYTES,
      rateWindowMs: e.RATE_LIMIT_WINDOW_SECONDS * 1000,
      rateAnonymous: e.RATE_LIMIT_ANONYMOUS,
      rateAuthenticated: e.RATE_LIMIT_AUTHENTICATED,
      trustProxyHops: e.TRUST_PROXY_HOPS,
    }),
    redisUrl: e.REDIS_URL ?? null,
    idempotencyKeyTtlSeconds: e.IDEMPOTENCY_KEY_TTL_SECONDS,
  });
}
