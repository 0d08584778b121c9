import { formatDate } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import { ageOn } from '../age-rules.js';
import { alertFrequencies, type DayPart, groupPreferences, type LanguageCode, languageCodes, type WeekDay } from '../choices.js';
import type { VolunteerProfile } from '../profile-service.js';
import type { ListChoice } from '../repo.js';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

/** The profile's data as a definition list (staff view). */
export function ProfileDetails(props: { profile: VolunteerProfile; causes: ListChoice[]; skills: ListChoice[] }) {
  const { t, locale } = usePage();
  const p = props.profile;
  const names = (list: ListChoice[], slugs: string[]) =>
    slugs
      .map((s) => list.find((c) => c.slug === s))
      .filter((c): c is ListChoice => !!c)
      .map((c) => (locale === 'en' ? c.nameEn : c.nameHu))
      .join(', ') || '–';
  const languages = p.languages.filter((l): l is LanguageCode => (languageCodes as readonly string[]).includes(l)).map((l) => t(`volunteers.language.${l}`));
  const slots = p.availability.map((slot) => {
    const [d, part] = slot.split('-') as [WeekDay, DayPart];
    return t('volunteers.field.slot', { day: t(`volunteers.day.${d}`), part: t(`volunteers.part.${part}`) });
  });
  const group = (groupPreferences as readonly string[]).includes(p.groupPreference)
    ? t(`volunteers.group.${p.groupPreference as (typeof groupPreferences)[number]}`)
    : p.groupPreference;
  const alert = (alertFrequencies as readonly string[]).includes(p.alertFrequency)
    ? t(`volunteers.alert.${p.alertFrequency as (typeof alertFrequencies)[number]}`)
    : p.alertFrequency;
  return (
    <dl class="details">
      <dt>{t('volunteers.field.birthDate')}</dt>
      <dd>{p.birthDate ? `${formatDate(locale, day(p.birthDate))} (${t('volunteers.detail.age', { age: ageOn(p.birthDate, new Date()) })})` : '–'}</dd>
      <dt>{t('volunteers.field.email')}</dt>
      <dd>{p.email ? <a href={`mailto:${p.email}`}>{p.email}</a> : '–'}</dd>
      <dt>{t('volunteers.field.phone')}</dt>
      <dd>{p.phone ?? '–'}</dd>
      <dt>{t('volunteers.field.homePlace')}</dt>
      <dd>{p.placeName ? `${p.placeName} (${p.placeCounty})` : '–'}</dd>
      <dt>{t('volunteers.field.travelRadiusKm')}</dt>
      <dd>{p.remoteOnly ? t('volunteers.detail.remoteOnly') : p.travelRadiusKm != null ? t('volunteers.detail.km', { km: p.travelRadiusKm }) : '–'}</dd>
      <dt>{t('volunteers.field.center')}</dt>
      <dd>{[p.centerName, p.pointName].filter(Boolean).join(' – ') || '–'}</dd>
      <dt>{t('volunteers.list.account')}</dt>
      <dd>{t(p.userId ? 'volunteers.list.hasAccount' : 'volunteers.list.noAccount')}</dd>
      <dt>{t('volunteers.field.causes')}</dt>
      <dd>{names(props.causes, p.causes)}</dd>
      <dt>{t('volunteers.field.skills')}</dt>
      <dd>{names(props.skills, p.skills)}</dd>
      <dt>{t('volunteers.field.languages')}</dt>
      <dd>{languages.join(', ') || '–'}</dd>
      <dt>{t('volunteers.field.availability')}</dt>
      <dd>{slots.join(', ') || '–'}</dd>
      <dt>{t('volunteers.field.groupPreference')}</dt>
      <dd>{group}</dd>
      <dt>{t('volunteers.field.accessibility')}</dt>
      <dd>{p.accessibilityNeeds ?? '–'}</dd>
      <dt>{t('volunteers.field.bio')}</dt>
      <dd>{p.bio ?? '–'}</dd>
      <dt>{t('volunteers.field.alertFrequency')}</dt>
      <dd>{alert}</dd>
      <dt>{t('volunteers.field.guardianName')}</dt>
      <dd>{p.guardianName ?? '–'}</dd>
      <dt>{t('volunteers.detail.guardianContact')}</dt>
      <dd>{[p.guardianEmail, p.guardianPhone].filter(Boolean).join(', ') || '–'}</dd>
    </dl>
  );
}
