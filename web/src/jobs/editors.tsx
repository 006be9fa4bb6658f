// For editors, with their API key: add a message, edit its texts, visibility and links, and read its history.
import { useState } from 'preact/hooks';
import { ApiError, gql, useQuery } from '../api';
import { editorKey, setEditorKey } from '../editor-key';
import { LANGUAGES, useI18n, type Key } from '../i18n';
import type { JobProps } from '../job-props';
import {
  CREATE_MESSAGE,
  HISTORY,
  LINK_MESSAGE,
  MESSAGE_EDIT,
  MESSAGE_LIST,
  SPACE_LIST,
  UNLINK_MESSAGE,
  UPDATE_MESSAGE,
} from '../queries';
import type { ThemeRef } from '../reference';
import { Choice } from '../ui/choice';
import { Job } from '../ui/job';
import { LanguageOptions } from '../ui/language-options';
import { Announce, Failure, QueryStatus } from '../ui/status';
import { ThemePicker } from '../ui/theme-picker';
import { listParam } from '../url-state';

const VISIBILITIES = ['PUBLIC', 'INTERNAL', 'RESTRICTED'];

interface Editable {
  id: string;
  version: number;
  language: string;
  visibility: string;
  translations: Array<{ language: string; text: string; original: boolean }>;
  themeLinks: Link[];
  spaceLinks: Link[];
}

interface Link {
  basis: 'RECORD' | 'EDITORIAL';
  node: { id: string; name: string };
}

interface Change {
  id: string;
  action: string;
  at: string;
  actorLabel: string | null;
  actorRole: string;
}

/** What a save or a creation ended with: a sentence to announce, or the service's refusal. */
type Outcome = { done: string } | { error: ApiError } | null;

function OutcomeNote({ outcome }: { outcome: Outcome }) {
  if (!outcome) return null;
  return 'error' in outcome ? <Failure error={outcome.error} /> : <Announce text={outcome.done} />;
}

function VisibilityField({ id, value, onChange }: { id: string; value: string; onChange(v: string): void }) {
  const { t } = useI18n();
  return (
    <Choice
      id={id}
      label={t('visibility')}
      value={value}
      values={VISIBILITIES}
      prefix="visibility_"
      onChange={onChange}
    />
  );
}

/** The form is drawn anew for each version read: what a save ended with is kept by the caller (`onOutcome`). */
function MessageEditor({ message, onOutcome }: { message: Editable; onOutcome(outcome: NonNullable<Outcome>): void }) {
  const { t } = useI18n();
  const textIn = (language: string) => message.translations.find((x) => x.language === language)?.text ?? '';
  const [texts, setTexts] = useState(() => Object.fromEntries(LANGUAGES.map((l) => [l.tag, textIn(l.tag)])));
  const [visibility, setVisibility] = useState(message.visibility);
  const save = async (e: Event) => {
    e.preventDefault();
    const translations = LANGUAGES.filter((l) => texts[l.tag].trim() && texts[l.tag] !== textIn(l.tag)).map((l) => ({
      language: l.tag,
      text: texts[l.tag].trim(),
    }));
    try {
      const { updateMessage } = await gql<{ updateMessage: { version: number } }>(UPDATE_MESSAGE, {
        input: { id: message.id, version: message.version, translations, visibility },
      });
      onOutcome({ done: t('saved', { version: updateMessage.version }) });
    } catch (error) {
      onOutcome({ error: error as ApiError });
    }
  };
  return (
    <form class="controls" onSubmit={save}>
      {LANGUAGES.map((l) => (
        <div class="field" key={l.tag}>
          <label for={`text-${l.tag}`}>{t('textIn', { language: l.name })}</label>
          <textarea
            id={`text-${l.tag}`}
            lang={l.tag}
            rows={3}
            value={texts[l.tag]}
            onInput={(e) => setTexts({ ...texts, [l.tag]: e.currentTarget.value })}
          />
        </div>
      ))}
      <VisibilityField id="edit-visibility" value={visibility} onChange={setVisibility} />
      <button type="submit" class="primary">
        {t('save')}
      </button>
    </form>
  );
}

