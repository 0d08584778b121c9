import type { FieldErrors } from '../../../platform/validation.js';
import { CheckboxGroup } from '../../../ui/choice-fields.js';
import { ErrorSummary, PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { ParticipantRow } from '../participants-repo.js';
import type { MeetingRow } from '../repo.js';

const organizationLabel = (p: ParticipantRow) => `${p.name} (${p.placeName})`;

/**
 * The invited organizations: before the meeting a list; from its day on, a form to tick who attended
 * (the ticked boxes say it in words: "részt vett" is the legend's answer, not a colour).
 */
export function ParticipantsSection(props: { meeting: MeetingRow; participants: ParticipantRow[]; today: string; errors?: FieldErrors }) {
  const { t } = usePage();
  const { meeting, participants } = props;
  const base = `/exchange-meetings/${meeting.id}`;
  const attended = participants.filter((p) => p.attended).length;
  const held = meeting.heldOn <= props.today;
  return (
    <section aria-labelledby="meeting-participants">
      <h2 id="meeting-participants">{t('exchange.participants.heading')}</h2>
      {participants.length === 0 ? (
        <p class="empty-state">{t('exchange.participants.none')}</p>
      ) : held ? (
        <>
          <p>{t('exchange.participants.summary', { invited: participants.length, attended })}</p>
          <ErrorSummary errors={props.errors} />
          <PostForm action={`${base}/attendance`}>
            <CheckboxGroup
              name="attended"
              legend={t('exchange.attendance.legend')}
              hint={t('exchange.attendance.hint')}
              options={participants.map((p) => ({ value: p.organizationId, label: organizationLabel(p) }))}
              values={participants.filter((p) => p.attended).map((p) => p.organizationId)}
              error={props.errors?.attended}
            />
            <p>
              <button type="submit">{t('exchange.attendance.save')}</button>
            </p>
          </PostForm>
        </>
      ) : (
        <>
          <ul>
            {participants.map((p) => (
              <li key={p.organizationId}>
                {organizationLabel(p)} – {t('exchange.attendance.invited')}
              </li>
            ))}
          </ul>
          <p class="hint">{t('exchange.attendance.tooEarly')}</p>
        </>
      )}
      <p>
        <a href={`${base}/invitations`}>{t('exchange.participants.edit')}</a>
      </p>
    </section>
  );
}
