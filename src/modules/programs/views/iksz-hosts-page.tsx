import type { ListParams, Page } from '../../../platform/list-params.js';
import { Field, SelectField } from '../../../ui/forms.js';
import { ListFilters, ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import { ikszAreaSection, ikszAreas } from '../../iksz/areas.js';
import type { IkszHostRow, SchoolChoice } from '../iksz-hosts-service.js';
import type { IkszHostFilterInput, IkszHostSort } from '../schema.js';
import { ikszAreaLabel } from './labels.js';

/**
 * GET /iksz/hosts: the public county list of IKSZ-eligible opportunities and their hosts, with filters by
 * county, by area of 133. § (2) and by distance from a school; paging and CSV/XLSX. Works without JavaScript.
 */
export function IkszHostsPage(props: {
  page: Page<IkszHostRow>;
  params: ListParams<IkszHostSort>;
  filter: IkszHostFilterInput;
  km: number;
  school: SchoolChoice | undefined;
  choices: { counties: string[]; schools: SchoolChoice[] };
}) {
  const { t, locale } = usePage();
  const { filter, choices } = props;
  const filtered = !!(filter.county || filter.area || filter.school);
  const km = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (
    <ListPage
      title={t('programs.iksz.title')}
      page={props.page}
      params={props.params}
      rowKey={(r) => r.opportunityId}
      emptyText={t(filtered ? 'programs.iksz.noMatch' : 'programs.iksz.empty')}
      columns={[
        { label: t('programs.iksz.organization'), sortKey: 'organization', rowHeader: true, cell: (r) => r.organizationName },
        { label: t('programs.iksz.opportunity'), sortKey: 'title', cell: (r) => <a href={`/opportunities/${r.opportunityId}`}>{r.title}</a> },
        { label: t('programs.iksz.areas'), cell: (r) => r.areas.map((a) => ikszAreaLabel(t, a)).join('; ') || '–' },
        { label: t('programs.iksz.place'), cell: (r) => (r.placeName ? `${r.placeName} (${r.county ?? ''})` : '–') },
        ...(props.school
          ? [
              {
                label: t('programs.iksz.distance'),
                sortKey: 'distance',
                cell: (r: IkszHostRow) => (r.distanceKm == null ? '–' : t('programs.iksz.km', { km: km.format(r.distanceKm) })),
              },
            ]
          : []),
      ]}
    >
      <p>{t('programs.iksz.intro', { section: ikszAreaSection })}</p>
      <ListFilters action="/iksz/hosts" label={t('programs.list.filters')} params={props.params}>
        <SelectField
          name="county"
          label={t('programs.iksz.county')}
          options={choices.counties.map((c) => ({ value: c, label: c }))}
          value={filter.county}
          emptyLabel={t('programs.list.any')}
        />
        <SelectField
          name="area"
          label={t('programs.iksz.area')}
          options={ikszAreas.map((a) => ({ value: a, label: ikszAreaLabel(t, a) }))}
          value={filter.area}
          emptyLabel={t('programs.list.any')}
        />
        <SelectField
          name="school"
          label={t('programs.iksz.school')}
          hint={t('programs.iksz.schoolHint')}
          options={choices.schools.map((s) => ({ value: s.id, label: `${s.name} (${s.placeName})` }))}
          value={filter.school}
          emptyLabel={t('programs.iksz.noSchool')}
        />
        <Field name="km" type="number" min={1} max={200} label={t('programs.iksz.radius')} value={String(props.km)} />
      </ListFilters>
      {props.school && <p>{t('programs.iksz.fromSchool', { school: props.school.name, km: props.km })}</p>}
    </ListPage>
  );
}
