// Where a record comes from (the workshop record, or example data to curate) and who may see it.
import { useI18n } from '../i18n';

export function Provenance({ example }: { example: boolean }) {
  const { t } = useI18n();
  return (
    <span class={example ? 'badge example' : 'badge record'}>
      {example ? t('provenanceExample') : t('provenanceRecord')}
    </span>
  );
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
