import { formatDate, formatPersonName, type Translate, translateMaybeKey } from '../../../platform/i18n.js';
import { SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { Choice } from '../../inquiries/choices-repo.js';

/** The label of a stored code in the reader's language (an unknown code shows as it is). */
export const stakeholderKindLabel = (t: Translate, kind: string) => translateMaybeKey(t, `advocacy.stakeholderKind.${kind}`);
export const legalBasisLabel = (t: Translate, basis: string) => translateMaybeKey(t, `advocacy.legalBasis.${basis}`);
export const actionKindLabel = (t: Translate, kind: string) => translateMaybeKey(t, `advocacy.actionKind.${kind}`);

/** A calendar day "2026-11-24" as "2026. 11. 24." */
export const dayText = (locale: 'hu' | 'en', day: string) => formatDate(locale, new Date(`${day}T12:00:00Z`));

/** "Kecskemét (Bács-Kiskun)", or null without a settlement. */
export const placeText = (r: { placeName: string | null; placeCounty: string | null }) => (r.placeName ? `${r.placeName} (${r.placeCounty ?? ''})` : null);

export const ownerText = (r: { ownerFamilyName: string | null; ownerGivenName: string | null }) =>
  r.ownerFamilyName ? formatPersonName(r.ownerFamilyName, r.ownerGivenName ?? '') : null;

/** The links every advocacy page shares. */
export function AdvocacyNav() {
  const { t } = usePage();
  return (
    <nav aria-label={t('advocacy.title')}>
      <p class="toolbar">
        <a href="/advocacy/actions">{t('advocacy.actions.title')}</a>
        <a href="/advocacy/stakeholders">{t('advocacy.stakeholders.title')}</a>
      </p>
    </nav>
  );
}

/** Staff of several centers (national admins) first choose the center a new record belongs to. */
export function ChooseCenterPage(props: { centers: Choice[]; action: string; back: string; title: string }) {
  const { t } = usePage();
  return (
    <>
      <p class="breadcrumb">
        <a href={props.back}>{t('advocacy.back')}</a>
      </p>
      <h1>{props.title}</h1>
      <form method="get" action={props.action}>
        <SelectField
          name="center"
          label={t('advocacy.field.center')}
          options={props.centers.map((c) => ({ value: c.id, label: c.name }))}
          emptyLabel={t('advocacy.chooseCenter')}
          required
        />
        <p class="toolbar">
          <button type="submit">{t('advocacy.next')}</button>
          <a href={props.back}>{t('form.cancel')}</a>
        </p>
      </form>
    </>
  );
}

/** The top of a stakeholder's or an action's form: the way back (list › record), the heading and the center it belongs to. */
export function AdvocacyFormHeading(props: {
  list: { href: string; label: string };
  record?: { href: string; name: string };
  title: string;
  centerName: string;
}) {
  const { t } = usePage();
  return (
    <>
      <p class="breadcrumb">
        <a href={props.list.href}>{props.list.label}</a>
        {props.record && (
          <>
            {' › '}
            <a href={props.record.href}>{props.record.name}</a>
          </>
        )}
      </p>
      <h1>{props.title}</h1>
      <p>{t('advocacy.field.centerIs', { center: props.centerName })}</p>
    </>
  );
}
