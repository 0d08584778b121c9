import { usePage } from '../../../ui/page-context.js';
import type { SettlementTimeline } from '../actions-service.js';
import { AdvocacyNav, ownerText, stakeholderKindLabel } from './labels.js';
import { ActionTimeline } from './timeline.js';

/** GET /advocacy/settlements/:placeId: a settlement's advocacy actions (newest first) and its stakeholders. */
export function SettlementPage(props: { timeline: SettlementTimeline }) {
  const { t } = usePage();
  const { place, actions, stakeholders } = props.timeline;
  const name = `${place.name} (${place.county})`;
  return (
    <>
      <h1>{t('advocacy.settlement.title', { name })}</h1>
      <AdvocacyNav />
      <p>
        <a href={`/advocacy/evidence?area=settlement&place=${encodeURIComponent(name)}`}>{t('advocacy.evidence.link')}</a>
      </p>
      <h2>{t('advocacy.timeline.title')}</h2>
      <ActionTimeline actions={actions} caption={t('advocacy.timeline.caption', { name })} emptyText={t('advocacy.timeline.empty')} />
      <h2>{t('advocacy.stakeholders.title')}</h2>
      {stakeholders.length === 0 ? (
        <p>{t('advocacy.settlement.noStakeholders')}</p>
      ) : (
        <ul>
          {stakeholders.map((s) => (
            <li key={s.id}>
              <a href={`/advocacy/stakeholders/${s.id}`}>{s.name}</a> ({stakeholderKindLabel(t, s.kind)}
              {ownerText(s) ? `, ${ownerText(s)}` : ''})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
