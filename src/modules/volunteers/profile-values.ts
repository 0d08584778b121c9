import type { Queryable } from '../../db/database.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { type FieldErrors, FieldValidationError } from '../../platform/validation.js';
import { type Place, resolvePlace } from '../places/service.js';
import { consentTextVersion, type ProfileConsentKind, profileConsentKinds } from './choices.js';
import { activeCauses, activeSkills, insertConsent, latestConsents, type VolunteerInsert } from './repo.js';
import type { OwnProfileInput } from './schema.js';

/** What the own-profile and staff forms share once zod has accepted them. */
type ProfileInput = Omit<OwnProfileInput, 'consentDataProcessing' | 'consentContact' | 'consentNewsletter'>;

/**
 * The rule errors of a profile form that need the database: the settlement must resolve to one
 * place, causes and skills must be on the managed lists. Runs on the text of a posted form too, so
 * a rejected form shows every error at once.
 */
export async function profileLookupErrors(
  db: Queryable,
  input: { homePlace?: string; causes?: string[]; skills?: string[] },
): Promise<{ errors: FieldErrors; place?: Place }> {
  const errors: FieldErrors = {};
  let place: Place | undefined;
  if (input.homePlace) {
    const found = await resolvePlace(db, input.homePlace);
    if (found.kind === 'found') place = found.place;
    else errors.homePlace = { key: found.kind === 'ambiguous' ? 'places.error.ambiguous' : 'places.error.notFound' };
  }
  if (input.causes?.length) {
    const known = new Set((await activeCauses(db)).map((c) => c.slug));
    if (input.causes.some((c) => !known.has(c))) errors.causes = { key: 'validation.choice' };
  }
  if (input.skills?.length) {
    const known = new Set((await activeSkills(db)).map((s) => s.slug));
    if (input.skills.some((s) => !known.has(s))) errors.skills = { key: 'validation.choice' };
  }
  return { errors, place };
}

/** The volunteers row values of an accepted profile form; throws field errors the database finds. */
export async function profileRowValues(db: Queryable, input: ProfileInput): Promise<{ values: Partial<VolunteerInsert>; place: Place }> {
  const { errors, place } = await profileLookupErrors(db, input);
  if (Object.keys(errors).length || !place) throw new FieldValidationError(errors);
  const unique = (list: string[]) => [...new Set(list)];
  return {
    place,
    values: {
      familyName: input.familyName,
      givenName: input.givenName,
      sortKey: hungarianSortKey(`${input.familyName} ${input.givenName}`),
      birthDate: input.birthDate,
      phone: input.phone,
      homePlaceId: place.id,
      // Copied so the matching pre-filter is one indexed range scan (see the schema).
      lat: place.lat,
      lon: place.lon,
      remoteOnly: input.remoteOnly,
      travelRadiusKm: input.travelRadiusKm ?? null,
      causes: unique(input.causes),
      skills: unique(input.skills),
      languages: unique(input.languages),
      availability: unique(input.availability),
      groupPreference: input.groupPreference,
      accessibilityNeeds: input.accessibilityNeeds,
      bio: input.bio,
      alertFrequency: input.alertFrequency,
      guardianName: input.guardianName,
      guardianEmail: input.guardianEmail,
      guardianPhone: input.guardianPhone,
    },
  };
}

export type ConsentChoice = Record<ProfileConsentKind, boolean>;

export function consentChoiceOf(input: { consentContact: boolean; consentNewsletter: boolean }): ConsentChoice {
  // The form cannot be saved without the data-processing consent (GDPR Art. 6 (1) a), HUNGARY.md §4).
  return { data_processing: true, contact: input.consentContact, newsletter: input.consentNewsletter };
}

/**
 * Records a consent row only when the answer changes, or when a consent still given was given to an
 * older text: the history then shows exactly which text version was agreed to and when.
 */
export async function recordConsentChanges(db: Queryable, volunteerId: string, choice: ConsentChoice, recordedBy: string | null) {
  const latest = await latestConsents(db, volunteerId);
  const recorded = [];
  for (const kind of profileConsentKinds) {
    const granted = choice[kind];
    const current = latest.get(kind);
    const unchanged = current && current.granted === granted && (!granted || current.textVersion === consentTextVersion);
    if (unchanged) continue;
    recorded.push(await insertConsent(db, { volunteerId, kind, granted, textVersion: consentTextVersion, recordedBy }));
  }
  return recorded;
}
