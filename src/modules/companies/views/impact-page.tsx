import { usePage } from '../../../ui/page-context.js';
import type { Impact } from '../impact-service.js';
import { impactTexts } from '../impact-text.js';

function Table(props: { caption: string; headers: string[]; rows: string[][] }) {
  return (
    <table>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          {props.headers.map((h) => (
            <th scope="col" key={h}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r[0]}>
            <th scope="row">{r[0]}</th>
            {r.slice(1).map((c, i) => (
              <td key={i}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The company's impact for a period: key figures, causes, organizations, people (names only with consent), downloads. */
export function ImpactPage(props: { impact: Impact }) {
  const { t, locale } = usePage();
  const x = impactTexts(t, locale, props.impact);
  const { company, period } = props.impact;
  const query = `from=${period.from}&to=${period.to}`;
  return (
    <>
      <p class="breadcrumb">
        <a href={`/companies/${company.id}`}>{company.name}</a>
      </p>
      <h1>{x.title}</h1>
      <form method="get" action={`/companies/${company.id}/impact`} class="toolbar">
        <p>
          <label for="f-from">{t('companies.impact.from')}</label> <input id="f-from" name="from" type="date" value={period.from} />
        </p>
        <p>
          <label for="f-to">{t('companies.impact.to')}</label> <input id="f-to" name="to" type="date" value={period.to} />
        </p>
        <p>
          <button type="submit">{t('companies.impact.show')}</button>
        </p>
      </form>
      <p>{x.period}</p>
      <Table caption={t('companies.impact.keyFigures')} headers={[t('companies.impact.figure'), t('companies.impact.amount')]} rows={x.keyFigures} />
      <p class="hint">{x.method}</p>
      <h2>{t('companies.impact.causes')}</h2>
      {x.causes.length ? (
        <Table
          caption={t('companies.impact.causes')}
          headers={[t('companies.impact.cause'), t('companies.impact.hours'), t('companies.impact.participants')]}
          rows={x.causes}
        />
      ) : (
        <p>{t('companies.impact.none')}</p>
      )}
      <h2>{t('companies.impact.organizations')}</h2>
      {x.organizations.length ? (
        <Table
          caption={t('companies.impact.organizations')}
          headers={[t('companies.impact.organization'), t('companies.impact.hours'), t('companies.impact.participants')]}
          rows={x.organizations}
        />
      ) : (
        <p>{t('companies.impact.none')}</p>
      )}
      <h2>{t('companies.impact.people')}</h2>
      {x.named.length > 0 && (
        <Table caption={t('companies.impact.people')} headers={[t('companies.impact.name'), t('companies.impact.hours')]} rows={x.named} />
      )}
      <p>{x.unnamed}</p>
      <h2>{t('companies.impact.stories')}</h2>
      <p>{x.stories}</p>
      <ul class="export-links">
        <li>
          <a href={`/companies/${company.id}/impact.pdf?${query}`}>{t('companies.impact.pdf')}</a>
        </li>
        <li>
          <a href={`/companies/${company.id}/impact?${query}&format=xlsx`}>{t('companies.impact.xlsx')}</a>
        </li>
      </ul>
    </>
  );
}
