// Talks to the service's GraphQL endpoint (same origin). Errors keep the service's code and human message.
import { useEffect, useState } from 'preact/hooks';
import { editorKey } from './editor-key';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function gql<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    const key = editorKey();
    res = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(key ? { authorization: `Bearer ${key}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError('NETWORK', '');
  }
  const body = (await res.json().catch(() => null)) as {
    data?: T;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  } | null;
  const error = body?.errors?.[0];
  if (error) throw new ApiError(error.extensions?.code ?? 'ERROR', error.message);
  if (!res.ok || !body?.data) throw new ApiError('HTTP', `HTTP ${res.status}`);
  return body.data;
}

export interface QueryState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  /** Asks again (after a change, or with another key). */
  reload(): void;
}

/** Runs the query whenever its variables change (null: nothing to ask yet); a newer run cancels the older. */
export function useQuery<T>(query: string, variables: Record<string, unknown> | null): QueryState<T> {
  const [state, setState] = useState<Omit<QueryState<T>, 'reload'>>({
    data: null,
    error: null,
    loading: variables !== null,
  });
  const [runs, setRuns] = useState(0);
  const key = variables === null ? null : JSON.stringify(variables);
  useEffect(() => {
    if (key === null) return setState({ data: null, error: null, loading: false });
    const abort = new AbortController();
    setState((s) => ({ ...s, error: null, loading: true }));
    gql<T>(query, JSON.parse(key), abort.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (error: Error) => {
        if (error.name !== 'AbortError') setState({ data: null, error: error as ApiError, loading: false });
      },
    );
    return () => abort.abort();
  }, [query, key, runs]);
  return { ...state, reload: () => setRuns((n) => n + 1) };
}
