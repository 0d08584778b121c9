import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, PostForm, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { ProfileFormValues } from '../form-state.js';
import type { ListChoice } from '../repo.js';
import type { CenterChoice, PointChoice } from '../staff-service.js';
import { ProfileFields } from './profile-fields.js';

type StaffFormProps = {
  /** Undefined for a new walk-in volunteer. */
  volunteerId?: string;
  values: ProfileFormValues;
  errors?: FieldErrors;
  causes: ListChoice[];
  skills: ListChoice[];
  centers: CenterChoice[];
  /** Volunteer Points a new walk-in may be registered at (optional choice). */
  points: PointChoice[];
  /** National admins (and staff of several centers) choose the center of a new volunteer. */
  chooseCenter: boolean;
  /** Where a new walk-in's form posts and "cancel" leads, when another page registers them (an inquiry). */
  from?: { action: string; cancel: string };
};

/** Staff register a walk-in or phone volunteer (e-mail optional), or edit a volunteer's profile. */
export function StaffFormPage(props: StaffFormProps) {
  const { t } = usePage();
  const editing = props.volunteerId !== undefined;
  const title = t(editing ? 'volunteers.edit.title' : 'volunteers.new.title');
  const centerValue = typeof props.values.centerId === 'string' ? props.values.centerId : undefined;
  const pointValue = typeof props.values.pointId === 'string' ? props.values.pointId : undefined;
  const centerName = (id: string) => props.centers.find((c) => c.id === id)?.name;
  // With several centers to choose from, a point's label names its center too.
  const pointLabel = (p: PointChoice) => (props.centers.length > 1 && centerName(p.centerId) ? `${p.name} (${centerName(p.centerId)})` : p.name);
  return (
    <>
      <p class="breadcrumb">
        <a href="/volunteers">{t('volunteers.list.title')}</a>
        {editing && (
          <>
            {' › '}
            <a href={`/volunteers/${props.volunteerId}`}>{t('volunteers.detail.back')}</a>
          </>
        )}
      </p>
      <h1>{title}</h1>
      {!editing && <p>{t('volunteers.new.lead')}</p>}
      <ErrorSummary errors={props.errors} />
      <PostForm action={editing ? `/volunteers/${props.volunteerId}` : (props.from?.action ?? '/volunteers')}>
        {!editing && (props.chooseCenter || props.errors?.centerId) && (
          <SelectField
            name="centerId"
            label={t('volunteers.field.center')}
            options={props.centers.map((c) => ({ value: c.id, label: c.name }))}
            value={centerValue}
            error={props.errors?.centerId}
            emptyLabel={t('volunteers.field.centerChoose')}
            required
          />
        )}
        {!editing && props.points.length > 0 && (
          <SelectField
            name="pointId"
            label={t('volunteers.field.point')}
            hint={t('volunteers.field.pointHint')}
            options={props.points.map((p) => ({ value: p.id, label: pointLabel(p) }))}
            value={pointValue}
            error={props.errors?.pointId}
            emptyLabel={t('volunteers.field.pointNone')}
          />
        )}
        <ProfileFields mode="staff" values={props.values} errors={props.errors} causes={props.causes} skills={props.skills} />
        <p class="toolbar">
          <button type="submit">{t('form.save')}</button>
          <a href={editing ? `/volunteers/${props.volunteerId}` : (props.from?.cancel ?? '/volunteers')}>{t('form.cancel')}</a>
        </p>
      </PostForm>
    </>
  );
}
