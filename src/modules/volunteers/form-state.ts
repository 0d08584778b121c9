import type { Actor } from '../../platform/authz.js';
import { placeLabel } from '../places/service.js';
import type { VolunteerProfile } from './profile-service.js';

/** What a profile form shows: text fields as strings, checkbox groups as lists. */
export type ProfileFormValues = Record<string, string | string[]>;

const listFields = new Set(['causes', 'skills', 'languages', 'availability']);

/** The posted form as typed (checkbox groups kept as lists), to show a rejected form again. */
export function postedFormValues(body: unknown): ProfileFormValues {
  const values: ProfileFormValues = {};
  for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (k === '_csrf') continue;
    if (listFields.has(k)) values[k] = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string').slice(0, 50);
    else if (typeof v === 'string') values[k] = v.slice(0, 2000);
  }
  return values;
}

export function textOf(values: ProfileFormValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) if (typeof v === 'string') out[k] = v;
  return out;
}

export function listOf(values: ProfileFormValues, name: string): string[] {
  const v = values[name];
  return Array.isArray(v) ? v : typeof v === 'string' && v ? [v] : [];
}

const on = (b: boolean | undefined) => (b ? 'on' : '');

/** A stored profile as form values. */
export function profileFormValues(p: VolunteerProfile): ProfileFormValues {
  return {
    familyName: p.familyName,
    givenName: p.givenName,
    birthDate: p.birthDate ?? '',
    email: p.email ?? '',
    phone: p.phone ?? '',
    homePlace: p.placeName && p.placeCounty ? placeLabel({ name: p.placeName, county: p.placeCounty }) : '',
    remoteOnly: on(p.remoteOnly),
    travelRadiusKm: p.travelRadiusKm == null ? '' : String(p.travelRadiusKm),
    causes: p.causes,
    skills: p.skills,
    languages: p.languages,
    availability: p.availability,
    groupPreference: p.groupPreference,
    accessibilityNeeds: p.accessibilityNeeds ?? '',
    bio: p.bio ?? '',
    alertFrequency: p.alertFrequency,
    guardianName: p.guardianName ?? '',
    guardianEmail: p.guardianEmail ?? '',
    guardianPhone: p.guardianPhone ?? '',
    consentDataProcessing: on(p.consents.get('data_processing')?.granted),
    consentContact: on(p.consents.get('contact')?.granted),
    consentNewsletter: on(p.consents.get('newsletter')?.granted),
  };
}

/** A new own profile starts from the account's name (family name first) and sensible defaults. */
export function newOwnProfileValues(actor: Actor): ProfileFormValues {
  return { familyName: actor.familyName, givenName: actor.givenName, travelRadiusKm: '20', groupPreference: 'any', alertFrequency: 'none', languages: ['hu'] };
}

export function newWalkInValues(): ProfileFormValues {
  return { travelRadiusKm: '20', groupPreference: 'any', alertFrequency: 'none', languages: ['hu'] };
}
