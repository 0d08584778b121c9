import { can } from '../../../platform/authz.js';
import { formatPersonName } from '../../../platform/i18n.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import { ExportLinks } from '../../../ui/export-links.js';
import { Field, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { Pagination } from '../../../ui/pagination.js';
import { SortableTable } from '../../../ui/table.js';
import { ageOn } from '../age-rules.js';
import type { ListChoice, VolunteerDetailRow } from '../repo.js';
import type { ListFilterInput, VolunteerSort } from '../schema.js';

type StaffListProps = {
  page: Page<VolunteerDetailRow>;
  params: ListParams<VolunteerSort>;
  filter: ListFilterInput;
  causes: ListChoice[];
  skills: ListChoice[];
};

/** Staff list of the volunteers of their center or point: search, filters, sort, paging, export. */
export function StaffListPage(props: StaffListProps) {
  const { t, locale, actor } = usePage();
  const { filter } = props;
  const nameOf = (c: ListChoice) => (locale === 'en' ? c.nameEn : c.nameHu);
  const now = new Date();
  return (
    <>
      <h1>{t('volunteers.list.title')}</h1>
      {can(actor, 'volunteers.manage') && (
        <p>
          <a class="button" href="/volunteers/new">
            {t('volunteers.new.title')}
          </a>
        </p>
      )}
      <form method="get" action="/volunteers" class="filters" role="search" aria-label={t('volunteers.list.filters')}>
        <Field name="q" type="search" label={t('volunteers.list.q')} hint={t('volunteers.list.qHint')} value={filter.q} maxLength={100} />
        <SelectField
          name="cause"
          label={t('volunteers.field.causes')}
          options={props.causes.map((c) => ({ value: c.slug, label: nameOf(c) }))}
          value={filter.cause}
          emptyLabel={t('volunteers.list.any')}
        />
        <SelectField
          name="skill"
          label={t('volunteers.field.skills')}
          options={props.skills.map((s) => ({ value: s.slug, label: nameOf(s) }))}
          value={filter.skill}
          emptyLabel={t('volunteers.list.any')}
        />
        <Field name="place" label={t('volunteers.field.homePlace')} value={filter.place} maxLength={120} />
        <div class="choice">
          <input type="checkbox" id="f-minors" name="minors" value="1" checked={filter.minors === '1'} />{' '}
          <label for="f-minors">{t('volunteers.list.minors')}</label>
        </div>
        <div class="choice">
          <input type="checkbox" id="f-unplaced" name="unplaced" value="1" checked={filter.unplaced === '1'} />{' '}
          <label for="f-unplaced">{t('volunteers.list.unplaced')}</label>
        </div>
        <input type="hidden" name="sort" value={props.params.sort} />
        <input type="hidden" name="dir" value={props.params.dir} />
        <p class="toolbar">
          <button type="submit">{t('form.filter')}</button>
          <a href="/volunteers">{t('volunteers.list.clear')}</a>
        </p>
      </form>
      <SortableTable
        caption={t('volunteers.list.title')}
        rows={props.page.items}
        rowKey={(v) => v.id}
        sort={props.params.sort}
        dir={props.params.dir}
        emptyText={t('volunteers.list.empty')}
        columns={[
          {
            label: t('volunteers.list.name'),
            sortKey: 'name',
            rowHeader: true,
            cell: (v) => <a href={`/volunteers/${v.id}`}>{formatPersonName(v.familyName, v.givenName)}</a>,
          },
          { label: t('volunteers.list.age'), sortKey: 'birthDate', cell: (v) => (v.birthDate ? ageOn(v.birthDate, now) : '–') },
          { label: t('volunteers.field.homePlace'), sortKey: 'place', cell: (v) => v.placeName ?? '–' },
          { label: t('volunteers.field.email'), cell: (v) => v.email ?? '–' },
          { label: t('volunteers.field.phone'), cell: (v) => v.phone ?? '–' },
          { label: t('volunteers.list.account'), cell: (v) => t(v.userId ? 'volunteers.list.hasAccount' : 'volunteers.list.noAccount') },
        ]}
      />
      {props.page.total > 0 && (
        <>
          <Pagination page={props.page} />
          <ExportLinks />
        </>
      )}
    </>
  );
}
