// Measuring one target: a request with its latency and correctness, autocannon at concurrency 16, resident memory.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import type { Request } from './workloads.js';

export interface Reply {
  ms: number;
  error?: string;
  json?: unknown;
}

/** One request; an HTTP error, a GraphQL `errors` list or a floor `error` counts as a failure. */
export async function send(base: string, req: Request): Promise<Reply> {
  const started = process.hrtime.bigint();
  try {
    const res = await fetch(base + req.path, {
      signal: AbortSignal.timeout(60_000),
      method: 'POST',
      headers: { 'content-type': 'application/json', ...req.headers },
      body: JSON.stringify(req.body()),
    });
    const json = (await res.json()) as { errors?: Array<{ message: string }>; error?: string };
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const problem = json.errors?.[0]?.message ?? json.error ?? (res.ok ? undefined : `HTTP ${res.status}`);
    return problem ? { ms, error: problem.slice(0, 300) } : { ms, json };
  } catch (e) {
    return { ms: Number(process.hrtime.bigint() - started) / 1e6, error: (e as Error).message };
  }
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export interface Throughput {
  rps: number;
  requests: number;
  non2xx: number;
  errors: number;
  peakRssMb: number;
}

/** Autocannon at `connections` for `seconds`, sampling the server's RSS meanwhile. */
export async function throughput(
  base: string,
  req: Request,
  pid: number,
  opts: { connections: number; seconds: number },
): Promise<Throughput> {
  let peak = rssMb(pid);
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, 100);
  try {
    const result = await autocannon({
      url: base + req.path,
      connections: opts.connections,
      duration: opts.seconds,
      timeout: 60,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...req.headers },
          // A fresh body per request, so writes create distinct records.
          setupRequest: (r: Record<string, unknown>) => ({ ...r, body: JSON.stringify(req.body()) }),
        },
      ],
    });
    const seconds = result.duration || opts.seconds;
    return {
      rps: result.requests.total / seconds,
      requests: result.requests.total,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
      peakRssMb: peak,
    };
  } finally {
    clearInterval(sampler);
  }
}

/** Resident memory of a process (VmRSS), in MB. */
export function rssMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
}
