// A pack as Markdown (CommonMark with GFM tables). Every graph text is escaped: a message cannot add a
// link, an image, HTML or a table cell of its own.
import type { BriefingPack } from './pack.js';
import { outline, type Block, type Inline, type Item } from './outline.js';

/** Backslash-escapes what could start markup inside a line; line breaks become spaces. */
const escapeMarkdown = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>|~&#]/g, '\\$&');

function inline(parts: Inline[]): string {
  return parts
    .map((p) => {
      if (p.tag) return `\`${p.text.replace(/`/g, '')}\` `;
      const text = escapeMarkdown(p.text);
      return `${p.strong ? `**${text}**` : text}${p.fallback ? '†' : ''}${p.draft ? '‡' : ''}`;
    })
    .join('');
}

const item = (i: Item) => [`- ${inline(i.text)}`, ...i.children.map((c) => `  - ${inline(c)}`)].join('\n');

function block(b: Block, colon: string): string {
  switch (b.kind) {
    case 'title':
      return [
        `# ${escapeMarkdown(b.title)}`,
        '',
        ...b.meta.map(([k, v]) => `**${escapeMarkdown(k)}${colon.trimEnd()}** ${escapeMarkdown(v)}  `),
      ].join('\n');
    case 'heading':
      return `${b.level === 1 ? '##' : '###'} ${escapeMarkdown(b.text)}`;
    case 'list':
      return b.items.map(item).join('\n');
    case 'paragraph':
      return inline(b.text);
    case 'note':
      return [`> **${escapeMarkdown(b.title)}**`, ...b.lines.map((l) => `>\n> ${inline(l)}`)].join('\n');
    case 'table':
      return [
        `| ${b.header.map(escapeMarkdown).join(' | ')} |`,
        `|${b.header.map(() => ' --- |').join('')}`,
        ...b.rows.map((r) => `| ${r.map(inline).join(' | ')} |`),
      ].join('\n');
  }
}

/** The pack as Markdown with the words of `locale` (default: those of the pack's language). */
export function toMarkdown(pack: BriefingPack, locale?: string): string {
  const doc = outline(pack, locale);
  const legend = doc.legend ? [`† ${escapeMarkdown(doc.legend)}`] : [];
  return `${[...doc.blocks.map((b) => block(b, doc.t.t('punctuation.colon'))), ...legend].join('\n\n')}\n`;
}
