import { formatPersonName } from '../../../platform/i18n.js';
import { PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { urlWith } from '../../../ui/pagination.js';
import type { Candidates } from '../service.js';
import type { Vocabulary } from '../vocabulary.js';
import { ReasonList } from './reason-list.js';
import { ShiftTime } from './shift-time.js';

/** The invite (organization) or refer (coordinator) form that engineer J's placement routes handle. */
function ActionForm(props: { opportunityId: string; volunteerId: string; audience: Candidates['audience']; name: string }) {
  const { t } = usePage();
  const invite = props.audience === 'organization';
  const label = invite ? t('matching.candidates.invite') : t('matching.candidates.refer');
  return (
    <PostForm action={`/opportunities/${props.opportunityId}/${invite ? 'invite' : 'refer'}`} class="inline-form">
      <input type="hidden" name="volunteerId" value={props.volunteerId} />
      <button type="submit" class="button button-secondary">
        {label}
        <span class="visually-hidden">: {props.name}</span>
      </button>
    </PostForm>
  );
}

export function CandidatesPage(props: { result: Candidates; vocabulary: Vocabulary }) {
  const { t, url } = usePage();
  const { opportunity, candidates, excluded, audience } = props.result;
  return (
    <>
      <p class="breadcrumb">
        <a href={`/opportunities/${opportunity.id}`}>{t('matching.candidates.back')}</a>
      </p>
      <h1>{t('matching.candidates.title', { title: opportunity.title })}</h1>
      <p class="muted">{t('matching.by', { organization: opportunity.organizationName })}</p>
      {!opportunity.open && <p class="flash">{t('matching.reason.not_open')}</p>}
      <p>{t('matching.candidates.lead')}</p>
      {candidates.length === 0 ? (
        <p class="empty-state">{t('matching.candidates.empty')}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">{t('matching.candidates.title', { title: opportunity.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('matching.column.volunteer')}</th>
                <th scope="col">{t('matching.column.place')}</th>
                <th scope="col">{t('matching.column.when')}</th>
                <th scope="col">{t('matching.column.score')}</th>
                <th scope="col">{t('matching.column.reasons')}</th>
                <th scope="col">{t('matching.column.action')}</th>
              </tr>
            </thead>
            <tbody>
              {candidates.map((c) => {
                const name = formatPersonName(c.familyName, c.givenName);
                return (
                  <tr>
                    <th scope="row">{audience === 'coordinator' ? <a href={`/volunteers/${c.volunteerId}`}>{name}</a> : name}</th>
                    <td>{c.placeName ?? '–'}</td>
                    <td>
                      <ShiftTime shift={c.shift} />
                    </td>
                    <td>{t('matching.scoreValue', { score: Math.round(c.score) })}</td>
                    <td>
                      <ReasonList reasons={c.reasons} vocabulary={props.vocabulary} label={t('matching.reasonList')} />
                    </td>
                    <td>
                      <ActionForm opportunityId={opportunity.id} volunteerId={c.volunteerId} audience={audience} name={name} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <h2 id="excluded">{t('matching.candidates.explainTitle')}</h2>
      {excluded === null ? (
        <p>
          <a href={`${urlWith(url, { explain: 1 })}#excluded`}>{t('matching.candidates.explainShow')}</a>
        </p>
      ) : excluded.length === 0 ? (
        <p class="empty-state">{t('matching.candidates.explainEmpty')}</p>
      ) : (
        <>
          <p>{t('matching.candidates.explainLead')}</p>
          <div class="table-scroll">
            <table>
              <caption class="visually-hidden">{t('matching.candidates.explainTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('matching.column.volunteer')}</th>
                  <th scope="col">{t('matching.column.place')}</th>
                  <th scope="col">{t('matching.column.exclusions')}</th>
                  {audience === 'coordinator' && <th scope="col">{t('matching.column.action')}</th>}
                </tr>
              </thead>
              <tbody>
                {excluded.map((x) => (
                  <tr>
                    <th scope="row">{formatPersonName(x.familyName, x.givenName)}</th>
                    <td>{x.placeName ?? '–'}</td>
                    <td>
                      <ReasonList reasons={x.exclusions} vocabulary={props.vocabulary} label={t('matching.column.exclusions')} />
                    </td>
                    {audience === 'coordinator' && (
                      <td>
                        {/* The referral page shows the reasons again; the host's requirements may be overridden there, with a reason. */}
                        {!x.exclusions.some((r) => r.code === 'already_applied') && (
                          <ActionForm
                            opportunityId={opportunity.id}
                            volunteerId={x.volunteerId}
                            audience={audience}
                            name={formatPersonName(x.familyName, x.givenName)}
                          />
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
