import { can } from '../../../platform/authz.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import { ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import type { PointStatus } from '../../points/lifecycle-rules.js';
import type { Point, PointSort } from '../../points/service.js';
import { CenterPointsTools } from '../../points/views/center-points-tools.js';
import type { Center } from '../service.js';

/** A center's data and the paged, sortable list of its Volunteer Points. */
export function CenterPage(props: { center: Center; points: Page<Point>; params: ListParams<PointSort>; status?: PointStatus }) {
  const { t, actor } = usePage();
  const { center } = props;
  const scope = { centerId: center.id };
  return (
    <>
      <p class="breadcrumb">
        <a href="/admin">{t('nav.admin')}</a> › <a href="/admin/centers">{t('centers.list.title')}</a>
      </p>
      <h1>{center.name}</h1>
      <dl class="details">
        <dt>{t('centers.field.county')}</dt>
        <dd>{center.county}</dd>
        <dt>{t('centers.field.place')}</dt>
        <dd>{center.placeLabel ?? '–'}</dd>
        <dt>{t('centers.field.address')}</dt>
        <dd>{center.address ?? '–'}</dd>
        <dt>{t('centers.field.email')}</dt>
        <dd>{center.email ? <a href={`mailto:${center.email}`}>{center.email}</a> : '–'}</dd>
        <dt>{t('centers.field.phone')}</dt>
        <dd>{center.phone ?? '–'}</dd>
        <dt>{t('centers.field.hostResponseDays')}</dt>
        <dd>{center.hostResponseWorkingDays}</dd>
      </dl>
      {can(actor, 'centers.manage', scope) && (
        <p>
          <a class="button button-secondary" href={`/admin/centers/${center.id}/edit`}>
            {t('centers.edit.title')}
          </a>
        </p>
      )}
      <ListPage
        title={t('points.list.title')}
        headingLevel={2}
        caption={t('points.list.caption', { center: center.name })}
        page={props.points}
        params={props.params}
        rowKey={(p) => p.id}
        emptyText={t('points.list.empty')}
        columns={[
          { label: t('points.field.name'), sortKey: 'name', rowHeader: true, cell: (p) => <a href={`/admin/points/${p.id}`}>{p.name}</a> },
          { label: t('points.field.place'), sortKey: 'place', cell: (p) => p.placeName },
          { label: t('points.field.status'), cell: (p) => t(`points.status.${p.status as PointStatus}`) },
          { label: t('points.field.address'), cell: (p) => p.address ?? '' },
          { label: t('points.field.email'), cell: (p) => p.email ?? '' },
          { label: t('points.field.phone'), cell: (p) => p.phone ?? '' },
        ]}
      >
        <CenterPointsTools centerId={center.id} status={props.status} params={props.params} />
        {can(actor, 'points.manage', scope) && (
          <p>
            <a class="button" href={`/admin/centers/${center.id}/points/new`}>
              {t('points.new.title')}
            </a>
          </p>
        )}
      </ListPage>
    </>
  );
}
