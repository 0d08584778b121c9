import type { Page } from '../../../platform/list-params.js';
import { ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import { attendanceKey, dayText } from '../meeting-text.js';
import type { OrganizationMeetingRow } from '../participants-service.js';
import { FollowUpStatus } from './follow-up-status.js';

type Props = { organizationId: string; organizationName: string; page: Page<OrganizationMeetingRow>; dir: 'asc' | 'desc'; today: string };

/** The meetings the organization was invited to ("Ön", read-only): when, what, whether it attended, and its follow-ups. */
export function OrganizationMeetingsPage({ organizationId, organizationName, page, dir, today }: Props) {
  const { t, locale } = usePage();
  return (
    <ListPage
      title={t('exchange.org.title', { name: organizationName })}
      breadcrumb={<a href={`/organizations/${organizationId}`}>{organizationName}</a>}
      page={page}
      params={{ sort: 'date', dir }}
      rowKey={(m) => m.id}
      emptyText={t('exchange.org.empty')}
      columns={[
        { label: t('exchange.field.heldOn'), sortKey: 'date', cell: (m) => dayText(locale, m.heldOn) },
        { label: t('exchange.field.theme'), rowHeader: true, cell: (m) => m.theme },
        { label: t('exchange.field.place'), cell: (m) => m.place ?? '–' },
        { label: t('exchange.field.center'), cell: (m) => m.centerName },
        {
          label: t('exchange.org.attendance'),
          cell: (m) => t(attendanceKey(m, today)),
        },
        {
          label: t('exchange.org.followUps'),
          cell: (m) =>
            m.followUps.length === 0 ? (
              t('exchange.org.noFollowUps')
            ) : (
              <ul>
                {m.followUps.map((f) => (
                  <li key={f.id}>
                    {f.description} – {f.dueOn ? dayText(locale, f.dueOn) : '–'} (<FollowUpStatus followUp={f} today={today} />)
                  </li>
                ))}
              </ul>
            ),
        },
      ]}
    >
      <p class="lead">{t('exchange.org.intro')}</p>
    </ListPage>
  );
}
