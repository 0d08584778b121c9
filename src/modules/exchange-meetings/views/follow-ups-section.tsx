import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, Field, PostForm, SelectField, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { FollowUpRow } from '../follow-ups-repo.js';
import { dayText } from '../meeting-text.js';
import type { ParticipantRow } from '../participants-repo.js';
import { centerAssignee } from '../schema.js';
import { FollowUpStatus } from './follow-up-status.js';

type Props = {
  meetingId: string;
  followUps: FollowUpRow[];
  participants: ParticipantRow[];
  today: string;
  /** The new follow-up's form, rejected and shown again. */
  values?: Record<string, string>;
  errors?: FieldErrors;
};

/** The follow-ups agreed: each with who, by when and its status (done / open again, delete), and the form for a new one. */
export function FollowUpsSection({ meetingId, followUps, participants, today, values = {}, errors }: Props) {
  const { t, locale } = usePage();
  const base = `/exchange-meetings/${meetingId}/follow-ups`;
  return (
    <section aria-labelledby="meeting-follow-ups">
      <h2 id="meeting-follow-ups">{t('exchange.followUps.heading')}</h2>
      {followUps.length === 0 ? (
        <p class="empty-state">{t('exchange.followUps.none')}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">{t('exchange.followUps.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('exchange.followUps.description')}</th>
                <th scope="col">{t('exchange.followUps.assignee')}</th>
                <th scope="col">{t('exchange.followUps.dueOn')}</th>
                <th scope="col">{t('exchange.followUps.status')}</th>
                <th scope="col">{t('exchange.field.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {followUps.map((f) => (
                <tr key={f.id}>
                  <th scope="row">{f.description}</th>
                  <td>{f.organizationName ?? t('exchange.followUps.center')}</td>
                  <td>{f.dueOn ? dayText(locale, f.dueOn) : '–'}</td>
                  <td>
                    <FollowUpStatus followUp={f} today={today} />
                  </td>
                  <td>
                    <PostForm action={`${base}/${f.id}/done`} class="inline-form">
                      <input type="hidden" name="done" value={f.doneAt ? '0' : '1'} />
                      <button type="submit" class="link-button">
                        {t(f.doneAt ? 'exchange.followUps.reopen' : 'exchange.followUps.markDone')}
                        <span class="visually-hidden">{` – ${f.description}`}</span>
                      </button>
                    </PostForm>{' '}
                    ·{' '}
                    <a href={`${base}/${f.id}/delete`}>
                      {t('exchange.followUps.delete')}
                      <span class="visually-hidden">{` – ${f.description}`}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3 id="new-follow-up">{t('exchange.followUps.add')}</h3>
      <ErrorSummary errors={errors} />
      <PostForm action={base}>
        <TextAreaField
          name="description"
          label={t('exchange.followUps.description')}
          value={values.description}
          error={errors?.description}
          maxLength={1000}
          rows={2}
          required
        />
        <SelectField
          name="assignee"
          label={t('exchange.followUps.assignee')}
          options={[{ value: centerAssignee, label: t('exchange.followUps.center') }, ...participants.map((p) => ({ value: p.organizationId, label: p.name }))]}
          value={values.assignee ?? centerAssignee}
          error={errors?.assignee}
          required
        />
        <Field name="dueOn" type="date" label={t('exchange.followUps.dueOn')} value={values.dueOn} error={errors?.dueOn} required />
        <p>
          <button type="submit">{t('exchange.followUps.addSubmit')}</button>
        </p>
      </PostForm>
    </section>
  );
}
