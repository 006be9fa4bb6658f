// Search across every kind of record, in any language, with the matched words marked in a snippet; with no words
// asked, browse them (browse.tsx).
import { useState } from 'preact/hooks';
import { useQuery } from '../api';
import { SEARCH } from '../queries';
import { useI18n, type Key } from '../i18n';
import { Provenance, type Origin } from '../ui/badges';
import { Announce, QueryStatus } from '../ui/status';
import type { JobProps } from '../job-props';
import { Job } from '../ui/job';
import { Browse } from './browse';

interface Hit {
  kind: string;
  node: { id: string; name?: string; text?: string; provenance: { origin: Origin } };
  snippet: { text: string; language: string; highlights: Array<{ start: number; end: number }> };
}

/** The snippet with its matched words in <mark>. */
function Snippet({ snippet }: { snippet: Hit['snippet'] }) {
  const parts = [];
  let at = 0;
  for (const { start, end } of snippet.highlights) {
    parts.push(snippet.text.slice(at, start), <mark key={start}>{snippet.text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(snippet.text.slice(at));
  return (
    <p class="snippet" lang={snippet.language}>
      {parts}
    </p>
  );
}

export function Search(props: JobProps) {
  const { params, set } = props;
  const { t, lang } = useI18n();
  const asked = params.q ?? '';
  const [text, setText] = useState(asked);
  const state = useQuery<{ searchRecords: { edges: Hit[] } }>(
    SEARCH,
    asked.trim() ? { text: asked, language: lang } : null,
  );
  const { data } = state;
  const hits = data?.searchRecords.edges ?? [];
  return (
    <Job title={t('viewSearch')} intro={t('searchIntro')}>
      <form
        class="controls search"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          set({ q: text.trim() }, true);
        }}
      >
        <label for="search-text">{t('searchLabel')}</label>
        <div class="row">
          <input id="search-text" type="search" value={text} onInput={(e) => setText(e.currentTarget.value)} />
          <button type="submit" class="primary">
            {t('searchButton')}
          </button>
        </div>
      </form>
      <QueryStatus state={state} />
      {!asked.trim() && <Browse {...props} />}
      {data && (
        <div class="results">
          <Announce text={hits.length ? t('searchCount', { count: hits.length }) : t('searchNone')} />
          <ol class="cards">
            {hits.map(({ kind, node, snippet }) => (
              <li key={`${kind}:${node.id}`} class="card" data-hit={`${kind}:${node.id}`}>
                <p class="meta">
                  <span class="badge kind">{t(`kind_${kind}` as Key)}</span>{' '}
                  <Provenance origin={node.provenance.origin} />
                </p>
                <h3>{node.name ?? node.text}</h3>
                <Snippet snippet={snippet} />
                {kind === 'THEME' && (
                  <a href={`?view=shared&lang=${lang}&themes=${encodeURIComponent(node.id)}`}>{t('seeShared')}</a>
                )}
                {kind === 'PLACE' && (
                  <a href={`?view=arenas&lang=${lang}&place=${encodeURIComponent(node.id)}`}>{t('seeArenas')}</a>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
    </Job>
  );
}
