// Fills a named statement from cypher/. The whole template language, each rule tested in tests/unit/render.test.ts:
//   {{name}}                      replaced by the slot `name`: Cypher compiled in TypeScript (a projection, a label),
//                                 never a request value, which travels as a parameter. A slot not given is an error.
//   //#if flag ... //#else ... //#endif
//                                 the lines before `//#else` stay when `flag` is on, those after it when it is off
//                                 (the else part is optional; blocks nest). A flag not given is off.
//   //#define name ... //#enddefine, then //#use name
//                                 a block of lines written once and repeated where it is used (two subqueries that
//                                 share their candidates); its #if blocks follow the flags at each use.
// Directive lines are dropped; every other line, comments included, is sent as it is.

/** Takes the define blocks out of the template and puts their lines where they are used. */
function expandBlocks(lines: string[]): string[] {
  const blocks = new Map<string, string[]>();
  const rest: string[] = [];
  let open: string[] | null = null;
  for (const line of lines) {
    const define = /^\s*\/\/#define\s+(\w+)\s*$/.exec(line);
    if (define) {
      blocks.set(define[1], (open = []));
      continue;
    }
    if (/^\s*\/\/#enddefine\s*$/.test(line)) {
      open = null;
      continue;
    }
    (open ?? rest).push(line);
  }
  return rest.flatMap((line) => {
    const use = /^\s*\/\/#use\s+(\w+)\s*$/.exec(line);
    if (!use) return [line];
    const block = blocks.get(use[1]);
    if (!block) throw new Error(`no block ${use[1]} defined`);
    return block;
  });
}

export function render(template: string, slots: Record<string, string>, flags: Record<string, boolean> = {}): string {
  const out: string[] = [];
  // One entry per open #if: whether its current part is kept.
  const keep: boolean[] = [];
  for (const line of expandBlocks(template.split('\n'))) {
    const cond = /^\s*\/\/#if\s+(\w+)\s*$/.exec(line);
    if (cond) {
      keep.push(Boolean(flags[cond[1]]));
      continue;
    }
    if (/^\s*\/\/#else\s*$/.test(line)) {
      if (!keep.length) throw new Error('//#else without //#if');
      keep.push(!keep.pop());
      continue;
    }
    if (/^\s*\/\/#endif\s*$/.test(line)) {
      if (!keep.length) throw new Error('//#endif without //#if');
      keep.pop();
      continue;
    }
    if (keep.every(Boolean)) out.push(line);
  }
  if (keep.length) throw new Error('//#if without //#endif');
  return out.join('\n').replace(/\{\{(\w+)\}\}/g, (_m, slot: string) => {
    if (!(slot in slots)) throw new Error(`no projection for slot ${slot}`);
    return slots[slot];
  });
}
