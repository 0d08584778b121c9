import { formatDate } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { RadioGroup } from '../../../ui/choice-fields.js';
import { ErrorSummary, PostForm, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { FeedbackTarget } from '../feedback-repo.js';
import { feedbackScales, ratingValues } from '../feedback-schema.js';
import type { FeedbackState } from '../feedback-service.js';

const scaleKey = {
  contentRating: 'trainingAttendance.feedback.content',
  trainerRating: 'trainingAttendance.feedback.trainer',
  usefulnessRating: 'trainingAttendance.feedback.usefulness',
} as const;

/** GET /trainings/feedback/:registrationId — three 1–5 scales and a comment, once (to the participant: "te"). */
export function FeedbackFormPage(props: { target: FeedbackTarget; state: FeedbackState; values?: Record<string, string>; errors?: FieldErrors }) {
  const { t, locale } = usePage();
  const { target, state } = props;
  const options = ratingValues.map((v) => ({ value: v, label: t(`trainingAttendance.feedback.rating${v}`) }));
  return (
    <>
      <h1>{t('trainingAttendance.feedback.title', { course: target.courseTitle })}</h1>
      <p>{t('trainingAttendance.feedback.session', { date: formatDate(locale, target.startsAt), trainer: target.trainerName })}</p>
      {state === 'given' && <p role="status">{t('trainingAttendance.feedback.already')}</p>}
      {state === 'notAttended' && <p class="notice">{t('trainingAttendance.feedback.notAttended')}</p>}
      {state === 'open' && (
        <>
          <p>{t('trainingAttendance.feedback.intro')}</p>
          <ErrorSummary errors={props.errors} />
          <PostForm action={`/trainings/feedback/${target.registrationId}`}>
            {feedbackScales.map((scale) => (
              <RadioGroup
                key={scale}
                name={scale}
                legend={t(scaleKey[scale])}
                options={options}
                value={props.values?.[scale]}
                error={props.errors?.[scale]}
                required
              />
            ))}
            <TextAreaField
              name="comment"
              label={t('trainingAttendance.feedback.comment')}
              hint={t('trainingAttendance.feedback.commentHint')}
              maxLength={2000}
              value={props.values?.comment}
              error={props.errors?.comment}
            />
            <button type="submit">{t('trainingAttendance.feedback.submit')}</button>
          </PostForm>
        </>
      )}
      <p>
        <a href="/volunteer/my-volunteering#my-trainings">{t('trainingAttendance.feedback.back')}</a>
      </p>
    </>
  );
}
