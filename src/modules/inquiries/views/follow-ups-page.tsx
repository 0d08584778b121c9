import { formatDateTime, formatPersonName } from '../../../platform/i18n.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import { PostForm } from '../../../ui/forms.js';
import { ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import type { InquiryRow } from '../repo.js';
import type { InquirySort } from '../schema.js';
import { dayText, InquiryNav } from './inquiry-list-page.js';
import { askerText } from './labels.js';

/** The first words of a question, for a list row (the inquiry page has it whole). */
function excerpt(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** GET /inquiries/follow-ups: what is due today or earlier and not done, oldest first, each with its "done" button. */
export function FollowUpsPage(props: { page: Page<InquiryRow>; params: ListParams<InquirySort> }) {
  const { t, locale } = usePage();
  return (
    <ListPage
      title={t('inquiries.followUps.title')}
      page={props.page}
      params={props.params}
      rowKey={(r) => r.id}
      emptyText={t('inquiries.followUps.empty')}
      columns={[
        {
          label: t('inquiries.field.followUpOn'),
          sortKey: 'followUp',
          rowHeader: true,
          cell: (r) => <a href={`/inquiries/${r.id}`}>{r.followUpOn ? dayText(locale, r.followUpOn) : '–'}</a>,
        },
        { label: t('inquiries.list.asker'), cell: (r) => askerText(t, r) },
        { label: t('inquiries.field.question'), cell: (r) => excerpt(r.question) },
        { label: t('inquiries.field.receivedAt'), sortKey: 'received', cell: (r) => formatDateTime(locale, r.receivedAt) },
        { label: t('inquiries.field.point'), sortKey: 'point', cell: (r) => r.pointName ?? '–' },
        {
          label: t('inquiries.field.staff'),
          sortKey: 'staff',
          cell: (r) => (r.staffFamilyName ? formatPersonName(r.staffFamilyName, r.staffGivenName ?? '') : '–'),
        },
        {
          label: t('list.actions'),
          cell: (r) => (
            <PostForm action={`/inquiries/${r.id}/follow-up-done`} class="inline-form">
              <input type="hidden" name="back" value="follow-ups" />
              <button type="submit" aria-label={t('inquiries.followUps.markDoneOf', { who: askerText(t, r) })}>
                {t('inquiries.followUps.markDone')}
              </button>
            </PostForm>
          ),
        },
      ]}
    >
      <InquiryNav />
      <p>{t('inquiries.followUps.lead')}</p>
    </ListPage>
  );
}
