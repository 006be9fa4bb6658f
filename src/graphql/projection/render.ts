// Fills a named statement from cypher/: `{{slot}}` takes a compiled projection, and lines between
// `//#if flag` and `//#endif` stay only when the flag is on. Slots hold compiled Cypher, never request values.
export function render(template: string, slots: Record<string, string>, flags: Record<string, boolean> = {}): string {
  const out: string[] = [];
  const keep: boolean[] = [];
  for (const line of template.split('\n')) {
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
