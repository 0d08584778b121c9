import { can } from '../../../platform/authz.js';
import { formatDate, formatDateTime, formatPersonName } from '../../../platform/i18n.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import { Field, SelectField } from '../../../ui/forms.js';
import { ListFilters, ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import type { Choice, PointChoice, StaffChoice } from '../choices-repo.js';
import type { InquiryRow } from '../repo.js';
import { type InquiryFilterInput, type InquirySort, inquiryChannels, inquiryStatuses } from '../schema.js';
import type { TopicRow } from '../topics-repo.js';
import { askerText, channelLabel, statusLabel } from './labels.js';

export type ListChoices = { centers: Choice[]; points: PointChoice[]; topics: TopicRow[]; staff: StaffChoice[] };

/** A calendar day "2026-11-24" as "2026. 11. 24." */
export const dayText = (locale: 'hu' | 'en', day: string) => formatDate(locale, new Date(`${day}T12:00:00Z`));

/** The links every inquiry page of the staff shares: the log, the follow-ups, the statistics, the topics. */
export function InquiryNav() {
  const { t, actor } = usePage();
  return (
    <p class="toolbar">
      <a href="/inquiries">{t('inquiries.list.title')}</a>
      <a href="/inquiries/follow-ups">{t('inquiries.followUps.title')}</a>
      <a href="/inquiries/stats">{t('inquiries.stats.title')}</a>
      {can(actor, 'inquiries.topics') && <a href="/inquiries/topics">{t('inquiries.topics.title')}</a>}
    </p>
  );
}

/** The filters of the log: text, channel, status, topic, center, point, staff member, days received, follow-up due. */
function Filters(props: { filter: InquiryFilterInput; choices: ListChoices; params: ListParams<InquirySort> }) {
  const { t } = usePage();
  const { filter, choices } = props;
  const centerName = (id: string) => choices.centers.find((c) => c.id === id)?.name;
  const pointLabel = (p: PointChoice) => (choices.centers.length > 1 ? `${p.name} (${centerName(p.centerId) ?? ''})` : p.name);
  return (
    <ListFilters action="/inquiries" label={t('inquiries.list.filters')} params={props.params}>
      <Field name="q" type="search" label={t('inquiries.list.q')} hint={t('inquiries.list.qHint')} value={filter.q} maxLength={100} />
      <SelectField
        name="channel"
        label={t('inquiries.field.channel')}
        options={inquiryChannels.map((c) => ({ value: c, label: channelLabel(t, c) }))}
        value={filter.channel}
        emptyLabel={t('inquiries.list.any')}
      />
      <SelectField
        name="status"
        label={t('inquiries.field.status')}
        options={inquiryStatuses.map((s) => ({ value: s, label: statusLabel(t, s) }))}
        value={filter.status}
        emptyLabel={t('inquiries.list.any')}
      />
      <SelectField
        name="topic"
        label={t('inquiries.field.topics')}
        options={choices.topics.map((x) => ({ value: x.id, label: x.archivedAt ? t('inquiries.topics.archivedName', { name: x.name }) : x.name }))}
        value={filter.topic}
        emptyLabel={t('inquiries.list.any')}
      />
      {choices.centers.length > 1 && (
        <SelectField
          name="center"
          label={t('inquiries.field.center')}
          options={choices.centers.map((c) => ({ value: c.id, label: c.name }))}
          value={filter.center}
          emptyLabel={t('inquiries.list.any')}
        />
      )}
      {choices.points.length > 0 && (
        <SelectField
          name="point"
          label={t('inquiries.field.point')}
          options={[{ value: 'none', label: t('inquiries.list.noPoint') }, ...choices.points.map((p) => ({ value: p.id, label: pointLabel(p) }))]}
          value={filter.point}
          emptyLabel={t('inquiries.list.any')}
        />
      )}
      <SelectField
        name="staff"
        label={t('inquiries.field.staff')}
        options={choices.staff.map((s) => ({ value: s.id, label: formatPersonName(s.familyName, s.givenName) }))}
        value={filter.staff}
        emptyLabel={t('inquiries.list.any')}
      />
      <Field name="from" type="date" label={t('inquiries.list.from')} value={filter.from} />
      <Field name="to" type="date" label={t('inquiries.list.to')} value={filter.to} />
      <div class="choice">
        <input type="checkbox" id="f-due" name="due" value="1" checked={filter.due === '1'} /> <label for="f-due">{t('inquiries.list.due')}</label>
      </div>
    </ListFilters>
  );
}

/** GET /inquiries: the staff's inquiry log with filters, sorting, paging and CSV/XLSX. */
export function InquiryListPage(props: { page: Page<InquiryRow>; params: ListParams<InquirySort>; filter: InquiryFilterInput; choices: ListChoices }) {
  const { t, locale } = usePage();
  const filtered = Object.values(props.filter).some((v) => v !== undefined && v !== '');
  return (
    <ListPage
      title={t('inquiries.list.title')}
      page={props.page}
      params={props.params}
      rowKey={(r) => r.id}
      emptyText={t(filtered ? 'inquiries.list.noMatch' : 'inquiries.list.empty')}
      columns={[
        {
          label: t('inquiries.field.receivedAt'),
          sortKey: 'received',
          rowHeader: true,
          cell: (r) => <a href={`/inquiries/${r.id}`}>{formatDateTime(locale, r.receivedAt)}</a>,
        },
        { label: t('inquiries.list.asker'), cell: (r) => askerText(t, r) },
        { label: t('inquiries.field.topics'), cell: (r) => r.topics ?? '–' },
        { label: t('inquiries.field.channel'), sortKey: 'channel', cell: (r) => channelLabel(t, r.channel) },
        { label: t('inquiries.field.status'), sortKey: 'status', cell: (r) => statusLabel(t, r.status) },
        { label: t('inquiries.field.point'), sortKey: 'point', cell: (r) => r.pointName ?? '–' },
        {
          label: t('inquiries.field.staff'),
          sortKey: 'staff',
          cell: (r) => (r.staffFamilyName ? formatPersonName(r.staffFamilyName, r.staffGivenName ?? '') : '–'),
        },
        {
          label: t('inquiries.field.followUpOn'),
          sortKey: 'followUp',
          cell: (r) => (r.followUpOn ? `${dayText(locale, r.followUpOn)}${r.followUpDoneAt ? ` (${t('inquiries.followUps.done')})` : ''}` : '–'),
        },
      ]}
    >
      <InquiryNav />
      <p>
        <a class="button" href="/inquiries/new">
          {t('inquiries.new.title')}
        </a>
      </p>
      <Filters filter={props.filter} choices={props.choices} params={props.params} />
    </ListPage>
  );
}
