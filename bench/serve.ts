// What the benchmark's child servers share: they tell the runner their URL on stdout, one JSON line.
export function announce(url: string): void {
  process.stdout.write(`${JSON.stringify({ ready: url })}\n`);
}

/** Children end with the runner: on SIGTERM, or when the runner's stdin closes. */
export function exitWithParent(close: () => Promise<unknown>): void {
  const stop = () => void close().finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.stdin.on('end', stop).resume();
}
