// Files made in the browser: a CSV of rows, saved through a temporary link.
import { stringify } from 'csv-stringify/browser/esm/sync';

/** RFC 4180 (CRLF), UTF-8 with a byte-order mark so spreadsheet programs read accents right. */
export function downloadCsv(name: string, columns: Record<string, string>, rows: Array<Record<string, string>>): void {
  const csv = '\ufeff' + stringify(rows, { header: true, columns, record_delimiter: 'windows' });
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
