// The interface languages as <option>s, each named in itself.
import { LANGUAGES } from '../i18n';

export const LanguageOptions = () => (
  <>
    {LANGUAGES.map((l) => (
      <option key={l.tag} value={l.tag} lang={l.tag}>
        {l.name}
      </option>
    ))}
  </>
);
