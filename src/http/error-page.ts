// A download's error as a small HTML page in the caller's language, for browsers (they ask for text/html);
// other clients keep the JSON error. The detail of a refused input comes from the validation, in English.
import { escapeHtml } from '../briefing/html.js';
import { isMessageKey, translator } from '../i18n/messages.js';

export function errorPage(locale: string, code: string, detail: string): string {
  const tr = translator(locale);
  const key = `error.${code}`;
  const marker = '\u0001';
  const sentence = escapeHtml(
    tr.t(isMessageKey(key) ? key : 'error.INTERNAL_SERVER_ERROR', { detail: marker }),
  ).replace(marker, `<span lang="en" dir="ltr">${escapeHtml(detail)}</span>`);
  return `<!doctype html>
<html lang="${escapeHtml(tr.locale)}" dir="${tr.dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(tr.t('error.title'))}</title>
<style>body { font-family: "DejaVu Sans", "Noto Sans Arabic", "Noto Sans Myanmar", "Noto Sans Ethiopic", "Noto Sans CJK SC", system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; color: #1d2330; } h1 { color: #b3123b; font-size: 1.5rem; } small { color: #555; }</style></head>
<body><h1>${escapeHtml(tr.t('error.title'))}</h1><p>${sentence}</p><p><small>${escapeHtml(tr.t('error.code', { code }))}</small></p></body>
</html>
`;
}
