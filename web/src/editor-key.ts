// An editor's API key, typed into the page: kept in this tab's sessionStorage only (gone when the tab closes, never
// in the URL or localStorage), and sent as a Bearer credential with every request while it is set.
const SLOT = 'advocacy-graph.api-key';

export const editorKey = (): string => sessionStorage.getItem(SLOT) ?? '';

export function setEditorKey(key: string): void {
  if (key) sessionStorage.setItem(SLOT, key);
  else sessionStorage.removeItem(SLOT);
}
