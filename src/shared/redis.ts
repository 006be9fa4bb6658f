// Several replicas: the state every API process must agree on (rate-limit counters, revoked API keys) in Redis,
// when REDIS_URL is set. Unset, each process keeps its own, which is right for one process.
import { Redis, type RedisOptions } from 'ioredis';
import type { Store } from 'express-rate-limit';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import { StartupError } from '../db/connect.js';
import { logger } from '../logger.js';

const PREFIX = 'advocacy-graph:';
const REVOKED = `${PREFIX}revoked-keys`;

/** Where Redis is, without the credentials a URL may carry: safe to print. */
const where = (url: string) => url.replace(/\/\/[^@/]*@/, '//');

/**
 * Revoked API keys, told to every replica: a revoke publishes the key's hash, each process drops it from its
 * key caches at once. A message sent while a process is unsubscribed is lost, so until its subscription is
 * back that process trusts no cached key (live is false), and it empties its caches when it resubscribes.
 */
export class Revocations {
  private readonly caches = new Set<Map<string, unknown>>();

  constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
  ) {
    subscriber.on('message', (channel: string, hash: string) => {
      if (channel === REVOKED) for (const cache of this.caches) cache.delete(hash);
    });
    subscriber.on('ready', () => {
      for (const cache of this.caches) cache.clear();
    });
  }

  /** A key cache (hash -> entry) to keep free of revoked keys. */
  watch(cache: Map<string, unknown>): void {
    this.caches.add(cache);
  }

  get live(): boolean {
    return this.subscriber.status === 'ready';
  }

  /** Tells every replica; false if Redis could not be told (the caller says so: caches then expire on their own). */
  async publish(hashes: string[]): Promise<boolean> {
    try {
      for (const hash of hashes) await this.publisher.publish(REVOKED, hash);
      return true;
    } catch {
      return false;
    }
  }
}

export interface Shared {
  /** A rate-limit store whose counters every replica shares. */
  rateStore(): Store;
  revocations: Revocations;
  close(): Promise<void>;
}

/** Connects (and subscribes) before the service takes requests; the StartupError names the URL without credentials. */
export async function connectShared(url: string): Promise<Shared> {
  // Commands fail at once while Redis is away instead of queueing behind the request; the clients reconnect by themselves.
  const options: RedisOptions = {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 5_000,
  };
  const redis = new Redis(url, options);
  const subscriber = new Redis(url, options);
  // Before the first connection, a failure is the start's error (below); after it, logged once per outage.
  let reported = true;
  for (const client of [redis, subscriber]) {
    client.on('error', (e: Error) => {
      if (!reported) logger.error('Redis unreachable; retrying', { redis: where(url), message: e.message });
      reported = true;
    });
    client.on('ready', () => {
      reported = false;
    });
  }
  try {
    await redis.connect();
    await subscriber.connect();
    await subscriber.subscribe(REVOKED);
  } catch {
    redis.disconnect();
    subscriber.disconnect();
    throw new StartupError(`cannot reach Redis at ${where(url)} (is it running? check REDIS_URL)`);
  }
  return {
    rateStore: () =>
      new RedisStore({
        prefix: `${PREFIX}rate:`,
        sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as Promise<RedisReply>,
      }),
    revocations: new Revocations(redis, subscriber),
    async close() {
      await Promise.allSettled([redis.quit(), subscriber.quit()]);
    },
  };
}
