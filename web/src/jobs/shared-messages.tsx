// Job 1: the messages several themes share, with where each comes from; copy them or take them as CSV.
import { useState } from 'preact/hooks';
import { useQuery } from '../api';
import { SHARED } from '../queries';
import { downloadCsv } from '../download';
import { useI18n, type Key } from '../i18n';
import type { ThemeRef } from '../reference';
import { ORIGIN_KEY, Provenance, Visibility, type Origin } from '../ui/badges';
import { Announce, QueryStatus } from '../ui/status';
import { ThemePicker } from '../ui/theme-picker';
import { listParam } from '../url-state';
import type { JobProps } from '../job-props';
import { Job } from '../ui/job';

interface Shared {
  sharedMessages: {
    totalCount: number;
    edges: Array<{
      matchedThemes: ThemeRef[];
      node: { id: string; text: string; provenance: { origin: Origin }; visibility: string; spaces: ThemeRef[] };
    }>;
  };
}

export function SharedMessages({ themes, params, set }: JobProps) {
  const { t, lang, list } = useI18n();
  const selected = listParam(params.themes);
  const min = Math.min(Number(params.min) || selected.length, selected.length);
  const state = useQuery<Shared>(SHARED, selected.length ? { themes: selected, minThemes: min, language: lang } : null);
  const { data } = state;
  const [note, setNote] = useState('');
  const edges = data?.sharedMessages.edges ?? [];
  const names = (refs: ThemeRef[]) => list(refs.map((x) => x.name));

  const copy = () =>
    navigator.clipboard.writeText(edges.map((e) => `- ${e.node.text} (${names(e.matchedThemes)})`).join('\n')).then(
      () => setNote(t('copied', { count: edges.length })),
      () => setNote(t('copyFailed')),
    );
  const csv = () =>
    downloadCsv(
      `shared-messages-${selected.join('-')}.csv`,
      Object.fromEntries(
        (['id', 'text', 'themes', 'spaces', 'provenance', 'visibility'] as const).map((c) => [
          c,
          t(`csv${c[0].toUpperCase()}${c.slice(1)}` as Key),
        ]),
      ),
      edges.map(({ node, matchedThemes }) => ({
        id: node.id,
        text: node.text,
        themes: names(matchedThemes),
        spaces: names(node.spaces),
        provenance: t(ORIGIN_KEY[node.provenance.origin]),
        visibility: t(`visibility_${node.visibility}` as Key),
      })),
    );

  return (
    <Job title={t('viewShared')} intro={t('sharedIntro')}>
      <form class="controls" onSubmit={(e) => e.preventDefault()}>
        <ThemePicker themes={themes} params={params} set={set} resets={{ min: '' }} />
        {selected.length > 1 && (
          <div class="field">
            <label for="min-themes">{t('minThemes')}</label>
            <select id="min-themes" value={String(min)} onChange={(e) => set({ min: e.currentTarget.value })}>
              {selected.map((_, i) => (
                <option key={i} value={String(i + 1)}>
                  {i + 1 === selected.length
                    ? t('allThemesOption', { count: i + 1 })
                    : t('minThemesOption', { count: i + 1 })}
                </option>
              ))}
            </select>
          </div>
        )}
      </form>
      {!selected.length && <p class="hint">{t('noThemes')}</p>}
      <QueryStatus state={state} />
      {data && (
        <div class="results" aria-busy={state.loading}>
          <Announce
            text={edges.length ? t('sharedCount', { count: data.sharedMessages.totalCount }) : t('sharedNone')}
          />
          {data.sharedMessages.totalCount > edges.length && (
            <p class="hint">{t('firstOnly', { shown: edges.length, total: data.sharedMessages.totalCount })}</p>
          )}
          {edges.length > 0 && (
            <div class="actions">
              <button type="button" onClick={copy}>
                {t('copyList')}
              </button>
              <button type="button" onClick={csv}>
                {t('downloadCsv')}
              </button>
              {note && <span role="status">{note}</span>}
            </div>
          )}
          <ol class="cards">
            {edges.map(({ node, matchedThemes }) => (
              <li key={node.id} class="card" data-message-id={node.id}>
                <p class="text">{node.text}</p>
                <p class="meta">
                  <Provenance origin={node.provenance.origin} /> <Visibility visibility={node.visibility} />
                </p>
                <p class="meta">{t('addressesThemes', { themes: names(matchedThemes) })}</p>
                {node.spaces.length > 0 && <p class="meta">{t('carriedIn', { spaces: names(node.spaces) })}</p>}
              </li>
            ))}
          </ol>
        </div>
      )}
    </Job>
  );
}
