// Measures an operation the way the limits count it: depth, aliases, directives and root fields with fragments expanded.
// Each fragment is measured once and reused, so a document that spreads fragments exponentially is cheap to measure.
import { Kind, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

interface Measure {
  depth: number;
  aliases: number;
  directives: number;
}

/** What the limits read of an operation: its measure and its root fields (distinct answer keys, introspection apart). */
export interface OperationMeasure extends Measure {
  rootFields: number;
}

const NONE: Measure = { depth: 0, aliases: 0, directives: 0 };
// Introspection's type-wrapper chain (NonNull of List of X) is linear and GraphiQL asks for it 7 levels deep.
const FREE_FIELDS = new Set(['ofType']);

export function measureOperation(
  op: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): OperationMeasure {
  const memo = new Map<string, Measure>();
  const inProgress = new Set<string>();

  const fragment = (name: string): Measure => {
    const known = memo.get(name);
    if (known) return known;
    const def = fragments.get(name);
    // Unknown and cyclic fragments are reported by graphql's own rules; they add nothing here.
    if (!def || inProgress.has(name)) return NONE;
    inProgress.add(name);
    const m = set(def.selectionSet);
    inProgress.delete(name);
    const withOwn = { ...m, directives: m.directives + (def.directives?.length ?? 0) };
    memo.set(name, withOwn);
    return withOwn;
  };

  const set = (selectionSet: SelectionSetNode): Measure => {
    let depth = 0,
      aliases = 0,
      directives = 0;
    for (const s of selectionSet.selections) {
      directives += s.directives?.length ?? 0;
      let inner: Measure;
      if (s.kind === Kind.FIELD) {
        const child = s.selectionSet ? set(s.selectionSet) : NONE;
        inner = {
          depth: child.depth + (FREE_FIELDS.has(s.name.value) ? 0 : 1),
          aliases: child.aliases + (s.alias ? 1 : 0),
          directives: child.directives,
        };
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        inner = set(s.selectionSet);
      } else {
        inner = fragment(s.name.value);
      }
      depth = Math.max(depth, inner.depth);
      aliases += inner.aliases;
      directives += inner.directives;
    }
    return { depth, aliases, directives };
  };

  const m = set(op.selectionSet);
  return {
    ...m,
    directives: m.directives + (op.directives?.length ?? 0),
    rootFields: rootKeys(op.selectionSet, fragments, new Set(), new Set()).size,
  };
}

/** The answer keys (alias, else name) of the root fields, through fragments; the same key asked twice runs once. */
function rootKeys(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  keys: Set<string>,
  seen: Set<string>,
): Set<string> {
  for (const s of selectionSet.selections) {
    if (s.kind === Kind.FIELD) {
      if (!s.name.value.startsWith('__')) keys.add((s.alias ?? s.name).value);
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      rootKeys(s.selectionSet, fragments, keys, seen);
    } else if (!seen.has(s.name.value)) {
      seen.add(s.name.value);
      const def = fragments.get(s.name.value);
      if (def) rootKeys(def.selectionSet, fragments, keys, seen);
    }
  }
  return keys;
}
