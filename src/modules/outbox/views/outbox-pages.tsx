import { formatDateTime } from '../../../platform/i18n.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import { linkifiedText } from '../../../ui/linkified-text.js';
import { ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import type { OutboxSort } from '../schema.js';
import type { OutboxMessage, OutboxRow } from '../service.js';

function DeliveryStatus(props: { message: OutboxRow }) {
  const { t, locale } = usePage();
  const { message } = props;
  if (message.sentAt) return <span>{t('outbox.status.sent', { at: formatDateTime(locale, message.sentAt) })}</span>;
  if (message.lastError) return <strong>{t('outbox.status.failing', { count: message.attempts })}</strong>;
  return <span>{t('outbox.status.pending')}</span>;
}

export function OutboxListPage(props: { page: Page<OutboxRow>; params: ListParams<OutboxSort> }) {
  const { t, locale } = usePage();
  return (
    <ListPage
      title={t('outbox.title')}
      breadcrumb={<a href="/admin">{t('nav.admin')}</a>}
      page={props.page}
      params={props.params}
      rowKey={(m) => m.id}
      emptyText={t('outbox.empty')}
      columns={[
        { label: t('outbox.field.subject'), rowHeader: true, cell: (m) => <a href={`/admin/outbox/${m.id}`}>{m.subject}</a> },
        { label: t('outbox.field.to'), sortKey: 'to', cell: (m) => m.toAddress },
        { label: t('outbox.field.created'), sortKey: 'created', cell: (m) => formatDateTime(locale, m.createdAt) },
        { label: t('outbox.field.status'), cell: (m) => <DeliveryStatus message={m} /> },
      ]}
    >
      <p class="muted">{t('outbox.intro')}</p>
    </ListPage>
  );
}

/** One message: headers, delivery state, and the text body with its links clickable. */
export function OutboxMessagePage(props: { message: OutboxMessage }) {
  const { t, locale } = usePage();
  const { message } = props;
  return (
    <>
      <p class="breadcrumb">
        <a href="/admin">{t('nav.admin')}</a> › <a href="/admin/outbox">{t('outbox.title')}</a>
      </p>
      <h1>{message.subject}</h1>
      <dl class="details">
        <dt>{t('outbox.field.to')}</dt>
        <dd>{message.toAddress}</dd>
        <dt>{t('outbox.field.created')}</dt>
        <dd>{formatDateTime(locale, message.createdAt)}</dd>
        <dt>{t('outbox.field.status')}</dt>
        <dd>
          <DeliveryStatus message={message} />
        </dd>
        {Object.keys(message.headers).length > 0 && (
          <>
            <dt>{t('outbox.field.headers')}</dt>
            <dd>
              <pre class="mail-headers">
                {Object.entries(message.headers)
                  // jsonb keeps no key order: sorted, so the page reads the same each time.
                  .sort(([a], [b]) => a.localeCompare(b))
                  .map(([name, value]) => `${name}: ${value}`)
                  .join('\n')}
              </pre>
            </dd>
          </>
        )}
        {message.attachmentNames.length > 0 && (
          <>
            <dt>{t('outbox.field.attachments')}</dt>
            <dd>{message.attachmentNames.join(', ')}</dd>
          </>
        )}
        {message.lastError && (
          <>
            <dt>{t('outbox.field.lastError')}</dt>
            <dd>{message.lastError}</dd>
          </>
        )}
      </dl>
      <h2>{t('outbox.field.body')}</h2>
      <pre class="mail-body">{linkifiedText(message.textBody)}</pre>
    </>
  );
}
