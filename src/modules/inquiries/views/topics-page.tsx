import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, Field, PostForm, SelectField, SummaryTarget } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { TopicRow } from '../topics-repo.js';
import type { TopicsPage as TopicsData } from '../topics-service.js';
import { InquiryNav } from './inquiry-list-page.js';

/** A rejected rename: which topic, and what was typed. */
export type RenameState = { topicId: string; name: string; errors: FieldErrors };

/** One topic of a list the actor keeps: its name field (rename) and archive or restore. */
function EditableTopic(props: { topic: TopicRow; rejected?: RenameState }) {
  const { t } = usePage();
  const { topic, rejected } = props;
  const mine = rejected?.topicId === topic.id;
  const error = mine ? rejected?.errors.name : undefined;
  const id = `topic-${topic.id}`;
  return (
    <li>
      <PostForm action={`/inquiries/topics/${topic.id}`} class="inline-form">
        {mine && <SummaryTarget name="name" id={id} label={t('inquiries.topics.nameOf', { name: topic.name })} />}
        <label for={id}>{t('inquiries.topics.nameOf', { name: topic.name })}</label>{' '}
        <input
          id={id}
          name="name"
          value={mine ? rejected?.name : topic.name}
          maxLength={80}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />{' '}
        <button type="submit">{t('inquiries.topics.rename')}</button>
        {error && (
          <p class="field-error" id={`${id}-error`}>
            {t(error.key, error.params)}
          </p>
        )}
      </PostForm>{' '}
      {topic.archivedAt ? (
        <>
          <span>{t('inquiries.topics.archived')}</span>{' '}
          <PostForm action={`/inquiries/topics/${topic.id}/restore`} class="inline-form">
            <button type="submit" aria-label={t('inquiries.topics.restoreOf', { name: topic.name })}>
              {t('inquiries.topics.restore')}
            </button>
          </PostForm>
        </>
      ) : (
        <a href={`/inquiries/topics/${topic.id}/archive`} aria-label={t('inquiries.topics.archiveOf', { name: topic.name })}>
          {t('inquiries.topics.archive')}
        </a>
      )}
    </li>
  );
}

function TopicList(props: { topics: TopicRow[]; editable: boolean; rejected?: RenameState; empty: string }) {
  const { t } = usePage();
  if (props.topics.length === 0) return <p class="empty-state">{props.empty}</p>;
  return (
    <ul class="topic-list">
      {props.topics.map((topic) =>
        props.editable ? (
          <EditableTopic topic={topic} rejected={props.rejected} />
        ) : (
          <li>{topic.archivedAt ? t('inquiries.topics.archivedName', { name: topic.name }) : topic.name}</li>
        ),
      )}
    </ul>
  );
}

/** GET /inquiries/topics: the national topics and a center's own, with add, rename and archive where the actor keeps the list. */
export function TopicsPage(props: { data: TopicsData; addValues?: Record<string, string>; addErrors?: FieldErrors; rejected?: RenameState }) {
  const { t } = usePage();
  const { data } = props;
  const centerName = data.centers.find((c) => c.id === data.centerId)?.name;
  const addingNational = data.centerId === null;
  return (
    <>
      <InquiryNav />
      <h1>{t('inquiries.topics.title')}</h1>
      <p class="lead">{t('inquiries.topics.lead')}</p>
      <ErrorSummary errors={props.rejected?.errors} />
      {data.centers.length > 1 || data.mayEditNational ? (
        <form method="get" action="/inquiries/topics" class="toolbar">
          <SelectField
            name="center"
            label={t('inquiries.topics.listOf')}
            options={data.centers.map((c) => ({ value: c.id, label: c.name }))}
            value={data.centerId ?? ''}
            emptyLabel={data.mayEditNational ? t('inquiries.topics.nationalList') : undefined}
          />
          <p>
            <button type="submit">{t('inquiries.topics.show')}</button>
          </p>
        </form>
      ) : null}
      <section aria-labelledby="topics-national">
        <h2 id="topics-national">{t('inquiries.topics.national')}</h2>
        <TopicList topics={data.national} editable={data.mayEditNational && addingNational} rejected={props.rejected} empty={t('inquiries.topics.empty')} />
      </section>
      {centerName && (
        <section aria-labelledby="topics-own">
          <h2 id="topics-own">{t('inquiries.topics.own', { center: centerName })}</h2>
          <TopicList topics={data.own} editable rejected={props.rejected} empty={t('inquiries.topics.ownEmpty')} />
        </section>
      )}
      <section aria-labelledby="topics-add">
        <h2 id="topics-add">{addingNational ? t('inquiries.topics.addNational') : t('inquiries.topics.add', { center: centerName ?? '' })}</h2>
        <ErrorSummary errors={props.addErrors} />
        <PostForm action="/inquiries/topics">
          <input type="hidden" name="centerId" value={data.centerId ?? ''} />
          <Field name="name" label={t('inquiries.topics.name')} value={props.addValues?.name} error={props.addErrors?.name} required maxLength={80} />
          <p class="toolbar">
            <button type="submit">{t('inquiries.topics.addButton')}</button>
          </p>
        </PostForm>
      </section>
    </>
  );
}

/** GET /inquiries/topics/:topicId/archive: the confirmation step before a topic is archived. */
export function ArchiveTopicPage(props: { topic: TopicRow }) {
  const { t } = usePage();
  const back = props.topic.centerId ? `/inquiries/topics?center=${props.topic.centerId}` : '/inquiries/topics';
  return (
    <>
      <p class="breadcrumb">
        <a href={back}>{t('inquiries.topics.title')}</a>
      </p>
      <h1>{t('inquiries.topics.archiveTitle')}</h1>
      <p>{t('inquiries.topics.archiveQuestion', { name: props.topic.name })}</p>
      <PostForm action={`/inquiries/topics/${props.topic.id}/archive`}>
        <p class="toolbar">
          <button type="submit" class="button-danger">
            {t('inquiries.topics.archiveConfirm')}
          </button>
          <a href={back}>{t('form.cancel')}</a>
        </p>
      </PostForm>
    </>
  );
}
