import type { FieldErrors } from '../../../platform/validation.js';
import { ConfirmForm } from '../../../ui/confirm-form.js';
import { ErrorSummary, PostForm, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { formatDay } from '../../certificates/certificate-text.js';
import type { LogChoices } from '../view-service.js';
import { OccasionForm, type OccasionFormState } from './occasion-form.js';

type OccasionSummary = { id: string; serial: number; day: string; activity: string; studentName: string };

/** The student corrects an occasion (a rejected one is resubmitted). */
export function EditOccasionPage(props: { occasion: OccasionSummary; choices: LogChoices; state: OccasionFormState; today: string }) {
  const { t } = usePage();
  return (
    <>
      <p class="breadcrumb">
        <a href="/iksz/my">{t('iksz.my.title')}</a>
      </p>
      <h1>{t('iksz.form.editTitle')}</h1>
      <ErrorSummary errors={props.state.errors} />
      <OccasionForm
        action={`/iksz/occasions/${props.occasion.id}`}
        choices={props.choices}
        state={props.state}
        submit={t('iksz.form.save')}
        today={props.today}
      />
    </>
  );
}

/** Deleting an occasion that is only logged, confirmed. */
export function DeleteOccasionPage(props: { occasion: OccasionSummary; errors?: FieldErrors }) {
  const { t, locale } = usePage();
  const o = props.occasion;
  return (
    <>
      <p class="breadcrumb">
        <a href="/iksz/my">{t('iksz.my.title')}</a>
      </p>
      <h1>{t('iksz.delete.title')}</h1>
      <ErrorSummary errors={props.errors} />
      <ConfirmForm
        action={`/iksz/occasions/${o.id}/delete`}
        button={t('iksz.delete.button')}
        question={t('iksz.delete.question', { serial: o.serial, day: formatDay(locale, o.day) })}
        idSuffix="delete"
        error={props.errors?.confirm}
      />
    </>
  );
}

/** The host or the school rejects an occasion, with a reason the student sees. */
export function RejectOccasionPage(props: { occasion: OccasionSummary; action: string; back: string; values?: Record<string, string>; errors?: FieldErrors }) {
  const { t, locale } = usePage();
  const o = props.occasion;
  return (
    <>
      <p class="breadcrumb">
        <a href={props.back}>{t('iksz.log.title')}</a>
      </p>
      <h1>{t('iksz.reject.title')}</h1>
      <ErrorSummary errors={props.errors} />
      <p>{t('iksz.reject.intro', { name: o.studentName, day: formatDay(locale, o.day), activity: o.activity })}</p>
      <PostForm action={props.action}>
        <TextAreaField
          rows={3}
          name="reason"
          label={t('iksz.reject.reason')}
          value={props.values?.reason}
          error={props.errors?.reason}
          maxLength={1000}
          required
        />
        <button class="button-danger" type="submit">
          {t('iksz.reject.submit')}
        </button>
      </PostForm>
    </>
  );
}
