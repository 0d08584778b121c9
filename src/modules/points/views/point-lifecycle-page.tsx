import { formatPersonName } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, Field, PostForm, SelectField, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { formatDay } from '../../certificates/certificate-text.js';
import { setupItems } from '../lifecycle-rules.js';
import type { PointLifecycle } from '../lifecycle-service.js';
import { ConsultingSection, type ConsultingSectionProps } from './consulting-section.js';

/** Which form of the page the errors and posted values belong to. */
export type LifecycleForm = { form: 'status' | 'setup' | 'consultation' | 'action'; values: Record<string, string>; errors: FieldErrors };

type Props = { data: PointLifecycle; today: string; failed?: LifecycleForm; consulting: Omit<ConsultingSectionProps, 'failed'> };

/** The staff page of one point's life: details, dated steps, the next step, the checklist, the consulting log. */
export function PointLifecyclePage(props: Props) {
  const { t, locale } = usePage();
  const { point, events, setup, transitions, missing } = props.data;
  const failed = props.failed;
  const of = (form: LifecycleForm['form']) => (failed?.form === form ? failed : undefined);
  const statusForm = of('status');
  const setupForm = of('setup');
  return (
    <>
      <p class="breadcrumb">
        <a href={`/admin/centers/${point.centerId}`}>{point.centerName}</a> › <a href={`/admin/points/${point.id}`}>{point.name}</a>
      </p>
      <h1>{t('points.lifecycle.title', { name: point.name })}</h1>
      <ErrorSummary errors={failed?.errors} />
      <dl class="details">
        <dt>{t('points.field.status')}</dt>
        <dd>
          <strong>{t(`points.status.${point.status}`)}</strong>
        </dd>
        <dt>{t('points.field.hostInstitution')}</dt>
        <dd>{point.hostInstitution ? `${point.hostInstitution}${point.hostKind ? ` (${t(`points.hostKind.${point.hostKind as 'other'}`)})` : ''}` : '–'}</dd>
        <dt>{t('points.field.place')}</dt>
        <dd>{[point.placeName, point.address].filter(Boolean).join(', ')}</dd>
        <dt>{t('points.field.contactName')}</dt>
        <dd>{point.contactName ?? '–'}</dd>
        <dt>{t('points.field.openingHours')}</dt>
        <dd>{point.openingHours ?? '–'}</dd>
        <dt>{t('points.field.notes')}</dt>
        <dd>{point.notes ?? '–'}</dd>
      </dl>

      <h2>{t('points.lifecycle.timeline')}</h2>
      {events.length === 0 ? (
        <p>{t('points.lifecycle.noEvents')}</p>
      ) : (
        <ol class="timeline">
          {events.map((e) => (
            <li key={e.id}>
              <strong>{formatDay(locale, e.on)}</strong> – {e.fromStatus ? `${t(`points.status.${e.fromStatus as 'active'}`)} → ` : ''}
              {t(`points.status.${e.toStatus as 'active'}`)}
              {e.actorFamilyName && ` (${formatPersonName(e.actorFamilyName, e.actorGivenName ?? '')})`}
              {e.note && <p>{e.note}</p>}
            </li>
          ))}
        </ol>
      )}

      {transitions.length > 0 ? (
        <PostForm action={`/admin/points/${point.id}/status`}>
          <h3>{t('points.lifecycle.nextStep')}</h3>
          <SelectField
            name="to"
            label={t('points.field.toStatus')}
            required
            value={statusForm?.values.to}
            error={statusForm?.errors.to}
            options={transitions.map((s) => ({ value: s, label: t(`points.status.${s}`) }))}
          />
          <Field name="on" type="date" label={t('points.field.stepDay')} required value={statusForm?.values.on ?? props.today} error={statusForm?.errors.on} />
          <TextAreaField
            name="note"
            label={t('points.field.stepNote')}
            rows={2}
            maxLength={2000}
            value={statusForm?.values.note}
            error={statusForm?.errors.note}
          />
          <p>
            <button type="submit">{t('points.lifecycle.record')}</button>
          </p>
        </PostForm>
      ) : (
        <p>{t('points.lifecycle.closedFinal')}</p>
      )}

      <h2>{t('points.setup.title')}</h2>
      <p>{missing.length ? t('points.setup.missing', { count: missing.length }) : t('points.setup.complete')}</p>
      <ul>
        {setupItems.map((item) => {
          const day = setup.get(item);
          return (
            <li key={item}>
              {t(`points.setup.${item}`)}: {day ? t('points.setup.doneOn', { day: formatDay(locale, day) }) : t('points.setup.notDone')}
            </li>
          );
        })}
      </ul>
      {point.status !== 'closed' && (
        <PostForm action={`/admin/points/${point.id}/setup`}>
          <SelectField
            name="item"
            label={t('points.setup.item')}
            required
            value={setupForm?.values.item ?? missing[0]}
            error={setupForm?.errors.item}
            options={setupItems.map((i) => ({ value: i, label: t(`points.setup.${i}`) }))}
          />
          <Field
            name="doneOn"
            type="date"
            label={t('points.setup.doneDay')}
            required
            value={setupForm?.values.doneOn ?? props.today}
            error={setupForm?.errors.doneOn}
          />
          <p>
            <button type="submit">{t('points.setup.mark')}</button>
          </p>
        </PostForm>
      )}

      <ConsultingSection {...props.consulting} failed={failed && (failed.form === 'consultation' || failed.form === 'action') ? failed : undefined} />
    </>
  );
}
