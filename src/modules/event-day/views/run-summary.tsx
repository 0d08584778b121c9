import { usePage } from '../../../ui/page-context.js';
import type { EventDayState } from '../run-service.js';

/** The last run's figures, or "not run yet". */
export function RunSummary(props: { state: EventDayState }) {
  const { t } = usePage();
  const run = props.state.lastRun;
  if (!run) return <p>{t('eventDay.run.never')}</p>;
  return (
    <>
      <p>
        {t('eventDay.run.summary', {
          filled: run.filled,
          required: `${run.requiredFilled}/${run.requiredSeats}`,
          preference: run.preference,
          unassigned: run.unassigned.length,
          ms: run.ms,
        })}
      </p>
      {!run.optimal && <p>{t('eventDay.run.notOptimal')}</p>}
    </>
  );
}
