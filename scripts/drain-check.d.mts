// Types of scripts/drain-check.mjs for the tests that call it (tests/foundation/process.test.ts).
export interface DrainResult {
  nodeEnv: string;
  inFlight: number;
  answered: number;
  cut: number;
  errors: string[];
  exitCode: number | null;
  exitSignal: string | null;
  drainMs: number;
  newConnectionRefused: boolean;
  idleKeepAliveClosedMs: number | null;
  keepAliveResponseConnection: string | null;
}

export function drainRun(options?: {
  nodeEnv?: string;
  requests?: number;
  lateMs?: number;
  graceMs?: number;
  neo4j?: Record<string, string>;
}): Promise<DrainResult>;
