import { usePage } from '../../../ui/page-context.js';
import { Paragraphs } from '../../search/views/opportunity-page.js';
import type { PublicProgram } from '../public-service.js';
import { partnerKindLabel, programKindLabel } from './labels.js';

/** GET /programs/:programSlug: a published program, its partners, its open opportunities and how to join. */
export function PublicProgramPage(props: { detail: PublicProgram }) {
  const { t } = usePage();
  const { program, partners, opportunities } = props.detail;
  const kinds = [...new Set(partners.map((p) => p.kind))];
  return (
    <>
      <p class="breadcrumb">
        <a href="/programs">{t('programs.public.title')}</a>
      </p>
      <h1>{program.name}</h1>
      <p>
        {programKindLabel(t, program.kind)} · {program.centerName}
      </p>
      {program.summary && <p class="lead">{program.summary}</p>}
      {program.description && <Paragraphs text={program.description} />}

      <h2>{t('programs.public.opportunities')}</h2>
      {opportunities.length ? (
        <ul>
          {opportunities.map((o) => (
            <li>
              <a href={`/opportunities/${o.id}`}>{o.title}</a> – {o.organizationName}
              {o.remote ? ` · ${t('programs.public.remote')}` : o.placeName ? ` · ${o.placeName}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty-state">{t('programs.public.noOpportunities')}</p>
      )}

      <h2>{t('programs.public.partners')}</h2>
      {partners.length ? (
        kinds.map((k) => (
          <>
            <h3>{partnerKindLabel(t, k)}</h3>
            <ul>
              {partners
                .filter((p) => p.kind === k)
                .map((p) => (
                  <li>{p.name}</li>
                ))}
            </ul>
          </>
        ))
      ) : (
        <p class="empty-state">{t('programs.public.noPartners')}</p>
      )}

      <h2>{t('programs.public.howToJoin')}</h2>
      <p>{t(`programs.join.${program.kind as 'other'}`)}</p>
      {program.minAge != null && <p>{t('programs.public.minAge', { age: program.minAge })}</p>}
      <p>
        {t('programs.public.contact', { center: program.centerName })}
        {program.centerEmail && (
          <>
            {' '}
            <a href={`mailto:${program.centerEmail}`}>{program.centerEmail}</a>
          </>
        )}
        {program.centerPhone && ` · ${program.centerPhone}`}
      </p>
    </>
  );
}
