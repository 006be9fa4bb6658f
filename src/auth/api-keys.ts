// API keys: random secrets shown once at creation; Neo4j keeps only their SHA-256.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/db.js';
import type { Viewer } from '../domain/viewer.js';
import type { Revocations } from '../shared/redis.js';
import type { GrantedRole } from './roles.js';

const PREFIX = 'agk_';
const KEY_SHAPE = /^agk_[A-Za-z0-9_-]{43}$/;

export interface KeyInfo {
  id: string;
  label: string;
  role: GrantedRole;
  createdAt: string;
  revokedAt: string | null;
}

/** 32 random bytes (256 bits), base64url, with a prefix so a leaked key is recognisable in logs and scanners. */
export function newKey(): string {
  return PREFIX + randomBytes(32).toString('base64url');
}

/**
 * SHA-256 rather than a slow KDF (bcrypt, scrypt, argon2): slow hashing protects guessable passwords, but a
 * 256-bit random key cannot be guessed from its hash, and a fast hash lets every request be checked cheaply.
 */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export const looksLikeKey = (token: string) => KEY_SHAPE.test(token);

interface Cached {
  viewer: Viewer;
  until: number;
}
// One cache per database handle, shared by every ApiKeys over it, so a revoke in this process takes effect at once;
// with several replicas (REDIS_URL), Revocations tells the others' caches too.
const caches = new WeakMap<Db, Map<string, Cached>>();

export class LabelTaken extends Error {}

export class ApiKeys {
  private readonly cache: Map<string, Cached>;

  constructor(
    private readonly db: Db,
    private readonly cacheMs: number,
    private readonly now: () => number = Date.now,
    private readonly revocations: Revocations | null = null,
  ) {
    const shared = caches.get(db) ?? new Map<string, Cached>();
    caches.set(db, shared);
    this.cache = shared;
    revocations?.watch(shared);
  }

  /** Makes a key; the returned secret exists nowhere else, so the caller must show it now. */
  async create(label: string, role: GrantedRole): Promise<{ id: string; key: string }> {
    const key = newKey();
    const id = `key-${randomBytes(6).toString('hex')}`;
    const rows = await this.db.write('auth/create-key', { id, label, role, hash: hashKey(key) });
    if (!rows.length)
      throw new LabelTaken(`an active key is already labelled "${label}"; revoke it first or choose another label`);
    return { id, key };
  }

  list(): Promise<KeyInfo[]> {
    return this.db.read<KeyInfo>('auth/list-keys');
  }

  /** Revokes the active key with this label or id; returns what was revoked (nothing if none was active) and
   * whether the other replicas were told (always true without Redis: there are none to tell). */
  async revoke(ref: string): Promise<{ revoked: Array<{ id: string; label: string }>; told: boolean }> {
    const rows = await this.db.write<{ id: string; label: string; hash: string }>('auth/revoke-key', { ref });
    for (const r of rows) this.cache.delete(r.hash);
    const told = !rows.length || !this.revocations || (await this.revocations.publish(rows.map((r) => r.hash)));
    return { revoked: rows.map(({ id, label }) => ({ id, label })), told };
  }

  /** The viewer a key stands for, or null for an unknown or revoked key. Valid keys are cached for cacheMs,
   * but not trusted while this replica cannot hear revocations (its Redis subscription is down). */
  async viewerFor(key: string): Promise<Viewer | null> {
    if (!looksLikeKey(key)) return null;
    const hash = hashKey(key);
    const hit = this.cache.get(hash);
    if (hit && hit.until > this.now() && (this.revocations?.live ?? true)) return hit.viewer;
    this.cache.delete(hash);
    const [row] = await this.db.read<{ label: string; role: GrantedRole }>('auth/find-key', { hash });
    if (!row) return null;
    const viewer: Viewer = Object.freeze({ role: row.role, label: row.label });
    if (this.cacheMs > 0) this.cache.set(hash, { viewer, until: this.now() + this.cacheMs });
    return viewer;
  }
}
