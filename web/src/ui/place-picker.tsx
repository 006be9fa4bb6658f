// A place from the places browse query, grouped by countries, regions and cities.
import { useI18n, type Key } from '../i18n';
import type { PlaceRef } from '../reference';

const KINDS = ['COUNTRY', 'REGION', 'CITY'];

interface Props {
  id: string;
  places: PlaceRef[];
  value: string;
  /** The label of the empty choice. */
  none: string;
  onChange(id: string): void;
}

export function PlacePicker({ id, places, value, none, onChange }: Props) {
  const { t } = useI18n();
  return (
    <div class="field">
      <label for={id}>{t('place')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{none}</option>
        {KINDS.map((kind) => (
          <optgroup key={kind} label={t(`placeKind_${kind}` as Key)}>
            {places
              .filter((p) => p.kind === kind)
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
