// Browse every kind the other jobs do not list whole: places, arenas, organisations and evidence, filtered by place
// (places inside it included) and themes, a page at a time with the API's keyset cursors.
import { useState } from 'preact/hooks';
import { useQuery } from '../api';
import { useI18n, type Key } from '../i18n';
import type { JobProps } from '../job-props';
import { BROWSE } from '../queries';
import { Provenance, type Origin } from '../ui/badges';
import { PlacePicker } from '../ui/place-picker';
import { Choice } from '../ui/choice';
import { Announce, QueryStatus } from '../ui/status';
import { ThemePicker } from '../ui/theme-picker';
import { listParam } from '../url-state';

type Kind = keyof typeof BROWSE;
const KINDS = Object.keys(BROWSE) as Kind[];

interface Row {
  id: string;
  name?: string;
  text?: string;
  kind?: string;
  level?: string;
  provenance: { origin: Origin };
  place?: { name: string } | null;
}

interface Page {
  list: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: Row }>;
  };
}

/** What kind of thing a row is, in words: a place's kind, an arena's level, an organisation's or evidence's kind. */
function facet(kind: Kind, row: Row): Key | null {
  if (kind === 'SPACE' && row.level) return `level_${row.level}` as Key;
  if (kind === 'EVIDENCE' && row.kind) return `evidenceKind_${row.kind}` as Key;
  if (kind === 'ORGANISATION' && row.kind) return `organisationKind_${row.kind}` as Key;
  if (kind === 'PLACE' && row.kind) return `placeKindOne_${row.kind}` as Key;
  return null;
}

/** One page; the last one offers the next (`more`), so pages stay in the order the cursors give. */
function BrowsePage({
  kind,
  variables,
  after,
  first,
  last,
  more,
}: {
  kind: Kind;
  variables: Record<string, unknown>;
  after: string | null;
  /** The number of its first row (pages hold 20). */
  first: number;
  last: boolean;
  more(cursor: string): void;
}) {
  const { t } = useI18n();
  const state = useQuery<Page>(BROWSE[kind], { ...variables, after });
  const list = state.data?.list;
  return (
    <div class="browse-page">
      <QueryStatus state={state} />
      {list && after === null && (
        <Announce text={list.totalCount ? t('browseCount', { count: list.totalCount }) : t('browseNone')} />
      )}
      {list && (
        <ol class="cards" start={first}>
          {list.edges.map(({ node }) => {
            const what = facet(kind, node);
            return (
              <li key={node.id} class="card" data-record-id={node.id}>
                <p class="meta">
                  {what && <span class="badge kind">{t(what)}</span>} <Provenance origin={node.provenance.origin} />
                </p>
                <h4>{node.name ?? node.text}</h4>
                {node.place && <p class="hint">{node.place.name}</p>}
              </li>
            );
          })}
        </ol>
      )}
      {last && list?.pageInfo.hasNextPage && list.pageInfo.endCursor && (
        <button type="button" onClick={() => more(list.pageInfo.endCursor!)}>
          {t('showMore')}
        </button>
      )}
    </div>
  );
}

export function Browse({ themes, places, params, set }: JobProps) {
  const { t, lang } = useI18n();
  const kind: Kind = KINDS.includes(params.kind as Kind) ? (params.kind as Kind) : 'SPACE';
  const place = params.place ?? '';
  const themed = kind !== 'PLACE';
  const variables = {
    language: lang,
    ...(kind !== 'EVIDENCE' ? { place: place || null } : {}),
    ...(themed ? { themes: listParam(params.themes).length ? listParam(params.themes) : null } : {}),
  };
  // The cursors of the pages shown after the first; a new filter starts again from the first page.
  const [cursors, setCursors] = useState<string[]>([]);
  const filters = JSON.stringify([kind, variables]);
  const [shown, setShown] = useState(filters);
  if (shown !== filters) {
    setShown(filters);
    setCursors([]);
  }
  const pages = [null, ...cursors];
  return (
    <section aria-labelledby="browse-title">
      <h3 id="browse-title">{t('browseTitle')}</h3>
      <form class="controls" onSubmit={(e) => e.preventDefault()}>
        <div class="row">
          <Choice
            id="browse-kind"
            label={t('browseKind')}
            value={kind}
            values={KINDS}
            prefix="kind_"
            onChange={(k) => set({ kind: k })}
          />
          {kind !== 'EVIDENCE' && (
            <PlacePicker
              id="browse-place"
              places={places}
              value={place}
              none="—"
              onChange={(id) => set({ place: id })}
            />
          )}
        </div>
        {themed && <ThemePicker themes={themes} params={params} set={set} />}
      </form>
      <div class="results" data-kind={kind}>
        {pages.map((after, i) => (
          <BrowsePage
            key={`${filters}:${after}`}
            kind={kind}
            variables={variables}
            after={after}
            first={i * 20 + 1}
            last={i === pages.length - 1}
            more={(cursor) => setCursors([...cursors, cursor])}
          />
        ))}
      </div>
    </section>
  );
}
