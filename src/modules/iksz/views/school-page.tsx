import { formatDuration } from '../../../platform/i18n.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import { Field, SelectField } from '../../../ui/forms.js';
import { ListFilters, ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import { requiredMinutes } from '../rules.js';
import type { SchoolListFilterInput, SchoolListSort } from '../schema.js';
import type { SchoolStudentRow } from '../school-repo.js';
import { exemptLabel } from './text.js';

type Props = {
  schoolId: string;
  schoolName: string;
  classNames: string[];
  page: Page<SchoolStudentRow>;
  params: ListParams<SchoolListSort>;
  filter: SchoolListFilterInput;
};

/** The school's students with their IKSZ hours: filters (grade, class, behind by school year), paging, KRÉTA export. */
export function SchoolIkszPage(props: Props) {
  const { t, locale } = usePage();
  const h = (m: number) => formatDuration(t, locale, m);
  const f = props.filter;
  return (
    <ListPage
      title={t('iksz.school.title', { school: props.schoolName })}
      page={props.page}
      params={props.params}
      rowKey={(r) => r.id}
      emptyText={t('iksz.school.empty')}
      columns={[
        {
          sortKey: 'name',
          label: t('iksz.school.col.name'),
          rowHeader: true,
          cell: (r) => <a href={`/iksz/students/${r.id}`}>{`${r.familyName} ${r.givenName}`}</a>,
        },
        { sortKey: 'className', label: t('iksz.school.col.className'), cell: (r) => r.className },
        { sortKey: 'accepted', label: t('iksz.school.col.accepted'), cell: (r) => h(r.accepted) },
        { label: t('iksz.school.col.pending'), cell: (r) => h(r.certified + r.logged) },
        {
          label: t('iksz.school.col.missing'),
          cell: (r) => (r.exemptReason ? `${t('iksz.school.exempt')} (${exemptLabel(t, r.exemptReason)})` : h(Math.max(0, requiredMinutes - r.accepted))),
        },
      ]}
    >
      <p>{t('iksz.school.intro')}</p>
      <p>
        <a href={`/schools/${props.schoolId}/iksz/occasions?status=certified`}>{t('iksz.school.queueLink')}</a>
      </p>
      <ListFilters action={`/schools/${props.schoolId}/iksz`} label={t('iksz.school.filters')} params={props.params}>
        <Field name="q" type="search" label={t('iksz.school.q')} value={f.q} maxLength={100} />
        <SelectField
          name="grade"
          label={t('iksz.school.grade')}
          emptyLabel={t('iksz.school.any')}
          options={['9', '10', '11', '12', '13'].map((g) => ({ value: g, label: g }))}
          value={f.grade}
        />
        <SelectField
          name="className"
          label={t('iksz.school.className')}
          emptyLabel={t('iksz.school.any')}
          options={props.classNames.map((c) => ({ value: c, label: c }))}
          value={f.className}
        />
        <Field name="year" label={t('iksz.school.year')} value={f.year} maxLength={9} />
        <div class="choice">
          <input type="checkbox" id="f-below" name="below" value="1" checked={f.below === '1'} /> <label for="f-below">{t('iksz.school.below')}</label>
        </div>
      </ListFilters>
      <p class="hint">{t('iksz.school.exportNote')}</p>
    </ListPage>
  );
}
