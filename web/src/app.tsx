// The workspace: a header with the language menu, the jobs as navigation, and the chosen job. Themes and places are
// read once per interface language and shared by every job.
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useQuery } from './api';
import { declare, I18n, isLang, loadTranslator, preferredLang, type Key, type Translator } from './i18n';
import { ArenasForPlace } from './jobs/arenas';
import { BriefingPack } from './jobs/briefing-pack';
import { Explore } from './jobs/explore';
import { Search } from './jobs/search';
import { SharedMessages } from './jobs/shared-messages';
import { PLACES, THEMES } from './queries';
import type { JobProps } from './job-props';
import type { PlaceRef, ThemeRef } from './reference';
import { LanguageOptions } from './ui/language-options';
import { Failure, Loading } from './ui/status';
import { useUrlState } from './url-state';

const VIEWS = [
  { id: 'shared', label: 'viewShared' },
  { id: 'arenas', label: 'viewArenas' },
  { id: 'pack', label: 'viewPack' },
  { id: 'explore', label: 'viewExplore' },
  { id: 'search', label: 'viewSearch' },
  { id: 'edit', label: 'viewEdit' },
] as const satisfies ReadonlyArray<{ id: string; label: Key }>;

/** The editors' job, fetched when first opened: most visitors never edit, and it is the largest job. */
function LazyEditors(props: JobProps) {
  const [Editors, setEditors] = useState<FunctionComponent<JobProps> | null>(null);
  useEffect(() => {
    void import('./jobs/editors').then((m) => setEditors(() => m.Editors));
  }, []);
  return Editors ? <Editors {...props} /> : <Loading />;
}

export function App() {
  const [params, set] = useUrlState();
  const lang = isLang(params.lang) ? params.lang : preferredLang(navigator.languages);
  const [i18n, setI18n] = useState<Translator | null>(null);
  const view = VIEWS.find((v) => v.id === params.view) ?? VIEWS[0];
  const themes = useQuery<{ themes: ThemeRef[] }>(THEMES, { language: lang });
  const places = useQuery<{ places: { edges: Array<{ node: PlaceRef }> } }>(PLACES, { language: lang });

  useEffect(() => {
    let current = true;
    // A catalogue that cannot be fetched leaves the interface in English, the source every key has.
    void loadTranslator(lang)
      .catch(() => loadTranslator('en'))
      .then((loaded) => current && setI18n(loaded));
    return () => {
      current = false;
    };
  }, [lang]);
  useEffect(() => {
    if (!i18n) return;
    declare(i18n);
    document.title = `${i18n.t(view.label)} · ${i18n.t('appTitle')}`;
  }, [i18n, view]);

  const ready = themes.data && places.data;
  const shared = {
    params,
    set,
    themes: themes.data?.themes ?? [],
    places: places.data?.places.edges.map((e) => e.node) ?? [],
  };
  const link = (id: string) => `?${new URLSearchParams({ ...params, view: id })}`;
  if (!i18n) return null;
  const { t } = i18n;

  return (
    <I18n.Provider value={i18n}>
      <a class="skip" href="#main">
        {t('skipToContent')}
      </a>
      <header>
        <h1>{t('appTitle')}</h1>
        <div class="field inline">
          <label for="ui-language">{t('interfaceLanguage')}</label>
          <select id="ui-language" value={lang} onChange={(e) => set({ lang: e.currentTarget.value })}>
            <LanguageOptions />
          </select>
        </div>
      </header>
      <nav class="jobs" aria-label={t('jobs')}>
        <ul>
          {VIEWS.map((v) => (
            <li key={v.id}>
              <a
                href={link(v.id)}
                aria-current={v.id === view.id ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  set({ view: v.id }, true);
                }}
              >
                {t(v.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1} data-ready={ready ? 'true' : undefined}>
        {(themes.error || places.error) && <Failure error={(themes.error ?? places.error)!} />}
        {!ready && !themes.error && !places.error && <Loading />}
        {ready && view.id === 'shared' && <SharedMessages {...shared} />}
        {ready && view.id === 'arenas' && <ArenasForPlace {...shared} />}
        {ready && view.id === 'pack' && <BriefingPack {...shared} />}
        {ready && view.id === 'explore' && <Explore {...shared} />}
        {ready && view.id === 'search' && <Search {...shared} />}
        {ready && view.id === 'edit' && <LazyEditors {...shared} />}
      </main>
    </I18n.Provider>
  );
}
