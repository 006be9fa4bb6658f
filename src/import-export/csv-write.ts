// CSV export: one file per kind, the columns csv.ts reads (csvColumns), so export then import gives the same
// records and links. Source and sections have no CSV file; their nodes and links stay in the JSON export.
import { stringify } from 'csv-stringify/sync';
import { type GraphDocument, refKey } from '../graph-data/document.js';
import { FILE_KINDS, REL_TYPES, TEXT_FIELDS, linksOf, propsOf } from '../model/derived.js';

/** The document's records of each kind as `<file>.csv` texts (kinds without records are left out). */
export function writeCsvFiles(doc: GraphDocument): Array<{ file: string; text: string }> {
  // Each relationship is listed by the record whose column names it (a space lists its messages).
  const cells = new Map<string, string[]>();
  const put = (owner: string, column: string, id: string) =>
    cells.set(`${owner} ${column}`, [...(cells.get(`${owner} ${column}`) ?? []), id]);
  for (const r of doc.relationships) {
    for (const { label } of FILE_KINDS) {
      for (const link of linksOf(label)) {
        const [self, other] = link.reverse ? [r.to, r.from] : [r.from, r.to];
        if (link.type !== r.type || self.label !== label || other.label !== link.target) continue;
        put(
          refKey(self),
          REL_TYPES[r.type].claim && r.props.basis === 'RECORD' ? `${link.key}.record` : link.key,
          other.id,
        );
      }
    }
  }
  return FILE_KINDS.flatMap(({ label, file }) => {
    const nodes = doc.nodes.filter((n) => n.label === label);
    if (!nodes.length) return [];
    const fields = [TEXT_FIELDS[label].required, ...TEXT_FIELDS[label].optional];
    const texts = fields.flatMap((f) =>
      [...new Set(nodes.flatMap((n) => n.texts.filter((t) => t.field === f).map((t) => t.lang)))]
        .sort()
        .map((l) => `${f}.${l}`),
    );
    const links = linksOf(label).flatMap((l) => (l.claim ? [l.key, `${l.key}.record`] : [l.key]));
    const header = ['id', 'visibility', 'example', ...Object.keys(propsOf(label)), ...texts, 'original', ...links];
    const rows = nodes.map((n) => {
      const key = refKey(n);
      const row: Record<string, string> = {
        id: n.id,
        visibility: n.visibility,
        example: String(n.props.example ?? false),
      };
      for (const p of Object.keys(propsOf(label))) row[p] = n.props[p] === undefined ? '' : String(n.props[p]);
      for (const t of n.texts) row[`${t.field}.${t.lang}`] = t.value;
      row.original = n.texts.find((t) => t.field === fields[0] && t.original)?.lang ?? '';
      for (const c of links) row[c] = (cells.get(`${key} ${c}`) ?? []).join(';');
      return header.map((c) => row[c] ?? '');
    });
    return [{ file: `${file}.csv`, text: stringify([header, ...rows]) }];
  });
}
