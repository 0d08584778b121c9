import type { FieldErrors } from '../../../platform/validation.js';
import { CheckboxGroup } from '../../../ui/choice-fields.js';
import { ConfirmForm } from '../../../ui/confirm-form.js';
import { ErrorSummary, Field, PostForm, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { ListChoice } from '../../volunteers/service.js';
import type { OfferMatch } from '../offer-service.js';

type Choices = { skills: ListChoice[]; causes: ListChoice[] };

/** A skills offer's form (new or edit) and, for a saved active one, the opportunities that need it. */
export function OfferPage(props: {
  company: { id: string; name: string };
  offer?: { id: string; title: string; active: boolean };
  mayManage: boolean;
  choices: Choices;
  values: Record<string, string>;
  selected: { skills: string[]; causes: string[] };
  errors?: FieldErrors;
  matches: OfferMatch[];
}) {
  const { t, locale } = usePage();
  const { company, offer, errors, values } = props;
  const name = (c: ListChoice) => (locale === 'hu' ? c.nameHu : c.nameEn);
  const termName = (kind: 'skill' | 'cause', slug: string) => {
    const list = kind === 'skill' ? props.choices.skills : props.choices.causes;
    const found = list.find((c) => c.slug === slug);
    return found ? name(found) : slug;
  };
  return (
    <>
      <p class="breadcrumb">
        <a href={`/companies/${company.id}`}>{company.name}</a>
      </p>
      <h1>{offer ? offer.title : t('companies.offers.new')}</h1>
      {offer && !offer.active && <p role="note">{t('companies.offers.inactiveNote')}</p>}
      <ErrorSummary errors={errors} />
      {props.mayManage && (
        <PostForm action={offer ? `/companies/${company.id}/offers/${offer.id}` : `/companies/${company.id}/offers`}>
          <Field name="title" label={t('companies.offers.field.title')} value={values.title} error={errors?.title} required maxLength={200} />
          <TextAreaField
            name="description"
            label={t('companies.offers.field.description')}
            value={values.description}
            error={errors?.description}
            maxLength={4000}
          />
          <CheckboxGroup
            name="skills"
            legend={t('companies.offers.field.skills')}
            options={props.choices.skills.map((c) => ({ value: c.slug, label: name(c) }))}
            values={props.selected.skills}
            error={errors?.skills}
          />
          <CheckboxGroup
            name="causes"
            legend={t('companies.offers.field.causes')}
            options={props.choices.causes.map((c) => ({ value: c.slug, label: name(c) }))}
            values={props.selected.causes}
            error={errors?.causes}
          />
          <Field
            name="hoursOffered"
            label={t('companies.offers.field.hours')}
            value={values.hoursOffered}
            error={errors?.hoursOffered}
            maxLength={6}
            inputAttrs={{ inputMode: 'numeric' }}
          />
          <Field name="availableUntil" type="date" label={t('companies.offers.field.until')} value={values.availableUntil} error={errors?.availableUntil} />
          <button type="submit">{t('form.save')}</button>
        </PostForm>
      )}
      {offer &&
        props.mayManage &&
        (offer.active ? (
          <ConfirmForm
            action={`/companies/${company.id}/offers/${offer.id}/deactivate`}
            button={t('companies.offers.deactivate')}
            question={t('companies.offers.deactivateQuestion', { title: offer.title })}
            idSuffix="offer"
            error={errors?.confirm}
          />
        ) : (
          <PostForm action={`/companies/${company.id}/offers/${offer.id}/activate`}>
            <button type="submit">{t('companies.offers.activate')}</button>
          </PostForm>
        ))}
      {offer?.active && (
        <section aria-labelledby="matches-heading">
          <h2 id="matches-heading">{t('companies.offers.matches')}</h2>
          <p>{t('companies.offers.matchesIntro')}</p>
          {props.matches.length ? (
            <ol>
              {props.matches.map((m) => (
                <li key={m.opportunityId}>
                  <a href={`/opportunities/${m.opportunityId}`}>{m.title}</a> — {m.organizationName}
                  {m.placeName ? `, ${m.placeName}` : ''} ({t('companies.offers.score', { score: m.score.toLocaleString(locale === 'hu' ? 'hu-HU' : 'en-GB') })}
                  )
                  {m.reasons
                    .filter((r) => r.code === 'shared')
                    .map((r) => (
                      <span key="shared">
                        {' — '}
                        {t('companies.offers.shared', {
                          terms: (r.terms ?? []).map((term) => termName(term.kind === 'skill' ? 'skill' : 'cause', term.value)).join(', '),
                        })}
                      </span>
                    ))}
                </li>
              ))}
            </ol>
          ) : (
            <p>{t('companies.offers.noMatches')}</p>
          )}
        </section>
      )}
    </>
  );
}
