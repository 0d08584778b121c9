import { can } from '../../../platform/authz.js';
import { usePage } from '../../../ui/page-context.js';
import type { Point } from '../service.js';

export function PointPage(props: { point: Point }) {
  const { t, actor } = usePage();
  const { point } = props;
  const canSeeCenter = can(actor, 'centers.view', { centerId: point.centerId });
  return (
    <>
      <p class="breadcrumb">
        <a href="/admin">{t('nav.admin')}</a>
        {canSeeCenter && (
          <>
            {' › '}
            <a href={`/admin/centers/${point.centerId}`}>{point.centerName}</a>
          </>
        )}
      </p>
      <h1>{point.name}</h1>
      <dl class="details">
        <dt>{t('points.field.center')}</dt>
        <dd>{point.centerName}</dd>
        <dt>{t('points.field.status')}</dt>
        <dd>{t(`points.status.${point.status as 'active'}`)}</dd>
        <dt>{t('points.field.place')}</dt>
        <dd>{point.placeLabel}</dd>
        <dt>{t('points.field.openingHours')}</dt>
        <dd>{point.openingHours ?? '–'}</dd>
        <dt>{t('points.field.address')}</dt>
        <dd>{point.address ?? '–'}</dd>
        <dt>{t('points.field.email')}</dt>
        <dd>{point.email ? <a href={`mailto:${point.email}`}>{point.email}</a> : '–'}</dd>
        <dt>{t('points.field.phone')}</dt>
        <dd>{point.phone ?? '–'}</dd>
      </dl>
      {can(actor, 'points.network', { centerId: point.centerId }) && (
        <p>
          <a href={`/admin/points/${point.id}/lifecycle`}>{t('points.lifecycle.link')}</a>
        </p>
      )}
      {can(actor, 'points.manage', { centerId: point.centerId }) && (
        <p class="toolbar">
          <a class="button button-secondary" href={`/admin/points/${point.id}/edit`}>
            {t('points.edit.title')}
          </a>
          <a class="button button-danger" href={`/admin/points/${point.id}/delete`}>
            {t('points.delete.button')}
          </a>
        </p>
      )}
    </>
  );
}
