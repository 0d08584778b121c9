import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { isMinorOn, needsGuardianConsent } from '../age-rules.js';
import type { ProfileFormValues } from '../form-state.js';
import type { VolunteerProfile } from '../profile-service.js';
import type { ListChoice } from '../repo.js';
import { ProfileFields } from './profile-fields.js';
import { StatusSummary } from './status-summary.js';

type OwnProfilePageProps = {
  profile?: VolunteerProfile;
  values: ProfileFormValues;
  errors?: FieldErrors;
  causes: ListChoice[];
  skills: ListChoice[];
  /** A safe local path to continue to after saving (the application the volunteer started). */
  next?: string | null;
};

/** The volunteer's own profile (addressed informally): create it, or keep it up to date. */
export function OwnProfilePage(props: OwnProfilePageProps) {
  const { t, actor } = usePage();
  const { profile } = props;
  return (
    <>
      <h1>{t(profile ? 'volunteers.own.title' : 'volunteers.own.newTitle')}</h1>
      {!profile && <p>{t('volunteers.own.newLead')}</p>}
      {profile && needsGuardianConsent(profile, new Date()) && (
        <div class="flash" role="status">
          <p>{t('volunteers.own.guardianNeeded')}</p>
        </div>
      )}
      {profile && isMinorOn(profile.birthDate, new Date()) && (
        <p>
          <a href="/volunteer/guardian-invite">{t('guardians.link.inviteOwn')}</a>
        </p>
      )}
      <ErrorSummary errors={props.errors} />
      <PostForm action="/volunteer/profile">
        {props.next && (
          <>
            <input type="hidden" name="next" value={props.next} />
            <p class="hint">{t('volunteers.own.continueHint')}</p>
          </>
        )}
        <p>{t('volunteers.own.emailFromAccount', { email: profile?.email ?? actor?.email ?? '' })}</p>
        <ProfileFields mode="own" values={props.values} errors={props.errors} causes={props.causes} skills={props.skills} />
        <p class="toolbar">
          <button type="submit">{t(profile ? 'form.save' : 'volunteers.own.create')}</button>
        </p>
      </PostForm>
      {profile && (
        <section aria-labelledby="own-status">
          <h2 id="own-status">{t('volunteers.own.statusTitle')}</h2>
          <p class="hint">{t('volunteers.own.statusHint')}</p>
          <StatusSummary profile={profile} headingLevel={3} />
        </section>
      )}
    </>
  );
}
