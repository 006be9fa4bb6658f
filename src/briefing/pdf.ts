// A pack as an A4 PDF: a title page (with the safety note), headings, messages with their evidence, ruled
// tables and "Page n of N" footers. Text holding CJK is set in Noto Sans CJK, the rest in DejaVu Sans.
import PDFDocument from 'pdfkit';
import { font, hasCjk, type FontName } from './fonts.js';
import type { BriefingPack } from './pack.js';
import { outline, plain, type Block, type Inline } from './outline.js';

type Doc = PDFKit.PDFDocument;

const MARGIN = 56;
const ACCENT = '#b3123b';
const INK = '#1d2330';
const MUTED = '#555b66';

function register(doc: Doc, cjk: boolean): void {
  const names: FontName[] = cjk ? ['sans', 'sansBold', 'cjk', 'cjkBold'] : ['sans', 'sansBold'];
  for (const n of names) {
    const f = font(n);
    doc.registerFont(n, f.data, f.name as string);
  }
}

const face = (text: string, bold: boolean): FontName =>
  hasCjk(text) ? (bold ? 'cjkBold' : 'cjk') : bold ? 'sansBold' : 'sans';

/** What a run of inlines prints as: tags in brackets, fallbacks marked with a dagger, drafts with a double one. */
const pieces = (parts: Inline[]) =>
  parts.map((p) => ({
    text: p.tag ? `[${p.text}] ` : `${p.text}${p.fallback ? '†' : ''}${p.draft ? '‡' : ''}`,
    bold: Boolean(p.strong || p.tag),
    tag: Boolean(p.tag),
  }));

/** One paragraph of inlines; a paragraph with any CJK is set in the CJK face throughout, so lines keep one baseline. */
function paragraph(doc: Doc, parts: Inline[], x: number, width: number, size: number, color = INK): void {
  const cjk = hasCjk(plain(parts));
  const list = pieces(parts);
  doc.fontSize(size);
  list.forEach((p, i) => {
    const f: FontName = cjk ? (p.bold ? 'cjkBold' : 'cjk') : p.bold ? 'sansBold' : 'sans';
    doc.font(f).fillColor(p.tag ? MUTED : color);
    const last = i === list.length - 1;
    if (i === 0) doc.text(p.text, x, doc.y, { width, continued: !last });
    else doc.text(p.text, { continued: !last });
  });
  doc.fillColor(INK);
}

function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function table(doc: Doc, b: Extract<Block, { kind: 'table' }>): void {
  const width = doc.page.width - 2 * MARGIN;
  const cols = b.widths.map((w) => w * width);
  const pad = 4;
  const row = (cells: Array<{ text: string; bold: boolean }>, fill: string | null) => {
    doc.fontSize(9);
    const heights = cells.map((c, i) =>
      doc.font(face(c.text, c.bold)).heightOfString(c.text || ' ', { width: cols[i] - 2 * pad }),
    );
    const h = Math.max(...heights) + 2 * pad;
    ensureRoom(doc, h);
    const y = doc.y;
    let x = MARGIN;
    cells.forEach((c, i) => {
      if (fill) doc.rect(x, y, cols[i], h).fill(fill);
      doc.rect(x, y, cols[i], h).lineWidth(0.5).strokeColor('#b8bcc8').stroke();
      doc
        .font(face(c.text, c.bold))
        .fillColor(INK)
        .text(c.text, x + pad, y + pad, { width: cols[i] - 2 * pad });
      x += cols[i];
    });
    doc.x = MARGIN;
    doc.y = y + h;
  };
  row(
    b.header.map((text) => ({ text, bold: true })),
    '#e8eaf1',
  );
  b.rows.forEach((r, i) =>
    row(
      r.map((cell) => ({
        text: pieces(cell)
          .map((p) => p.text)
          .join(''),
        bold: false,
      })),
      i % 2 ? '#f7f8fb' : null,
    ),
  );
  doc.moveDown(0.8);
}

function titlePage(doc: Doc, b: Extract<Block, { kind: 'title' }>): void {
  const width = doc.page.width - 2 * MARGIN;
  doc.rect(0, 0, doc.page.width, 12).fill(ACCENT);
  doc.y = 150;
  doc.font(face(b.title, true)).fontSize(24).fillColor(INK).text(b.title, MARGIN, doc.y, { width });
  doc.moveDown(1.2);
  for (const [k, v] of b.meta) {
    doc.font('sansBold').fontSize(11).fillColor(MUTED).text(`${k}: `, MARGIN, doc.y, { width, continued: true });
    doc.font(face(v, false)).fillColor(INK).text(v);
    doc.moveDown(0.2);
  }
}

function note(doc: Doc, b: Extract<Block, { kind: 'note' }>): void {
  const width = doc.page.width - 2 * MARGIN;
  doc.moveDown(2);
  const top = doc.y;
  doc
    .font('sansBold')
    .fontSize(12)
    .fillColor('#8a5a00')
    .text(b.title, MARGIN + 10, top + 8, { width: width - 20 });
  for (const line of b.lines) {
    doc.moveDown(0.3);
    paragraph(doc, line, MARGIN + 10, width - 20, 10);
  }
  doc
    .rect(MARGIN, top, width, doc.y - top + 8)
    .lineWidth(1.5)
    .strokeColor('#d98e04')
    .stroke();
  doc.y += 8;
}

function footers(doc: Doc, page: (n: number, of: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('sans')
      .fontSize(8.5)
      .fillColor(MUTED)
      .text(page(i + 1, range.count), MARGIN, doc.page.height - 34, {
        width: doc.page.width - 2 * MARGIN,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}

export function toPdf(pack: BriefingPack): Promise<Buffer> {
  const doc_ = outline(pack);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: doc_.language,
    info: { Title: pack.title, Subject: pack.themes.map((t) => t.name.text).join(', '), Creator: 'advocacy-graph' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  register(doc, hasCjk(JSON.stringify(pack)));
  const width = doc.page.width - 2 * MARGIN;
  let first = true;
  for (const b of doc_.blocks) {
    switch (b.kind) {
      case 'title':
        titlePage(doc, b);
        break;
      case 'note':
        note(doc, b);
        break;
      case 'heading':
        if (first) {
          doc.addPage();
          first = false;
        }
        ensureRoom(doc, 90);
        doc.moveDown(b.level === 1 ? 1 : 0.6);
        doc
          .font(face(b.text, true))
          .fontSize(b.level === 1 ? 16 : 12.5)
          .fillColor(b.level === 1 ? ACCENT : INK)
          .text(b.text, MARGIN, doc.y, { width });
        doc.moveDown(0.4);
        break;
      case 'paragraph':
        paragraph(doc, b.text, MARGIN, width, 10.5);
        doc.moveDown(0.5);
        break;
      case 'list':
        for (const item of b.items) {
          ensureRoom(doc, 40);
          const y = doc.y;
          doc.font('sans').fontSize(10.5).fillColor(ACCENT).text('•', MARGIN, y);
          doc.y = y;
          paragraph(doc, item.text, MARGIN + 14, width - 14, 10.5);
          for (const c of item.children) {
            doc.moveDown(0.15);
            paragraph(doc, c, MARGIN + 28, width - 28, 9, MUTED);
          }
          doc.moveDown(0.5);
        }
        break;
      case 'table':
        table(doc, b);
        break;
    }
  }
  if (doc_.legend) {
    doc.moveDown(1);
    paragraph(doc, [{ text: `† ${doc_.legend}` }], MARGIN, width, 8.5, MUTED);
  }
  footers(doc, doc_.labels.page);
  doc.end();
  return done;
}
