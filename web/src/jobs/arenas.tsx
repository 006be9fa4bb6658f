// Job 2: the arenas where a place's team can carry messages, ranked by reach (or coverage), with the messages each
// one carries.
import { useQuery } from '../api';
import { ARENAS } from '../queries';
import { useI18n, type Key } from '../i18n';
import type { ThemeRef } from '../reference';
import { Provenance, type Origin } from '../ui/badges';
import { PlacePicker } from '../ui/place-picker';
import { Choice } from '../ui/choice';
import { Announce, QueryStatus } from '../ui/status';
import { ThemePicker } from '../ui/theme-picker';
import { listParam } from '../url-state';
import type { JobProps } from '../job-props';
import { Job } from '../ui/job';

interface Arenas {
  advocacySpaces: Array<{
    reach: string | null;
    coverage: { carried: number; selected: number; score: number };
    space: { id: string; name: string; level: string; provenance: { origin: Origin }; place: ThemeRef | null };
    matchedMessages: Array<{ id: string; text: string }>;
  }>;
}

const ORDERS = ['REACH', 'COVERAGE'];

export function ArenasForPlace({ themes, places, params, set }: JobProps) {
  const { t, lang, number } = useI18n();
  const place = params.place ?? '';
  const selected = listParam(params.themes);
  const orderBy = ORDERS.includes(params.order) ? params.order : 'REACH';
  const state = useQuery<Arenas>(
    ARENAS,
    place ? { place, themes: selected.length ? selected : null, orderBy, language: lang } : null,
  );
  const { data } = state;
  const arenas = data?.advocacySpaces ?? [];
  return (
    <Job title={t('viewArenas')} intro={t('arenasIntro')}>
      <form class="controls" onSubmit={(e) => e.preventDefault()}>
        <div class="row">
          <PlacePicker id="arena-place" places={places} value={place} none="—" onChange={(id) => set({ place: id })} />
          <Choice
            id="arena-order"
            label={t('orderBy')}
            value={orderBy}
            values={ORDERS}
            prefix="orderBy_"
            onChange={(order) => set({ order })}
          />
        </div>
        <ThemePicker themes={themes} params={params} set={set} legend={t('arenaThemes')} optional />
      </form>
      {!place && <p class="hint">{t('pickPlace')}</p>}
      <QueryStatus state={state} />
      {data && (
        <div class="results">
          <Announce text={arenas.length ? t('arenasCount', { count: arenas.length }) : t('arenasNone')} />
          <ol class="cards">
            {arenas.map(({ space, reach, coverage, matchedMessages }) => (
              <li key={space.id} class="card" data-space-id={space.id}>
                <h3>{space.name}</h3>
                <dl class="facts">
                  <div>
                    <dt>{t('level')}</dt>
                    <dd>
                      {t(`level_${space.level}` as Key)}
                      {space.place ? ` · ${space.place.name}` : ''}
                    </dd>
                  </div>
                  {reach && (
                    <div>
                      <dt>{t('reach')}</dt>
                      <dd data-reach={reach}>{t(`reach_${reach}` as Key)}</dd>
                    </div>
                  )}
                  <div>
                    <dt>{t('coverage')}</dt>
                    <dd>
                      {t('coverageText', {
                        carried: coverage.carried,
                        selected: coverage.selected,
                        percent: number(coverage.score, { style: 'percent' }),
                      })}
                      <span class="bar" aria-hidden="true">
                        <span style={{ width: `${Math.round(coverage.score * 100)}%` }} />
                      </span>
                    </dd>
                  </div>
                </dl>
                <p class="meta">
                  <Provenance origin={space.provenance.origin} />
                </p>
                <details>
                  <summary>{t('messagesToCarry', { count: coverage.carried })}</summary>
                  <ul>
                    {matchedMessages.map((m) => (
                      <li key={m.id}>{m.text}</li>
                    ))}
                  </ul>
                </details>
              </li>
            ))}
          </ol>
        </div>
      )}
    </Job>
  );
}
