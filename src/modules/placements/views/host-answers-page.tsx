import { formatDate, formatDateTime } from '../../../platform/i18n.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import { PostForm } from '../../../ui/forms.js';
import { ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import type { HostAnswerScope, HostAnswerSort } from '../host-answer-repo.js';
import type { OverdueHostAnswer } from '../host-answer-service.js';
import type { ApplicationStatus } from '../status-rules.js';
import { volunteerAndOpportunityColumns } from './placement-columns.js';

/** The follow-up area's two lists: placements to follow up, and answers the hosts owe. */
export function FollowUpTabs(props: { current: 'followUp' | 'hostAnswers'; overdueCount?: number }) {
  const { t } = usePage();
  const tab = (href: string, label: string, current: boolean) => (current ? <strong aria-current="page">{label}</strong> : <a href={href}>{label}</a>);
  return (
    <p class="toolbar">
      {tab('/center/follow-up', t('placements.followUp.title'), props.current === 'followUp')}
      {' · '}
      {tab(
        '/center/follow-up/host-answers',
        props.overdueCount === undefined ? t('placements.hostAnswers.title') : t('placements.hostAnswers.tab', { count: props.overdueCount }),
        props.current === 'hostAnswers',
      )}
    </p>
  );
}

/** Overdue waits only (the default), or every wait the host still owes an answer to. */
function ScopeSwitch(props: { scope: HostAnswerScope }) {
  const { t } = usePage();
  const option = (scope: HostAnswerScope, href: string) =>
    props.scope === scope ? (
      <strong aria-current="page">{t(`placements.hostAnswers.scope.${scope}`)}</strong>
    ) : (
      <a href={href}>{t(`placements.hostAnswers.scope.${scope}`)}</a>
    );
  return (
    <p class="toolbar">
      {option('overdue', '/center/follow-up/host-answers')}
      {' · '}
      {option('all', '/center/follow-up/host-answers?scope=all')}
    </p>
  );
}

/** Applications and referrals past the host's answer deadline (or all unanswered): age, reminders, "remind again". */
export function HostAnswersPage(props: { page: Page<OverdueHostAnswer>; params: ListParams<HostAnswerSort>; scope: HostAnswerScope }) {
  const { t, locale } = usePage();
  return (
    <ListPage
      title={t('placements.hostAnswers.title')}
      page={props.page}
      params={props.params}
      rowKey={(r) => r.id}
      emptyText={t(props.scope === 'all' ? 'placements.hostAnswers.emptyAll' : 'placements.hostAnswers.empty')}
      columns={[
        ...volunteerAndOpportunityColumns<OverdueHostAnswer>(t),
        {
          label: t('placements.field.organization'),
          sortKey: 'organization',
          cell: (r) => <a href={`/organizations/${r.organizationId}`}>{r.organizationName}</a>,
        },
        { label: t('placements.field.status'), cell: (r) => t(`placements.status.${r.status as ApplicationStatus}`) },
        {
          label: t('placements.hostAnswers.waiting'),
          sortKey: 'waiting',
          cell: (r) => (
            <>
              {t('placements.hostAnswers.age', { workingDays: r.workingDaysWaiting, calendarDays: r.calendarDaysWaiting })}
              <br />
              <span class="muted small">{formatDate(locale, new Date(r.waitingSince))}</span>
            </>
          ),
        },
        { label: t('placements.hostAnswers.reminded'), cell: (r) => (r.hostRemindedAt ? formatDateTime(locale, new Date(r.hostRemindedAt)) : '–') },
        {
          label: t('placements.hostAnswers.nudge'),
          cell: (r) =>
            r.nudgedToday ? (
              t('placements.hostAnswers.nudgedToday')
            ) : (
              <PostForm action={`/applications/${r.id}/nudge-host`} class="inline-form">
                <button type="submit" class="button-secondary">
                  {t('placements.hostAnswers.nudge')}
                </button>
              </PostForm>
            ),
        },
      ]}
    >
      <FollowUpTabs current="hostAnswers" overdueCount={props.scope === 'overdue' ? props.page.total : undefined} />
      <p>{t('placements.hostAnswers.intro')}</p>
      <ScopeSwitch scope={props.scope} />
    </ListPage>
  );
}
