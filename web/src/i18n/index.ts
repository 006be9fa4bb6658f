// The workspace's translator, given to every component through a Preact context.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translator } from './catalogues';

export { LANGUAGES, isLang, loadTranslator, preferredLang, declare, type Key, type Translator } from './catalogues';

export const I18n = createContext<Translator>(null as unknown as Translator);
export const useI18n = () => useContext(I18n);
