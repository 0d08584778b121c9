import { ErrorSummary } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { MyIksz } from '../view-service.js';
import { LogTable } from './log-table.js';
import { OccasionForm, type OccasionFormState } from './occasion-form.js';
import { nextStepKey, ProgressSection } from './progress-section.js';

/** "Közösségi szolgálatom": progress toward 50 hours by school year, the next step, the log form and the log. */
export function MyIkszPage(props: { views: MyIksz; today: string; form?: { studentId: string } & OccasionFormState }) {
  const { t } = usePage();
  return (
    <>
      <h1>{t('iksz.my.title')}</h1>
      <p>{t('iksz.my.intro')}</p>
      <ErrorSummary errors={props.form?.errors} />
      {props.views.length === 0 && <p class="empty-state">{t('iksz.my.none')}</p>}
      {props.views.map((v, i) => {
        const suffix = props.views.length > 1 ? `-${i + 1}` : '';
        const state = props.form?.studentId === v.student.id ? props.form : { values: { place: '' } };
        return (
          <section key={v.student.id} aria-labelledby={`school${suffix}`}>
            <h2 id={`school${suffix}`}>{t('iksz.my.school', { school: v.student.schoolName, className: v.student.className })}</h2>
            <ProgressSection progress={v.progress} exemptReason={v.student.exemptReason} headingId={`progress${suffix}`} />
            <p>
              <strong>{t('iksz.next.title')}:</strong>{' '}
              {t(
                nextStepKey(
                  v.progress,
                  v.log.some((o) => o.status === 'rejected'),
                ),
              )}
            </p>
            {v.choices == null ? (
              <p>{t('iksz.my.left')}</p>
            ) : (
              <section aria-labelledby={`log-form${suffix}`}>
                <h2 id={`log-form${suffix}`}>{t('iksz.form.title')}</h2>
                {v.choices.hosts.length === 0 ? (
                  <p>{t('iksz.form.noHosts')}</p>
                ) : (
                  <OccasionForm
                    action={`/iksz/students/${v.student.id}/occasions`}
                    choices={v.choices}
                    state={state}
                    submit={t('iksz.form.submit')}
                    today={props.today}
                  />
                )}
              </section>
            )}
            <LogTable log={v.log} editable headingId={`log${suffix}`} />
          </section>
        );
      })}
    </>
  );
}
