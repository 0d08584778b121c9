import type { Page } from '../../../platform/list-params.js';
import { SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { Pagination } from '../../../ui/pagination.js';
import type { PublicProgramRow } from '../public-service.js';
import { programKinds } from '../schema.js';
import { programKindLabel } from './labels.js';

/** GET /programs: the published thematic programs in Hungarian alphabetical order, filterable by kind. */
export function PublicProgramListPage(props: { page: Page<PublicProgramRow>; kind: string | undefined }) {
  const { t } = usePage();
  return (
    <>
      <h1>{t('programs.public.title')}</h1>
      <p>{t('programs.public.intro')}</p>
      <p>
        <a href="/iksz/hosts">{t('programs.public.ikszLink')}</a>
      </p>
      <form method="get" action="/programs" class="toolbar" role="search" aria-label={t('programs.list.filters')}>
        <SelectField
          name="kind"
          label={t('programs.field.kind')}
          options={programKinds.map((k) => ({ value: k, label: programKindLabel(t, k) }))}
          value={props.kind}
          emptyLabel={t('programs.list.any')}
        />
        <p>
          <button type="submit">{t('form.filter')}</button>
        </p>
      </form>
      {props.page.items.length === 0 ? (
        <p class="empty-state">{t(props.kind ? 'programs.list.noMatch' : 'programs.public.empty')}</p>
      ) : (
        <ul class="card-list">
          {props.page.items.map((p) => (
            <li>
              <h2>
                <a href={`/programs/${p.slug}`}>{p.name}</a>
              </h2>
              <p>
                {programKindLabel(t, p.kind)} · {p.centerName}
              </p>
              {p.summary && <p>{p.summary}</p>}
            </li>
          ))}
        </ul>
      )}
      {props.page.total > 0 && <Pagination page={props.page} />}
    </>
  );
}
