import { formatDuration } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import type { Progress } from '../progress.js';
import { exemptLabel } from './text.js';

/** Progress toward the 50 hours by school year: accepted (counted), certified and logged apart, and what is still missing. */
export function ProgressSection(props: { progress: Progress; exemptReason?: string | null; headingId: string }) {
  const { t, locale } = usePage();
  const p = props.progress;
  const h = (m: number) => formatDuration(t, locale, m);
  return (
    <section aria-labelledby={props.headingId}>
      <h2 id={props.headingId}>{t('iksz.progress.title')}</h2>
      {props.exemptReason && <p>{t('iksz.progress.exempt', { reason: exemptLabel(t, props.exemptReason) })}</p>}
      <p>
        <progress max={3000} value={Math.min(3000, p.accepted)} aria-label={t('iksz.progress.title')} /> {t('iksz.progress.accepted', { hours: h(p.accepted) })}
      </p>
      <p>
        <strong>{p.complete ? t('iksz.progress.complete') : t('iksz.progress.missing', { hours: h(p.missing) })}</strong>
      </p>
      {(p.certified > 0 || p.logged > 0) && <p>{t('iksz.progress.pending', { certified: h(p.certified), logged: h(p.logged) })}</p>}
      {p.years.length === 0 ? (
        <p class="empty-state">{t('iksz.progress.none')}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <caption>{t('iksz.progress.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('iksz.progress.year')}</th>
                <th scope="col">{t('iksz.progress.col.accepted')}</th>
                <th scope="col">{t('iksz.progress.col.certified')}</th>
                <th scope="col">{t('iksz.progress.col.logged')}</th>
              </tr>
            </thead>
            <tbody>
              {p.years.map((y) => (
                <tr key={y.schoolYear}>
                  <th scope="row">{y.schoolYear}</th>
                  <td>{h(y.accepted)}</td>
                  <td>{h(y.certified)}</td>
                  <td>{h(y.logged)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The student's next step, from the log's state. */
export function nextStepKey(p: Progress, hasRejected: boolean) {
  if (p.complete) return 'iksz.next.done' as const;
  if (hasRejected) return 'iksz.next.fixRejected' as const;
  if (p.logged > 0 && p.certified === 0) return 'iksz.next.waitHost' as const;
  if (p.certified > 0) return 'iksz.next.waitSchool' as const;
  return 'iksz.next.log' as const;
}
