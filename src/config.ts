// Configuration: parsed and validated once, at start, into a frozen object.
import { z } from 'zod';

const LOCAL_URI = `bolt://127.0.0.1:${process.env.NEO4J_LOCAL_BOLT_PORT ?? 7687}`;

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  NEO4J_URI: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must look like neo4j://host:7687, neo4j+s://host or bolt://host:7687').optional(),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_LOCAL_PASSWORD: z.string().min(1).default('advocacy-local'),
  SEED_ON_EMPTY: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  LOG_LEVEL: z.enum(['silent', 'error', 'info', 'debug']).default('info'),
});

export type Config = Readonly<{
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  neo4j: Readonly<{ uri: string; username: string; password: string; database: string; local: boolean }>;
  seedOnEmpty: boolean;
  shutdownGraceMs: number;
  logLevel: 'silent' | 'error' | 'info' | 'debug';
}>;

export class ConfigError extends Error {}

/** Reads the environment once; throws ConfigError with one line per bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  const e = parsed.data;
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
    }),
    seedOnEmpty: e.SEED_ON_EMPTY,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    logLevel: e.LOG_LEVEL,
  });
}
