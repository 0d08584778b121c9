import { formatPersonName, type Translate } from '../../../platform/i18n.js';
import type { TableColumn } from '../../../ui/table.js';

type PlacementParties = { id: string; volunteerFamilyName: string; volunteerGivenName: string; opportunityTitle: string };

/** The first two columns of the coordinators' placement lists: the volunteer (linking to the placement) and the opportunity. */
export function volunteerAndOpportunityColumns<T extends PlacementParties>(t: Translate): TableColumn<T>[] {
  return [
    {
      label: t('placements.field.volunteer'),
      sortKey: 'volunteer',
      rowHeader: true,
      cell: (r) => <a href={`/applications/${r.id}`}>{formatPersonName(r.volunteerFamilyName, r.volunteerGivenName)}</a>,
    },
    { label: t('placements.field.opportunity'), cell: (r) => r.opportunityTitle },
  ];
}
