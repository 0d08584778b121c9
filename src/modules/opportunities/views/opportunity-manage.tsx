import { can } from '../../../platform/authz.js';
import type { FieldError, FieldErrors } from '../../../platform/validation.js';
import { PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { FormValues } from '../schema.js';
import type { Choices, ManagedOpportunity } from '../service.js';
import { canClose, canEdit, canSubmit, canVet } from '../status-rules.js';
import { ConfirmForm } from './confirm-form.js';
import { OpportunityDetails, VettingTimeline } from './opportunity-details.js';
import { OpportunityForm } from './opportunity-form.js';
import { VetForm } from './vet-form.js';

type Props = {
  opportunity: ManagedOpportunity;
  choices: Choices;
  values: FormValues;
  errors?: FieldErrors;
  vetErrors?: FieldErrors;
  vetValues?: Record<string, string>;
  closeError?: FieldError;
  /** The recommended volunteers, for a coordinator who may open them. */
  candidatesHref?: string | null;
};

/**
 * The management page of one opportunity: status, the next step, the vetting timeline and the
 * edit form for the organization's members; the details and the decision form for center staff.
 */
export function OpportunityManagePage(props: Props) {
  const { t, actor } = usePage();
  const o = props.opportunity;
  const organization = { id: o.organizationId, name: o.organizationName };
  const mayVet = canVet(o.status) && can(actor, 'opportunities.vet', { centerId: o.centerId });
  return (
    <>
      <p class="breadcrumb">
        <a href={`/organizations/${o.organizationId}/opportunities`}>{o.organizationName}</a>
      </p>
      <h1>{o.title}</h1>
      <section aria-labelledby="status-heading">
        <h2 id="status-heading">{t('opportunities.manage.statusHeading')}</h2>
        <p>
          <strong>{t(`opportunities.status.${o.status as 'draft'}`)}</strong> – {t(`opportunities.statusHelp.${o.status as 'draft'}`)}
        </p>
        {o.statusReason && (o.status === 'needs_changes' || o.status === 'rejected') && (
          <p>
            {t('opportunities.manage.reason')}: <q>{o.statusReason}</q>
          </p>
        )}
        <div class="toolbar">
          <a class="button button-secondary" href={`/opportunities/${o.id}/shifts`}>
            {t('opportunities.shifts.title')}
          </a>
          {o.status === 'published' && (
            <a class="button button-secondary" href={`/opportunities/${o.id}`}>
              {t('opportunities.manage.publicPage')}
            </a>
          )}
          {props.candidatesHref && (
            <a class="button button-secondary" href={props.candidatesHref}>
              {t('matching.candidates.link')}
            </a>
          )}
          {o.isMember && canSubmit(o.status) && (
            <PostForm action={`/opportunities/${o.id}/submit`} class="inline-form">
              <button type="submit">{t('opportunities.manage.submit')}</button>
            </PostForm>
          )}
        </div>
        {o.isMember && canClose(o.status) && (
          <ConfirmForm
            action={`/opportunities/${o.id}/close`}
            button={t('opportunities.manage.close')}
            question={t('opportunities.manage.closeConfirm')}
            idSuffix="close"
            error={props.closeError}
          />
        )}
      </section>
      {mayVet && (
        <section aria-labelledby="vet-heading">
          <h2 id="vet-heading">{t('opportunities.vet.heading')}</h2>
          <VetForm opportunityId={o.id} errors={props.vetErrors} values={props.vetValues} />
        </section>
      )}
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('opportunities.timeline.heading')}</h2>
        <VettingTimeline events={o.events} />
      </section>
      <section aria-labelledby="details-heading">
        <h2 id="details-heading">{t('opportunities.manage.detailsHeading')}</h2>
        {o.isMember && canEdit(o.status) ? (
          <>
            {o.status === 'published' && <p class="hint">{t('opportunities.manage.editPublishedHint')}</p>}
            <OpportunityForm organization={organization} opportunityId={o.id} choices={props.choices} values={props.values} errors={props.errors} />
          </>
        ) : (
          <OpportunityDetails opportunity={o} choices={props.choices} />
        )}
      </section>
    </>
  );
}
