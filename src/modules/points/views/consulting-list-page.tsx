import { can } from '../../../platform/authz.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import { ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import { formatDay } from '../../certificates/certificate-text.js';
import type { ConsultationSort } from '../consulting-repo.js';
import type { Consultation } from '../consulting-service.js';
import { ConsultationActions } from './consulting-section.js';

/** The consulting log of a center: every consultation with its points, paged, sortable, exported. */
export function ConsultingListPage(props: {
  center: { id: string; name: string };
  page: Page<Consultation>;
  params: ListParams<ConsultationSort>;
  today: string;
}) {
  const { t, locale, actor } = usePage();
  return (
    <ListPage
      title={t('points.consulting.centerTitle', { center: props.center.name })}
      breadcrumb={<a href={`/admin/centers/${props.center.id}`}>{props.center.name}</a>}
      page={props.page}
      params={props.params}
      rowKey={(c) => c.id}
      emptyText={t('points.consulting.centerEmpty')}
      columns={[
        { label: t('points.consulting.heldOn'), sortKey: 'heldOn', cell: (c) => formatDay(locale, c.heldOn) },
        { label: t('points.field.name'), sortKey: 'point', rowHeader: true, cell: (c) => <a href={`/admin/points/${c.pointId}/lifecycle`}>{c.pointName}</a> },
        { label: t('points.consulting.kindLabel'), cell: (c) => t(`points.consulting.kind.${c.kind as 'visit'}`) },
        { label: t('points.consulting.topics'), cell: (c) => c.topics },
        { label: t('points.consulting.actions'), cell: (c) => <ConsultationActions consultation={c} today={props.today} /> },
      ]}
    >
      {can(actor, 'reports.center', { centerId: props.center.id }) && (
        <p>
          <a href={`/center/points/compare?center=${props.center.id}`}>{t('points.compare.title')}</a>
        </p>
      )}
    </ListPage>
  );
}
