// A labelled list to pick one of a few fixed values, each named from the catalogue (`${prefix}${value}`).
import { useI18n, type Key } from '../i18n';

interface Props {
  id: string;
  label: string;
  value: string;
  values: readonly string[];
  /** The catalogue key of a value is this prefix and the value (visibility_PUBLIC). */
  prefix: string;
  onChange(value: string): void;
}

export function Choice({ id, label, value, values, prefix, onChange }: Props) {
  const { t } = useI18n();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {values.map((v) => (
          <option key={v} value={v}>
            {t(`${prefix}${v}` as Key)}
          </option>
        ))}
      </select>
    </div>
  );
}
