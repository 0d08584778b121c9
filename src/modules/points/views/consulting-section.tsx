import type { Page } from '../../../platform/list-params.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { Field, PostForm, SelectField, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { Pagination } from '../../../ui/pagination.js';
import { formatDay } from '../../certificates/certificate-text.js';
import type { Consultation } from '../consulting-service.js';
import { actionRows, consultationKinds } from '../network-schema.js';

export type ConsultingSectionProps = {
  pointId: string;
  today: string;
  consultations: Page<Consultation>;
  failed?: { form: string; values: Record<string, string>; errors: FieldErrors };
};

/** The agreed actions of a consultation; an open one has a "done" button (its own small form). */
export function ConsultationActions(props: { consultation: Consultation; pointId?: string; today: string }) {
  const { t, locale } = usePage();
  if (props.consultation.actions.length === 0) return null;
  return (
    <ul>
      {props.consultation.actions.map((a) => {
        const overdue = !a.doneAt && a.dueOn !== null && a.dueOn < props.today;
        return (
          <li key={a.id}>
            {a.description}
            {a.dueOn && ` – ${t('points.consulting.due', { day: formatDay(locale, a.dueOn) })}`}
            {overdue && (
              <>
                {' '}
                <strong>{t('points.consulting.overdue')}</strong>
              </>
            )}
            {a.doneAt ? ` – ${t('points.consulting.done')}` : null}
            {!a.doneAt && props.pointId && (
              <PostForm action={`/admin/points/${props.pointId}/consultation-actions/done`} class="inline-form">
                <input type="hidden" name="actionId" value={a.id} />
                <button type="submit" class="button-secondary" aria-label={t('points.consulting.markDoneOf', { action: a.description })}>
                  {t('points.consulting.markDone')}
                </button>
              </PostForm>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** A point's consulting log: the form for a new consultation (with action rows) and the list. */
export function ConsultingSection(props: ConsultingSectionProps) {
  const { t, locale } = usePage();
  const v = props.failed?.form === 'consultation' ? props.failed.values : {};
  const e = props.failed?.form === 'consultation' ? props.failed.errors : {};
  return (
    <>
      <h2>{t('points.consulting.title')}</h2>
      {props.consultations.items.length === 0 ? (
        <p>{t('points.consulting.empty')}</p>
      ) : (
        <ol class="timeline">
          {props.consultations.items.map((c) => (
            <li key={c.id}>
              <strong>{formatDay(locale, c.heldOn)}</strong> – {t(`points.consulting.kind.${c.kind as 'visit'}`)}: {c.topics}
              {c.notes && <p>{c.notes}</p>}
              <ConsultationActions consultation={c} pointId={props.pointId} today={props.today} />
            </li>
          ))}
        </ol>
      )}
      <Pagination page={props.consultations} />
      <PostForm action={`/admin/points/${props.pointId}/consultations`}>
        <h3>{t('points.consulting.new')}</h3>
        <Field name="heldOn" type="date" label={t('points.consulting.heldOn')} required value={v.heldOn ?? props.today} error={e.heldOn} />
        <SelectField
          name="kind"
          label={t('points.consulting.kindLabel')}
          required
          value={v.kind}
          error={e.kind}
          options={consultationKinds.map((k) => ({ value: k, label: t(`points.consulting.kind.${k}`) }))}
        />
        <TextAreaField name="topics" label={t('points.consulting.topics')} required rows={2} maxLength={1000} value={v.topics} error={e.topics} />
        <TextAreaField name="notes" label={t('points.consulting.notes')} rows={3} maxLength={10000} value={v.notes} error={e.notes} />
        <fieldset>
          <legend>{t('points.consulting.actions')}</legend>
          {Array.from({ length: actionRows }, (_, i) => (
            <div class="field-row" key={i}>
              <Field
                name={`action${i + 1}`}
                label={t('points.consulting.actionN', { n: i + 1 })}
                maxLength={1000}
                value={v[`action${i + 1}`]}
                error={e[`action${i + 1}`]}
              />
              <Field
                name={`action${i + 1}Due`}
                type="date"
                label={t('points.consulting.actionDueN', { n: i + 1 })}
                value={v[`action${i + 1}Due`]}
                error={e[`action${i + 1}Due`]}
              />
            </div>
          ))}
        </fieldset>
        <p>
          <button type="submit">{t('points.consulting.save')}</button>
        </p>
      </PostForm>
    </>
  );
}
