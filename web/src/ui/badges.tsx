// Where a record comes from (the workshop record, a team, or example data to curate) and who may see it.
import { useI18n } from '../i18n';

export type Origin = 'RECORD' | 'TEAM' | 'EXAMPLE';

/** The words for where a record comes from (also the CSV column). */
export const ORIGIN_KEY = {
  RECORD: 'provenanceRecord',
  TEAM: 'provenanceTeam',
  EXAMPLE: 'provenanceExample',
} as const satisfies Record<Origin, string>;

export function Provenance({ origin }: { origin: Origin }) {
  const { t } = useI18n();
  return <span class={`badge ${origin.toLowerCase()}`}>{t(ORIGIN_KEY[origin])}</span>;
}

export function Visibility({ visibility }: { visibility: string }) {
  const { t } = useI18n();
  if (visibility === 'PUBLIC') return null;
  return (
    <span class="badge restricted">
      {t(visibility === 'RESTRICTED' ? 'visibility_RESTRICTED' : 'visibility_INTERNAL')}
    </span>
  );
}
