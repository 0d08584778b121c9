import { type Translate, translateMaybeKey } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, PostForm, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { ImportProblem } from '../import-service.js';
import type { EventDay } from '../service.js';
import { EventDayBreadcrumb } from './labels.js';

/** How many of an import's problems the page lists (the rest are counted). */
const shownProblems = 50;

/** The field names of the volunteer form, as the import's columns are labelled. */
const fieldLabels: Record<string, Parameters<Translate>[0]> = {
  volunteerId: 'eventDay.field.volunteer',
  rankedTasks: 'eventDay.field.rankedTasks',
  availableFrom: 'eventDay.field.availableFrom',
  availableUntil: 'eventDay.field.availableUntil',
  friendVolunteerId: 'eventDay.field.friend',
  maxSlots: 'eventDay.field.maxSlots',
};

function problemText(t: Translate, p: ImportProblem): string {
  const label = p.field && fieldLabels[p.field];
  const problem =
    p.key === 'eventDay.import.invalid'
      ? t(p.key, { field: label ? t(label) : (p.field ?? ''), message: translateMaybeKey(t, p.message ?? '') })
      : t(p.key, p.params);
  return p.row > 0 ? t('eventDay.import.row', { row: p.row, problem }) : t('eventDay.import.general', { problem });
}

/** GET /event-days/:eventDayId/volunteers/import: paste the volunteers' wishes from a spreadsheet; the rows that stopped it. */
export function ImportPage(props: { eventDay: EventDay; value?: string; errors?: FieldErrors; problems?: ImportProblem[] }) {
  const { t } = usePage();
  const base = `/event-days/${props.eventDay.id}`;
  const problems = props.problems ?? [];
  return (
    <>
      <EventDayBreadcrumb eventDay={props.eventDay} />
      <h1>{t('eventDay.import.title', { name: props.eventDay.name })}</h1>
      <ErrorSummary errors={props.errors} />
      {problems.length > 0 && (
        <div class="notice" role="alert">
          <p>{t('eventDay.import.rejected')}</p>
          <ul>
            {problems.slice(0, shownProblems).map((p, i) => (
              <li key={`${p.row}-${i}`}>{problemText(t, p)}</li>
            ))}
          </ul>
          {problems.length > shownProblems && <p>{t('eventDay.import.more', { count: problems.length - shownProblems })}</p>}
        </div>
      )}
      <p>{t('eventDay.import.intro')}</p>
      <PostForm action={`${base}/volunteers/import`}>
        <TextAreaField name="rows" label={t('eventDay.import.field')} value={props.value} error={props.errors?.rows} required rows={12} />
        <p>
          <button type="submit">{t('eventDay.import.submit')}</button>
        </p>
      </PostForm>
    </>
  );
}
