// What a job says while it waits or when the service fails: a polite live region, or an alert.
import type { ApiError } from '../api';
import { useI18n } from '../i18n';

export function Loading() {
  const { t } = useI18n();
  return <p class="status">{t('loading')}</p>;
}

export function Failure({ error }: { error: ApiError }) {
  const { t } = useI18n();
  return (
    <p class="error" role="alert">
      {error.code === 'NETWORK' ? t('networkError') : t('errorPrefix', { message: error.message })}
    </p>
  );
}

/** A summary line that screen readers announce when it changes (counts, copy results). */
export function Announce({ text }: { text: string }) {
  return (
    <p class="status" role="status">
      {text}
    </p>
  );
}

/** Loading or failure of a query, whichever applies. */
export function QueryStatus({ state }: { state: { loading: boolean; error: ApiError | null } }) {
  if (state.error) return <Failure error={state.error} />;
  return state.loading ? <Loading /> : null;
}
