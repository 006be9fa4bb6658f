// Job 4: the graph, in the existing explorer (its own page), opened on the themes picked here.
import { useI18n } from '../i18n';
import { ThemePicker } from '../ui/theme-picker';
import { listParam } from '../url-state';
import type { JobProps } from '../job-props';
import { Job } from '../ui/job';

export function Explore({ themes, params, set }: JobProps) {
  const { t, lang } = useI18n();
  const selected = listParam(params.themes);
  const withSpaces = params.spaces !== '0';
  const href = `/explore?${new URLSearchParams({
    ...(selected.length ? { themes: selected.join(',') } : {}),
    language: lang,
    ...(withSpaces ? {} : { spaces: '0' }),
  })}`;
  return (
    <Job title={t('viewExplore')} intro={t('exploreIntro')}>
      <form class="controls" onSubmit={(e) => e.preventDefault()}>
        <ThemePicker themes={themes} params={params} set={set} />
        <label class="choice">
          <input
            type="checkbox"
            checked={withSpaces}
            onChange={(e) => set({ spaces: e.currentTarget.checked ? '' : '0' })}
          />
          <span>{t('includeSpaces')}</span>
        </label>
      </form>
      <p>
        <a class="button primary" href={href}>
          {t('openExplorer')}
        </a>
      </p>
    </Job>
  );
}
