import { formatDateTime, formatPersonName } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import type { Choices, ManagedOpportunity } from '../service.js';
import { listLabel } from './labels.js';

/** What the organization submitted, as the center reads it before deciding. */
export function OpportunityDetails(props: { opportunity: Omit<ManagedOpportunity, 'events' | 'isMember'>; choices: Choices }) {
  const { t, locale } = usePage();
  const o = props.opportunity;
  const names = (slugs: string[], list: Choices['causes']) =>
    slugs
      .map((s) => {
        const e = list.find((c) => c.slug === s);
        return e ? listLabel(e, locale) : s;
      })
      .join(', ') || '–';
  const yes = (b: boolean) => t(b ? 'opportunities.yes' : 'opportunities.no');
  return (
    <dl class="details">
      <dt>{t('opportunities.field.organization')}</dt>
      <dd>{o.organizationName}</dd>
      <dt>{t('opportunities.field.kind')}</dt>
      <dd>{t(`opportunities.kind.${o.kind as 'one_off'}`)}</dd>
      <dt>{t('opportunities.field.description')}</dt>
      <dd>{o.description}</dd>
      <dt>{t('opportunities.field.causes')}</dt>
      <dd>{names(o.causes, props.choices.causes)}</dd>
      <dt>{t('opportunities.field.skills')}</dt>
      <dd>{names(o.skills, props.choices.skills)}</dd>
      <dt>{t('opportunities.field.place')}</dt>
      <dd>{[o.remote ? t('opportunities.field.remote') : null, o.placeLabel, o.address].filter(Boolean).join(' · ') || '–'}</dd>
      <dt>{t('opportunities.field.minAge')}</dt>
      <dd>{o.minAge ?? '–'}</dd>
      <dt>{t('opportunities.field.qualifications')}</dt>
      <dd>{o.requiredQualifications.join(', ') || '–'}</dd>
      <dt>{t('opportunities.field.requiresConduct')}</dt>
      <dd>{yes(o.requiresConduct)}</dd>
      <dt>{t('opportunities.field.requiresHealth')}</dt>
      <dd>{yes(o.requiresHealth)}</dd>
      <dt>{t('opportunities.field.groupFriendly')}</dt>
      <dd>{yes(o.groupFriendly)}</dd>
      <dt>{t('opportunities.field.languages')}</dt>
      <dd>{o.languages.map((c) => t(`opportunities.language.${c as 'hu'}`)).join(', ') || '–'}</dd>
      <dt>{t('opportunities.field.accessibility')}</dt>
      <dd>{o.accessibilityNotes ?? '–'}</dd>
      <dt>{t('opportunities.field.contact')}</dt>
      <dd>{[o.contactName, o.contactEmail, o.contactPhone].filter(Boolean).join(' · ') || '–'}</dd>
      <dt>{t('opportunities.field.updated')}</dt>
      <dd>{formatDateTime(locale, o.updatedAt)}</dd>
    </dl>
  );
}

/** The vetting timeline: each status change with who, when and why. */
export function VettingTimeline(props: { events: ManagedOpportunity['events'] }) {
  const { t, locale } = usePage();
  if (props.events.length === 0) return <p class="empty-state">{t('opportunities.timeline.empty')}</p>;
  return (
    <ol class="timeline">
      {props.events.map((e) => (
        <li>
          <time datetime={e.at.toISOString()}>{formatDateTime(locale, e.at)}</time>
          {' – '}
          {t(`opportunities.status.${e.toStatus as 'draft'}`)}
          {e.actorFamilyName && ` (${formatPersonName(e.actorFamilyName, e.actorGivenName ?? '')})`}
          {e.reason && (
            <>
              {': '}
              <q>{e.reason}</q>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
