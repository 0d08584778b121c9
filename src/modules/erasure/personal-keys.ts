import { erasedFamilyName, erasedGivenName, erasedSortKey } from './placeholder.js';

/**
 * Personal data by field name, for JSON copies of the person's rows: the audit trail's before/after
 * (a volunteer row, a login, a register entry, a session's IP) and the contract snapshot. A value
 * scrub (personal-scrub.ts) finds names, e-mails and phones in any text; it cannot find a birth date,
 * coordinates, interests or an IP address, which are personal only because of whose row they sit
 * in. So in every JSON linked to the erased person, these fields lose their value, whatever it is.
 *
 * Only names that mean the person in such a row are listed: not a generic `name` (an organization
 * has one too), which the value scrub handles.
 */
const placeholders: Record<string, unknown> = {
  familyName: erasedFamilyName,
  givenName: erasedGivenName,
  sortKey: erasedSortKey,
};

/** Fields that become null (their presence stays visible, the value is gone). */
const emptied = [
  // Identification and contact (also the Köt. 14. § fields of a register entry's audit copy: the
  // register itself keeps its own row, the audit trail does not keep a second copy).
  'birthDate',
  'birthPlace',
  'motherName',
  'residence',
  'citizenship',
  'email',
  'phone',
  // Where the person lives and what they are like.
  'homePlaceId',
  'homePlace',
  'lat',
  'lon',
  'travelRadiusKm',
  'remoteOnly',
  'causes',
  'skills',
  'languages',
  'availability',
  'groupPreference',
  'accessibilityNeeds',
  'bio',
  // The minor's legal representative.
  'guardianName',
  'guardianEmail',
  'guardianPhone',
  'birthName',
  'representativeName',
  'representativeBirthPlace',
  'representativeBirthDate',
  'representativeMotherName',
  'representativeResidence',
  // Health and conduct checks (special-category and criminal-record adjacent data, GDPR Art. 9–10).
  'healthStatus',
  'healthCheckedAt',
  'conductStatus',
  'conductCheckedAt',
  // Where the person connected from.
  'ip',
  'userAgent',
];

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const replacementOf = new Map<string, unknown>();
for (const [key, value] of Object.entries(placeholders)) {
  replacementOf.set(key, value);
  replacementOf.set(snake(key), value);
}
for (const key of emptied) {
  replacementOf.set(key, null);
  replacementOf.set(snake(key), null);
}

/** Every field name this file treats as personal (camelCase and snake_case), for tests and docs. */
export const personalKeys: readonly string[] = [...replacementOf.keys()];

/**
 * The JSON with every personal field replaced (nested objects and arrays too). A field that is
 * already null or absent stays so. Pure; the other values are returned unchanged.
 */
export function withoutPersonalFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPersonalFields);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => {
      if (v != null && replacementOf.has(key)) return [key, replacementOf.get(key)];
      return [key, withoutPersonalFields(v)];
    }),
  );
}
