// The view lives in the URL (?view=arenas&place=lille&themes=migration,sex-work&lang=fr): links and the back
// button give it back. Every job reads the same parameters, so a place or themes picked once follow along.
import { useEffect, useState } from 'preact/hooks';

export type Params = Record<string, string>;

const read = (): Params => Object.fromEntries(new URLSearchParams(location.search));

function write(params: Params, push: boolean): void {
  const search = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '')).toString();
  const url = `${location.pathname}${search ? `?${search}` : ''}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  dispatchEvent(new PopStateEvent('popstate'));
}

/** The URL's parameters, and a setter: `push` for a new view (back returns), otherwise the entry is replaced. */
export function useUrlState(): [Params, (patch: Params, push?: boolean) => void] {
  const [params, setParams] = useState(read);
  useEffect(() => {
    const sync = () => setParams(read());
    addEventListener('popstate', sync);
    return () => removeEventListener('popstate', sync);
  }, []);
  return [params, (patch, push = false) => write({ ...read(), ...patch }, push)];
}

export const listParam = (value: string | undefined): string[] => (value ? value.split(',').filter(Boolean) : []);
