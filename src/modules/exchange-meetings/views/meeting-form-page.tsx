import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, Field, PostForm, SelectField, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { MeetingRow } from '../repo.js';

type Props = {
  /** The meeting being edited; none for a new one. */
  meeting?: MeetingRow;
  values: Record<string, string>;
  errors?: FieldErrors;
  /** The centers to choose from for a new meeting (empty: the actor's only center). */
  centers: { id: string; name: string }[];
};

/** A new or edited meeting: the day, the theme, the place and the notes (and, for a new one, the center when there is a choice). */
export function MeetingFormPage({ meeting, values, errors, centers }: Props) {
  const { t } = usePage();
  const back = meeting ? `/exchange-meetings/${meeting.id}` : '/exchange-meetings';
  return (
    <>
      <p class="breadcrumb">
        <a href="/exchange-meetings">{t('exchange.title')}</a>
        {meeting && (
          <>
            {' › '}
            <a href={back}>{meeting.theme}</a>
          </>
        )}
      </p>
      <h1>{t(meeting ? 'exchange.edit' : 'exchange.new')}</h1>
      <ErrorSummary errors={errors} />
      <PostForm action={meeting ? `/exchange-meetings/${meeting.id}` : '/exchange-meetings'}>
        {!meeting && centers.length > 1 && (
          <SelectField
            name="centerId"
            label={t('exchange.field.center')}
            options={centers.map((c) => ({ value: c.id, label: c.name }))}
            value={values.centerId}
            error={errors?.centerId}
            emptyLabel={t('exchange.field.centerChoose')}
            required
          />
        )}
        <Field name="heldOn" type="date" label={t('exchange.field.heldOn')} value={values.heldOn} error={errors?.heldOn} required />
        <Field name="theme" label={t('exchange.field.theme')} value={values.theme} error={errors?.theme} maxLength={200} required />
        <Field name="place" label={t('exchange.field.place')} value={values.place} error={errors?.place} maxLength={300} />
        <TextAreaField
          name="notes"
          label={t('exchange.field.notes')}
          hint={t('exchange.hint.notes')}
          value={values.notes}
          error={errors?.notes}
          maxLength={10_000}
          rows={6}
        />
        <p class="toolbar">
          <button type="submit">{t('form.save')}</button>
          <a href={back}>{t('form.cancel')}</a>
        </p>
      </PostForm>
    </>
  );
}
