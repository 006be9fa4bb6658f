// `npm run token -- create|list|revoke`: the logic, apart from the process, so tests run it against the real database.
import { parseArgs } from 'node:util';
import { ApiKeys, LabelTaken, type KeyInfo } from './api-keys.js';
import { GRANTED_ROLES, isGrantedRole } from './roles.js';

export interface CommandResult {
  code: number;
  out: string[];
  err: string[];
}

const USAGE = [
  'usage: npm run token -- create --role viewer|editor|admin --label "Lille team"   (prints the new key once)',
  '       npm run token -- list                                                  (label, role, created, revoked)',
  '       npm run token -- revoke <label or key id>',
];

/** What a revoke that Redis did not carry means for the other replicas. */
export const UNTOLD = 'other replicas may accept the key until their key cache expires (AUTH_KEY_CACHE_SECONDS)';

const LABEL = /^[^\p{Cc}]{1,100}$/u;
const usage = (problem: string): CommandResult => ({ code: 2, out: [], err: [`token: ${problem}`, ...USAGE] });

function table(keys: KeyInfo[]): string[] {
  const rows = [
    ['LABEL', 'ROLE', 'CREATED', 'REVOKED', 'ID'],
    ...keys.map((k) => [k.label, k.role, k.createdAt, k.revokedAt ?? '-', k.id]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) =>
    r
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd(),
  );
}

export async function tokenCommand(argv: string[], keys: ApiKeys): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { role: { type: 'string' }, label: { type: 'string' } },
    });
  } catch (e) {
    return usage((e as Error).message);
  }
  const {
    positionals: [command, ...rest],
    values,
  } = parsed;
  switch (command) {
    case 'create': {
      if (!isGrantedRole(values.role)) return usage(`--role must be one of ${GRANTED_ROLES.join(', ')}`);
      const label = values.label?.trim();
      if (!label || !LABEL.test(label)) return usage('--label must be 1 to 100 printable characters');
      try {
        const { id, key } = await keys.create(label, values.role);
        // The key alone on stdout, so `npm run token --silent -- create ... > file` captures just the secret.
        return {
          code: 0,
          out: [key],
          err: [
            `Created ${id} "${label}" (${values.role}). Copy the key now: only its hash is stored, it cannot be shown again.`,
          ],
        };
      } catch (e) {
        if (e instanceof LabelTaken) return { code: 1, out: [], err: [`token: ${e.message}`] };
        throw e;
      }
    }
    case 'list':
      return { code: 0, out: table(await keys.list()), err: [] };
    case 'revoke': {
      if (rest.length !== 1) return usage('revoke takes one label or key id');
      const { revoked, told } = await keys.revoke(rest[0]);
      if (!revoked.length) return { code: 1, out: [], err: [`token: no active key labelled or with id "${rest[0]}"`] };
      return {
        code: 0,
        out: revoked.map((k) => `Revoked ${k.id} "${k.label}"`),
        err: told ? [] : [`token: Redis could not be told; ${UNTOLD}`],
      };
    }
    default:
      return usage(command ? `unknown command "${command}"` : 'no command');
  }
}
