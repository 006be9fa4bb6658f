// Job 3: a briefing pack (themes, place, language) previewed here, then taken as Markdown, HTML or PDF from the
// service's /briefings/ downloads.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useQuery } from '../api';
import { PACK } from '../queries';
import { useI18n, type Key } from '../i18n';
import { PlacePicker } from '../ui/place-picker';
import { QueryStatus } from '../ui/status';
import { ThemePicker } from '../ui/theme-picker';
import { listParam } from '../url-state';
import type { JobProps } from '../job-props';
import { Job } from '../ui/job';
import { LanguageOptions } from '../ui/language-options';

interface Text {
  text: string;
  language: string;
}

interface Pack {
  briefingPack: {
    title: string;
    date: string;
    fallbacks: number;
    sharedMessages: Array<{ themeCount: number; messages: Array<{ text: Text }> }>;
    themeMessages: Array<{ theme: { name: Text }; messages: Array<{ text: Text }> }>;
    spaces: Array<{ name: Text; level: string; reach: string | null; carried: number; selected: number }>;
    partners: Array<{ name: Text; local: boolean }>;
    safety: { note: string | null };
  };
}

interface Request {
  themes: string[];
  place: string | null;
  language: string | null;
}

/** A text in the language it is written in (a fallback may differ from the page's). */
const Said = ({ text }: { text: Text }) => <span lang={text.language}>{text.text}</span>;

/** A group of the pack's messages under its heading. */
function Texts(props: { heading: ComponentChildren; texts: Array<{ text: Text }>; class?: string }) {
  return (
    <div>
      <h5>{props.heading}</h5>
      <ul class={props.class}>
        {props.texts.map((m, i) => (
          <li key={i}>
            <Said text={m.text} />
          </li>
        ))}
      </ul>
    </div>
  );
}

const downloadUrl = (format: string, r: Request) =>
  `/briefings/pack.${format}?${new URLSearchParams(
    Object.entries({ themes: r.themes.join(','), place: r.place ?? '', language: r.language ?? '' }).filter(
      ([, v]) => v,
    ),
  )}`;

export function BriefingPack({ themes, places, params, set }: JobProps) {
  const { t, lang } = useI18n();
  const selected = listParam(params.themes);
  const place = params.place ?? '';
  // The pack's language: the interface's unless chosen; "original" keeps every text as first written.
  const packLanguage = params.plang ?? lang;
  const [request, setRequest] = useState<Request | null>(null);
  const state = useQuery<Pack>(PACK, request as Record<string, unknown> | null);
  const { data } = state;
  const pack = data?.briefingPack;
  const preview = (e: Event) => {
    e.preventDefault();
    if (selected.length)
      setRequest({
        themes: selected,
        place: place || null,
        language: packLanguage === 'original' ? null : packLanguage,
      });
  };
  return (
    <Job title={t('viewPack')} intro={t('packIntro')}>
      <form class="controls" onSubmit={preview}>
        <ThemePicker themes={themes} params={params} set={set} />
        <div class="row">
          <PlacePicker
            id="pack-place"
            places={places}
            value={place}
            none={t('anyPlace')}
            onChange={(id) => set({ place: id })}
          />
          <div class="field">
            <label for="pack-language">{t('packLanguage')}</label>
            <select id="pack-language" value={packLanguage} onChange={(e) => set({ plang: e.currentTarget.value })}>
              <LanguageOptions />
              <option value="original">{t('originalLanguages')}</option>
            </select>
          </div>
        </div>
        <button type="submit" class="primary" disabled={!selected.length}>
          {t('preview')}
        </button>
        {!selected.length && <p class="hint">{t('noThemes')}</p>}
      </form>
      <QueryStatus state={state} />
      {pack && request && (
        <article class="pack" aria-labelledby="pack-title">
          <nav class="downloads" aria-label={t('packDownloads')}>
            <h3>{t('packDownloads')}</h3>
            <a href={downloadUrl('md', request)} download>
              {t('downloadMarkdown')}
            </a>
            <a href={downloadUrl('html', request)} target="_blank" rel="noopener">
              {t('downloadHtml')}
            </a>
            <a href={downloadUrl('pdf', request)} download>
              {t('downloadPdf')}
            </a>
          </nav>
          <h3 id="pack-title" lang={request.language ?? undefined}>
            {pack.title}
          </h3>
          <p class="meta">{t('packDate', { date: pack.date })}</p>
          {pack.fallbacks > 0 && <p class="hint">{t('packFallbacks', { count: pack.fallbacks })}</p>}
          {pack.safety.note && (
            <div class="note">
              <h4>{t('packSafety')}</h4>
              <p lang={request.language ?? undefined}>{pack.safety.note}</p>
            </div>
          )}
          {pack.sharedMessages.length > 0 && <h4>{t('packShared')}</h4>}
          {pack.sharedMessages.map((group) => (
            <Texts
              key={group.themeCount}
              heading={t('packSharedGroup', { count: group.themeCount })}
              texts={group.messages}
              class="shared-messages"
            />
          ))}
          {pack.themeMessages.some((s) => s.messages.length) && <h4>{t('packThemeMessages')}</h4>}
          {pack.themeMessages
            .filter((section) => section.messages.length)
            .map((section, i) => (
              <Texts key={i} heading={<Said text={section.theme.name} />} texts={section.messages} />
            ))}
          {pack.spaces.length > 0 && <h4>{t('packSpaces')}</h4>}
          <ol class="pack-spaces">
            {pack.spaces.map((s, i) => (
              <li key={i}>
                <Said text={s.name} /> — {t(`level_${s.level}` as Key)}
                {s.reach ? `, ${t(`reach_${s.reach}` as Key)}` : ''} ({s.carried}/{s.selected})
              </li>
            ))}
          </ol>
          {pack.partners.length > 0 && <h4>{t('packPartners')}</h4>}
          <ul>
            {pack.partners.map((p, i) => (
              <li key={i}>
                <Said text={p.name} />
                {p.local ? ` (${t('localPartner')})` : ''}
              </li>
            ))}
          </ul>
        </article>
      )}
    </Job>
  );
}
