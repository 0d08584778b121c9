import type { ComponentChildren } from 'preact';
import { isMessageKey, type Translate } from '../../../platform/i18n.js';
import { PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { ikszAreaLabel } from '../../programs/views/labels.js';
import { courseForQualification, coursePath, type QualificationCourses } from '../../trainings/qualification-courses.js';
import { jsonForScriptTag } from '../json-ld.js';
import type { PublicOpportunity, UpcomingShift } from '../service.js';
import { ShiftList, ShiftTime } from './shift-list.js';

/** A language as stored: an ISO 639 code we can name ("en" → "angol"), or a name as typed. */
function languageName(t: Translate, code: string): string {
  const key = `search.language.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

/** "one_off" → "Egyszeri"; the kind is a database text column, so the catalog decides what it knows. */
function kindLabel(t: Translate, kind: string): string {
  const key = `search.kind.${kind}`;
  return isMessageKey(key) ? t(key) : kind;
}

/** Paragraphs as the organization wrote them (blank lines separate them); text stays escaped. */
export function Paragraphs(props: { text: string }) {
  return (
    <>
      {props.text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => (
          <p>{p}</p>
        ))}
    </>
  );
}

function Requirements(props: { o: PublicOpportunity; courses?: QualificationCourses }) {
  const { t } = usePage();
  const { o } = props;
  const items: ComponentChildren[] = [];
  if (o.minAge !== null) items.push(t('search.detail.minAge', { age: o.minAge }));
  for (const q of o.requiredQualifications) {
    // The course that grants it (trainings), where completing it makes the volunteer eligible.
    const course = courseForQualification(props.courses, q);
    items.push(
      <>
        {t('search.detail.qualification', { name: q })}
        {course && (
          <>
            {' – '}
            <a href={coursePath(course)}>{t('trainingAttendance.qualification.courseLink', { title: course.title })}</a>
          </>
        )}
      </>,
    );
  }
  if (o.requiresConduct) items.push(t('search.detail.conduct'));
  if (o.requiresHealth) items.push(t('search.detail.health'));
  if (items.length === 0) return <p>{t('search.detail.noRequirements')}</p>;
  return (
    <ul>
      {items.map((i) => (
        <li>{i}</li>
      ))}
    </ul>
  );
}

function Apply(props: { o: PublicOpportunity; chosenShift: UpcomingShift | null }) {
  const { t, actor } = usePage();
  const { chosenShift } = props;
  const here = `/opportunities/${props.o.id}`;
  if (!actor) {
    return (
      <p>
        <a href={`/login?next=${encodeURIComponent(here)}`}>{t('search.apply.login')}</a> {t('search.apply.or')}{' '}
        <a href="/signup">{t('search.apply.signup')}</a>
      </p>
    );
  }
  return (
    <PostForm action={`${here}/apply`}>
      {chosenShift ? (
        <>
          <input type="hidden" name="shiftId" value={chosenShift.id} />
          <p>
            {t('search.apply.chosenShift')} <ShiftTime shift={chosenShift} />
          </p>
        </>
      ) : (
        <p>{t(props.o.shifts.length ? 'search.apply.generalWithShifts' : 'search.apply.general')}</p>
      )}
      <button type="submit">{t(chosenShift ? 'search.apply.submitShift' : 'search.apply.submit')}</button>
    </PostForm>
  );
}

/** GET /opportunities/:opportunityId — the public page of one published opportunity. */
export function OpportunityPage(props: {
  opportunity: PublicOpportunity;
  jsonLd: Record<string, unknown>;
  /** The shift chosen before the volunteer had a profile: the apply form signs up for it. */
  chosenShift?: UpcomingShift | null;
  /** The recommended volunteers, for a coordinator who may open them. */
  candidatesHref?: string | null;
  /** The courses granting the required qualifications (trainings). */
  qualificationCourses?: QualificationCourses;
}) {
  const { t, actor } = usePage();
  const o = props.opportunity;
  const where = [o.place ? `${o.place.name} (${o.place.county})` : null, o.address].filter(Boolean).join(', ');
  return (
    <>
      <nav aria-label={t('search.detail.breadcrumb')}>
        <ol class="breadcrumb">
          <li>
            <a href="/opportunities">{t('search.title')}</a>
          </li>
          <li aria-current="page">{o.title}</li>
        </ol>
      </nav>
      <h1>{o.title}</h1>
      <p class="lead">
        {t('search.detail.organization')}: <a href={`/organizations/${o.organization.id}`}>{o.organization.name}</a>
      </p>
      {props.candidatesHref && (
        <p>
          <a class="button button-secondary" href={props.candidatesHref}>
            {t('matching.candidates.link')}
          </a>
        </p>
      )}
      <dl class="details">
        <dt>{t('search.detail.place')}</dt>
        <dd>{[where || null, o.remote ? t('search.hit.remote') : null].filter(Boolean).join(' · ') || t('search.detail.noPlace')}</dd>
        <dt>{t('search.detail.kind')}</dt>
        <dd>{kindLabel(t, o.kind)}</dd>
        {o.causes.length > 0 && (
          <>
            <dt>{t('search.detail.causes')}</dt>
            <dd>{o.causes.map((c) => c.name).join(', ')}</dd>
          </>
        )}
        {o.skills.length > 0 && (
          <>
            <dt>{t('search.detail.skills')}</dt>
            <dd>{o.skills.map((s) => s.name).join(', ')}</dd>
          </>
        )}
        {o.languages.length > 0 && (
          <>
            <dt>{t('search.detail.languages')}</dt>
            <dd>{o.languages.map((l) => languageName(t, l)).join(', ')}</dd>
          </>
        )}
        {o.ikszAreas && (
          <>
            <dt>{t('programs.opportunityPage.iksz')}</dt>
            <dd>{t('programs.opportunityPage.ikszAreas', { areas: o.ikszAreas.map((a) => ikszAreaLabel(t, a)).join('; ') })}</dd>
          </>
        )}
        <dt>{t('search.detail.group')}</dt>
        <dd>{o.groupFriendly ? t('search.detail.groupYes') : t('search.detail.groupNo')}</dd>
      </dl>

      <h2>{t('search.detail.description')}</h2>
      <Paragraphs text={o.description} />

      <h2>{t('search.detail.requirements')}</h2>
      <Requirements o={o} courses={props.qualificationCourses} />

      {o.accessibilityNotes && (
        <>
          <h2>{t('search.detail.accessibility')}</h2>
          <Paragraphs text={o.accessibilityNotes} />
        </>
      )}

      {(o.contact.name || o.contact.email || o.contact.phone) && (
        <>
          <h2>{t('search.detail.contact')}</h2>
          <ul>
            {o.contact.name && <li>{o.contact.name}</li>}
            {o.contact.email && (
              <li>
                <a href={`mailto:${o.contact.email}`}>{o.contact.email}</a>
              </li>
            )}
            {o.contact.phone && (
              <li>
                <a href={`tel:${o.contact.phone.replace(/[^\d+]/g, '')}`}>{o.contact.phone}</a>
              </li>
            )}
          </ul>
        </>
      )}

      <h2>{t('search.detail.shifts')}</h2>
      <ShiftList shifts={o.shifts} signedIn={Boolean(actor)} />

      <h2 id="apply">{t('search.detail.apply')}</h2>
      <Apply o={o} chosenShift={props.chosenShift ?? null} />

      {/* Data, not code: CSP does not run it, and jsonForScriptTag escapes every "<". */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScriptTag(props.jsonLd) }} />
    </>
  );
}