/** One kind of link (themes or arenas): the linked records with their basis, a remove button each, and a picker. */
function LinkList({
  kind,
  links,
  choices,
  onChange,
}: {
  kind: 'themes' | 'spaces';
  links: Link[];
  choices: ThemeRef[];
  onChange(kind: 'themes' | 'spaces', id: string, name: string, add: boolean): void;
}) {
  const { t } = useI18n();
  const linked = new Set(links.map((l) => l.node.id));
  const free = choices.filter((c) => !linked.has(c.id));
  const [pick, setPick] = useState('');
  const picker = `link-${kind}`;
  return (
    <div>
      <h4>{t(kind === 'themes' ? 'linkedThemes' : 'linkedSpaces')}</h4>
      {!links.length && <p class="hint">{t('noLinks')}</p>}
      <ul class={`links links-${kind}`}>
        {links.map((l) => (
          <li key={l.node.id} data-id={l.node.id} data-basis={l.basis}>
            {l.node.name}{' '}
            <span class={`badge ${l.basis === 'RECORD' ? 'record' : 'editorial'}`}>{t(`basis_${l.basis}`)}</span>{' '}
            <button type="button" onClick={() => onChange(kind, l.node.id, l.node.name, false)}>
              {t('removeLink', { name: l.node.name })}
            </button>
          </li>
        ))}
      </ul>
      <div class="row">
        <div class="field">
          <label for={picker}>{t(kind === 'themes' ? 'pickTheme' : 'pickSpace')}</label>
          <select id={picker} value={pick} onChange={(e) => setPick(e.currentTarget.value)}>
            <option value="">—</option>
            {free.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          disabled={!pick}
          onClick={() => onChange(kind, pick, free.find((c) => c.id === pick)?.name ?? pick, true)}
        >
          {t(kind === 'themes' ? 'addTheme' : 'addSpace')}
        </button>
      </div>
    </div>
  );
}

/** Links of the message read: each change is one linkMessage or unlinkMessage at the version read. */
function MessageLinks({
  message,
  themes,
  onOutcome,
}: {
  message: Editable;
  themes: ThemeRef[];
  onOutcome(outcome: NonNullable<Outcome>): void;
}) {
  const { t, lang } = useI18n();
  const spaces = useQuery<{ spaces: { edges: Array<{ node: ThemeRef }> } }>(SPACE_LIST, { language: lang });
  const change = async (kind: 'themes' | 'spaces', id: string, name: string, add: boolean) => {
    try {
      const data = await gql<{ linkMessage?: { version: number }; unlinkMessage?: { version: number } }>(
        add ? LINK_MESSAGE : UNLINK_MESSAGE,
        { input: { id: message.id, version: message.version, [kind]: [id] } },
      );
      const version = (data.linkMessage ?? data.unlinkMessage)!.version;
      onOutcome({ done: t(add ? 'linked' : 'unlinked', { name, version }) });
    } catch (error) {
      onOutcome({ error: error as ApiError });
    }
  };
  return (
    <section aria-labelledby="links-title">
      <h3 id="links-title">{t('linksTitle')}</h3>
      <p class="hint">{t('linksIntro')}</p>
      <LinkList kind="themes" links={message.themeLinks} choices={themes} onChange={change} />
      <QueryStatus state={spaces} />
      <LinkList
        kind="spaces"
        links={message.spaceLinks}
        choices={spaces.data?.spaces.edges.map((e) => e.node) ?? []}
        onChange={change}
      />
    </section>
  );
}

function History({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const state = useQuery<{ history: Change[] }>(HISTORY, { id });
  const when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div>
      <h3>{t('history')}</h3>
      <QueryStatus state={state} />
      {state.data && !state.data.history.length && <p class="hint">{t('historyEmpty')}</p>}
      <ol class="history">
        {state.data?.history.map((c) => (
          <li key={c.id} data-action={c.action}>
            {t('historyEntry', {
              action: t(`action_${c.action}` as Key),
              actor: c.actorLabel ?? '—',
              role: c.actorRole,
              at: when.format(new Date(c.at)),
            })}
          </li>
        ))}
      </ol>
    </div>
  );
}

function NewMessage({ themes, params, set }: JobProps) {
  const { t, lang } = useI18n();
  const [text, setText] = useState('');
  const [language, setLanguage] = useState<string>(lang);
  const [visibility, setVisibility] = useState('INTERNAL');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const create = async (e: Event) => {
    e.preventDefault();
    try {
      const { createMessage } = await gql<{ createMessage: { id: string } }>(CREATE_MESSAGE, {
        input: { text: text.trim(), language, visibility, themes: listParam(params.themes) },
      });
      setOutcome({ done: t('created', { id: createMessage.id }) });
      set({ message: createMessage.id });
    } catch (error) {
      setOutcome({ error: error as ApiError });
    }
  };
  return (
    <form class="controls" onSubmit={create}>
      <h3>{t('newMessage')}</h3>
      <div class="field">
        <label for="new-text">{t('messageText')}</label>
        <textarea id="new-text" rows={3} required value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </div>
      <div class="row">
        <div class="field">
          <label for="new-language">{t('writtenIn')}</label>
          <select id="new-language" value={language} onChange={(e) => setLanguage(e.currentTarget.value)}>
            <LanguageOptions />
          </select>
        </div>
        <VisibilityField id="new-visibility" value={visibility} onChange={setVisibility} />
      </div>
      <ThemePicker themes={themes} params={params} set={set} />
      <button type="submit" class="primary" disabled={!text.trim() || !listParam(params.themes).length}>
        {t('create')}
      </button>
      <OutcomeNote outcome={outcome} />
    </form>
  );
}

export function Editors(props: JobProps) {
  const { params, set } = props;
  const { t, lang } = useI18n();
  const [key, setKey] = useState(editorKey);
  // Bumped after each change (and key): the history is drawn anew, and asked again.
  const [runs, setRuns] = useState(0);
  const list = useQuery<{ messages: { edges: Array<{ node: { id: string; text: string } }> } }>(MESSAGE_LIST, {
    language: lang,
  });
  const id = params.message ?? '';
  const message = useQuery<{ message: Editable | null }>(MESSAGE_EDIT, id ? { id, language: lang } : null);
  const [saved, setSaved] = useState<Outcome>(null);
  const changed = () => {
    list.reload();
    message.reload();
    setRuns((n) => n + 1);
  };
  // What a save or a link change ended with, announced under the form; a change is read again.
  const outcome = (o: NonNullable<Outcome>) => {
    setSaved(o);
    if ('done' in o) changed();
  };
  const useKey = (e: Event) => {
    e.preventDefault();
    setEditorKey(key.trim());
    changed();
  };
  const forget = () => {
    setKey('');
    setEditorKey('');
    changed();
  };
  return (
    <Job title={t('viewEdit')} intro={t('editIntro')}>
      <form class="controls" onSubmit={useKey}>
        <div class="field">
          <label for="api-key">{t('apiKey')}</label>
          <input
            id="api-key"
            type="password"
            autocomplete="off"
            value={key}
            aria-describedby="api-key-hint"
            onInput={(e) => setKey(e.currentTarget.value)}
          />
          <p id="api-key-hint" class="hint">
            {t('apiKeyHint')}
          </p>
        </div>
        <div class="actions">
          <button type="submit" class="primary">
            {t('useKey')}
          </button>
          <button type="button" onClick={forget}>
            {t('forgetKey')}
          </button>
        </div>
      </form>
      <QueryStatus state={list} />
      {list.data && (
        <div class="field">
          <label for="edit-message">{t('pickMessage')}</label>
          <select
            id="edit-message"
            value={id}
            onChange={(e) => {
              setSaved(null);
              set({ message: e.currentTarget.value });
            }}
          >
            <option value="">—</option>
            {list.data.messages.edges.map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.text}
              </option>
            ))}
          </select>
        </div>
      )}
      <QueryStatus state={message} />
      {message.data?.message && (
        <>
          <MessageEditor
            key={`${message.data.message.id}:${message.data.message.version}`}
            message={message.data.message}
            onOutcome={outcome}
          />
          <div id="edit-outcome">
            <OutcomeNote outcome={saved} />
          </div>
          <MessageLinks
            key={`links:${message.data.message.id}:${message.data.message.version}`}
            message={message.data.message}
            themes={props.themes}
            onOutcome={outcome}
          />
          <History key={`${id}:${runs}`} id={id} />
        </>
      )}
      <NewMessage {...props} />
    </Job>
  );
}
