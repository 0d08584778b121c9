import { formatPersonName } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ConfirmForm } from '../../../ui/confirm-form.js';
import { ErrorSummary, Field, PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { SchoolHome } from '../schools-service.js';
import { SchoolNav } from './labels.js';

export type PageForm = { name: string; values: Record<string, string>; errors?: FieldErrors };

/** GET /schools/:schoolId: the school's home: its data, figures, people, and the appointment forms for those who may appoint. */
export function SchoolPage(props: { home: SchoolHome; form?: PageForm }) {
  const { t } = usePage();
  const { school, members, counts, abilities } = props.home;
  const base = `/schools/${school.id}`;
  const f = (name: string) => (props.form?.name === name ? props.form : undefined);
  const coordinatorForm = f('coordinator');
  const teacherForm = f('classTeacher');
  return (
    <>
      <SchoolNav schoolId={school.id} schoolName={school.name} manage={abilities.manage} />
      <h1>{school.name}</h1>
      <ErrorSummary errors={props.form?.errors} />
      <dl class="facts">
        <dt>{t('schools.field.omId')}</dt>
        <dd>{school.omId}</dd>
        <dt>{t('schools.field.place')}</dt>
        <dd>{[school.placeName, school.address].filter(Boolean).join(', ')}</dd>
        <dt>{t('schools.field.email')}</dt>
        <dd>{school.email ?? '–'}</dd>
        <dt>{t('schools.field.phone')}</dt>
        <dd>{school.phone ?? '–'}</dd>
        <dt>{t('schools.field.hostOrganization')}</dt>
        <dd>{school.hostName ?? '–'}</dd>
      </dl>
      {abilities.edit && (
        <p>
          <a href={`${base}/edit`}>{t('schools.edit.title')}</a>
        </p>
      )}
      <h2>{t('schools.counts.title', { year: counts.schoolYear })}</h2>
      <ul>
        <li>
          <a href={`${base}/students?status=active`}>{t('schools.counts.students', { count: counts.students })}</a>
        </li>
        <li>{t('schools.counts.exempt', { count: counts.exempt })}</li>
        <li>
          <a href={`${base}/students?agreement=missing`}>{t('schools.counts.withoutAgreement', { count: counts.withoutAgreement })}</a>
        </li>
        <li>
          <a href={`${base}/agreements?expiring=1`}>{t('schools.counts.expiring', { count: counts.expiring })}</a>
        </li>
        <li>
          <a href={`${base}/iksz/occasions`}>{t('schools.counts.waiting', { count: counts.waiting })}</a>
        </li>
      </ul>
      <h2>{t('schools.members.title')}</h2>
      {members.length === 0 ? (
        <p>{t('schools.members.empty')}</p>
      ) : (
        <table>
          <caption>{t('schools.members.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('schools.field.personName')}</th>
              <th scope="col">{t('schools.field.role')}</th>
              <th scope="col">{t('schools.field.classes')}</th>
              {abilities.setUp && <th scope="col">{t('schools.members.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => {
              const name = formatPersonName(m.familyName, m.givenName);
              const removable = m.role === 'coordinator' ? abilities.edit : abilities.setUp;
              return (
                <tr key={m.userId}>
                  <th scope="row">{name}</th>
                  <td>{m.role === 'coordinator' ? t('schools.role.coordinator') : t('schools.role.classTeacher')}</td>
                  <td>{m.classNames.join(', ') || '–'}</td>
                  {abilities.setUp && (
                    <td>
                      {removable ? (
                        <ConfirmForm
                          action={`${base}/members/${m.userId}/remove`}
                          button={t('schools.members.remove')}
                          question={t('schools.members.removeQuestion', { name })}
                          idSuffix={`member-${m.userId}`}
                          error={f(`remove-${m.userId}`)?.errors?.confirm}
                        />
                      ) : (
                        '–'
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {abilities.edit && (
        <section aria-labelledby="appoint-coordinator">
          <h2 id="appoint-coordinator">{t('schools.coordinator.appoint')}</h2>
          <p class="hint">{t('schools.appoint.hint')}</p>
          <PostForm action={`${base}/coordinator`}>
            <Field
              name="coordinatorEmail"
              type="email"
              label={t('schools.field.accountEmail')}
              value={coordinatorForm?.values.coordinatorEmail}
              error={coordinatorForm?.errors?.coordinatorEmail}
              required
              maxLength={254}
            />
            <p>
              <button type="submit">{t('schools.coordinator.appoint')}</button>
            </p>
          </PostForm>
        </section>
      )}
      {abilities.setUp && (
        <section aria-labelledby="appoint-teacher">
          <h2 id="appoint-teacher">{t('schools.classTeacher.appoint')}</h2>
          <p class="hint">{t('schools.appoint.hint')}</p>
          <PostForm action={`${base}/class-teachers`}>
            <Field
              name="teacherEmail"
              type="email"
              label={t('schools.field.accountEmail')}
              value={teacherForm?.values.teacherEmail}
              error={teacherForm?.errors?.teacherEmail}
              required
              maxLength={254}
            />
            <Field
              name="classNames"
              label={t('schools.field.classes')}
              hint={t('schools.field.classesHint')}
              value={teacherForm?.values.classNames}
              error={teacherForm?.errors?.classNames}
              required
              maxLength={300}
            />
            <p>
              <button type="submit">{t('schools.classTeacher.appoint')}</button>
            </p>
          </PostForm>
        </section>
      )}
    </>
  );
}
