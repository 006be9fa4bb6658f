// A pack as one self-contained HTML page (styles inline, no script, no remote resource), every text escaped.
// It declares its language and direction, and each text in another language or direction, so that browsers
// and the PDF printer (pdf.ts) pick the right fonts, shape and order each script.
import type { BriefingPack } from './pack.js';
import { outline, type Block, type Inline } from './outline.js';

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `
@page { size: A4; margin: 18mm; }
body { font-family: "DejaVu Sans", "Noto Sans", "Noto Sans Arabic", "Noto Sans Myanmar", "Noto Sans Ethiopic", "Noto Sans CJK SC", system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #1d2330; line-height: 1.45; }
:lang(ar) { font-family: "Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans", sans-serif; }
:lang(my) { font-family: "Noto Sans Myanmar", "DejaVu Sans", sans-serif; line-height: 1.8; }
:lang(am) { font-family: "Noto Sans Ethiopic", "DejaVu Sans", sans-serif; }
:lang(zh) { font-family: "Noto Sans CJK SC", "DejaVu Sans", sans-serif; }
header { border-bottom: 3px solid #b3123b; margin-bottom: 1.5rem; }
h1 { font-size: 1.7rem; margin: 0 0 .5rem; } h2 { margin-top: 2rem; color: #b3123b; } h3 { margin-bottom: .3rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; } dt { font-weight: bold; } dd { margin: 0; }
aside.safety { border: 2px solid #d98e04; background: #fff7e6; padding: .6rem 1rem; border-radius: 6px; }
aside.safety p { margin: .4rem 0; }
ul.evidence { color: #444; font-size: .95em; }
.tag { display: inline-block; font-size: .7em; font-weight: bold; border: 1px solid #888; border-radius: 3px; padding: 0 .3em; margin-inline-end: .35em; vertical-align: middle; }
.fallback { font-style: italic; } sup.fallback-mark { color: #b3123b; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #ccd; padding: .3rem .5rem; text-align: start; vertical-align: top; }
th { background: #eef0f5; } tr:nth-child(even) td { background: #f8f9fb; }
footer { margin-top: 2rem; font-size: .85em; color: #555; }
@media print { body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; } header { padding-top: 30mm; }
  body > h2:first-of-type { break-before: page; } h2, h3 { break-after: avoid; } li, tr { break-inside: avoid; } }`;

function inline(parts: Inline[], doc: { language: string; dir: string }, legend: string | null): string {
  return parts
    .map((p) => {
      if (p.tag) return `<span class="tag">${escapeHtml(p.text)}</span>`;
      let html = escapeHtml(p.text);
      if (p.strong) html = `<strong>${html}</strong>`;
      if (p.lang && p.lang !== doc.language)
        html = `<span lang="${escapeHtml(p.lang)}"${p.dir && p.dir !== doc.dir ? ` dir="${p.dir}"` : ''}${p.fallback ? ' class="fallback"' : ''}>${html}</span>`;
      if (p.fallback) html += `<sup class="fallback-mark" title="${escapeHtml(legend ?? '')}">†</sup>`;
      if (p.draft) html += '<sup class="fallback-mark">‡</sup>';
      return html;
    })
    .join('');
}

/** The pack as HTML with the words of `locale` (default: those of the pack's language). */
export function toHtml(pack: BriefingPack, locale?: string): string {
  const doc = outline(pack, locale);
  const text = (parts: Inline[]) => inline(parts, doc, doc.legend);
  const block = (b: Block): string => {
    switch (b.kind) {
      case 'title':
        return `<header><h1>${escapeHtml(b.title)}</h1><dl>${b.meta.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl></header>`;
      case 'heading':
        return b.level === 1 ? `<h2>${escapeHtml(b.text)}</h2>` : `<h3>${escapeHtml(b.text)}</h3>`;
      case 'paragraph':
        return `<p>${text(b.text)}</p>`;
      case 'note':
        return `<aside class="safety"><strong>${escapeHtml(b.title)}</strong>${b.lines.map((l) => `<p>${text(l)}</p>`).join('')}</aside>`;
      case 'list':
        return `<ul class="messages">${b.items.map((i) => `<li>${text(i.text)}${i.children.length ? `<ul class="evidence">${i.children.map((c) => `<li>${text(c)}</li>`).join('')}</ul>` : ''}</li>`).join('')}</ul>`;
      case 'table':
        return `<table><thead><tr>${b.header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${text(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    }
  };
  const legend = doc.legend ? `<footer><sup class="fallback-mark">†</sup> ${escapeHtml(doc.legend)}</footer>` : '';
  return `<!doctype html>
<html lang="${escapeHtml(doc.language)}" dir="${doc.dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(doc.title)}</title><style>${STYLE}</style></head>
<body>
${doc.blocks.map(block).join('\n')}
${legend}
</body>
</html>
`;
}
