import { can } from '../../../platform/authz.js';
import { ListFilters } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import { type PointStatus, pointStatuses } from '../lifecycle-rules.js';

/** Above a center's point list: links to scouting, coverage and the consulting log, and the status filter. */
export function CenterPointsTools(props: { centerId: string; status?: PointStatus; params: { sort: string; dir: 'asc' | 'desc' } }) {
  const { t, actor } = usePage();
  const base = `/admin/centers/${props.centerId}`;
  return (
    <>
      {can(actor, 'points.network', { centerId: props.centerId }) && (
        <p class="toolbar">
          <a class="button button-secondary" href={`${base}/points/candidates/new`}>
            {t('points.candidate.title')}
          </a>
          <a class="button button-secondary" href={`${base}/points/coverage`}>
            {t('points.coverage.title')}
          </a>
          <a class="button button-secondary" href={`${base}/points/consulting`}>
            {t('points.consulting.title')}
          </a>
          {can(actor, 'reports.center', { centerId: props.centerId }) && (
            <a class="button button-secondary" href={`/center/points/compare?center=${props.centerId}`}>
              {t('points.compare.title')}
            </a>
          )}
        </p>
      )}
      <ListFilters action={base} label={t('points.field.status')} params={props.params}>
        <p>
          <label for="f-status">{t('points.field.status')}</label>
          <select id="f-status" name="status">
            <option value="">{t('points.field.statusAll')}</option>
            {pointStatuses.map((s) => (
              <option value={s} selected={props.status === s}>
                {t(`points.status.${s}`)}
              </option>
            ))}
          </select>
        </p>
      </ListFilters>
    </>
  );
}
