// Fills a named statement from cypher/: `{{slot}}` takes a compiled projection, lines between `//#if flag` and
// `//#endif` stay only when the flag is on, and `//#use name` repeats the lines of a `//#define name` ...
// `//#enddefine` block (a part two subqueries share). Slots hold compiled Cypher, never request values.

/** Takes the define blocks out of the template and puts their lines where they are used. */
function expandBlocks(lines: string[]): string[] {
  const blocks = new Map<string, string[]>();
  const rest: string[] = [];
  let open: string[] | null = null;
  for (const line of lines) {
    const define = /^\s*\/\/#define\s+(\w+)\s*$/.exec(line);
    if (define) { blocks.set(define[1], open = []); continue; }
    if (/^\s*\/\/#enddefine\s*$/.test(line)) { open = null; continue; }
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
  const keep: boolean[] = [];
  for (const line of expandBlocks(template.split('\n'))) {
    const cond = /^\s*\/\/#if\s+(\w+)\s*$/.exec(line);
    if (cond) { keep.push(Boolean(flags[cond[1]])); continue; }
    if (/^\s*\/\/#endif\s*$/.test(line)) { keep.pop(); continue; }
    if (keep.every(Boolean)) out.push(line);
  }
  return out.join('\n').replace(/\{\{(\w+)\}\}/g, (_m, slot: string) => {
    if (!(slot in slots)) throw new Error(`no projection for slot ${slot}`);
    return slots[slot];
  });
}
