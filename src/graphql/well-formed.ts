// Text must be valid Unicode. JSON lets a variable carry a lone surrogate ("\ud800"), which Neo4j would store as
// U+FFFD: the text saved would not be the text sent. Refused before anything runs (literals in the query are
// already refused by the GraphQL parser).
import type { ApolloServerPlugin } from '@apollo/server';
import { badInput } from '../errors.js';

// In a /u regular expression a surrogate pair is one code point: only a lone surrogate matches \p{Cs}.
const LONE_SURROGATE = /\p{Cs}/u;
const wellFormed = (s: string) => !LONE_SURROGATE.test(s);

/** The path of the first string (key or value) that is not well-formed UTF-16, or null. */
function illFormed(value: unknown, path: string): string | null {
  if (typeof value === 'string') return wellFormed(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = illFormed(value[i], `${path}[${i}]`);
      if (p) return p;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = wellFormed(k) ? illFormed(v, `${path}.${k}`) : `${path} (a key)`;
      if (p) return p;
    }
  }
  return null;
}

export function wellFormedText<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          const path = illFormed(request.variables ?? {}, 'variables');
          if (path) {
            const message = `Text must be valid Unicode: ${path} holds a lone surrogate (half of a UTF-16 pair)`;
            throw badInput(message, path, { http: { status: 400 } });
          }
        },
      };
    },
  };
}
