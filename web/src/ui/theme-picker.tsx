// The `themes` URL parameter as a group of checkboxes (a real fieldset and legend) inside a disclosure: on a phone
// the list folds away once themes are picked, and its summary still says which.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import type { JobProps } from '../job-props';
import { listParam, type Params } from '../url-state';

interface Props extends Pick<JobProps, 'themes' | 'params' | 'set'> {
  /** Default: "Themes". */
  legend?: string;
  /** None picked is a valid choice (every theme): then the list starts folded on a phone too. */
  optional?: boolean;
  /** Other parameters a new choice resets. */
  resets?: Params;
}

export function ThemePicker({ legend, themes, params, set, optional, resets }: Props) {
  const { t, list } = useI18n();
  const selected = listParam(params.themes);
  const [open] = useState(() => (!optional && !selected.length) || matchMedia('(min-width: 48rem)').matches);
  const toggle = (id: string, on: boolean) =>
    // Kept in the order of the theme list, so the URL and the query do not depend on the clicking order.
    set({
      ...resets,
      themes: themes.flatMap((x) => ((x.id === id ? on : selected.includes(x.id)) ? [x.id] : [])).join(','),
    });
  const names = themes.filter((x) => selected.includes(x.id)).map((x) => x.name);
  return (
    <details class="picker" open={open}>
      <summary>
        {legend ?? t('themes')}
        {names.length > 0 && (
          <span class="picked">
            {t('punctuationColon')}
            {list(names)}
          </span>
        )}
      </summary>
      <fieldset class="themes">
        <legend class="visually-hidden">{legend ?? t('themes')}</legend>
        <div class="choices">
          {themes.map((theme) => (
            <label key={theme.id} class="choice">
              <input
                type="checkbox"
                name="themes"
                value={theme.id}
                checked={selected.includes(theme.id)}
                onChange={(e) => toggle(theme.id, e.currentTarget.checked)}
              />
              <span>{theme.name}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </details>
  );
}
