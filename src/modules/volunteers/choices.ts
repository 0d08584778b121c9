/**
 * The fixed lists a volunteer profile chooses from. Causes and skills are managed lists in the
 * database (`causes`, `skills`); these ones change with the software, so they live in code.
 */

/** Languages offered on the profile (ISO 639 codes; "rom" Romani, "sgn" sign language). */
export const languageCodes = ['hu', 'en', 'de', 'fr', 'es', 'it', 'ro', 'sk', 'hr', 'sr', 'uk', 'ru', 'pl', 'cs', 'zh', 'ar', 'rom', 'sgn'] as const;
export type LanguageCode = (typeof languageCodes)[number];

export const weekDays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const dayParts = ['morning', 'afternoon', 'evening'] as const;
export type WeekDay = (typeof weekDays)[number];
export type DayPart = (typeof dayParts)[number];

/** Weekly availability slot codes "mon-morning" … "sun-evening" (the matching engine reads them). */
export const availabilitySlots = weekDays.flatMap((d) => dayParts.map((p) => `${d}-${p}` as const));
export type AvailabilitySlot = (typeof availabilitySlots)[number];

export const groupPreferences = ['any', 'individual', 'group'] as const;
export const alertFrequencies = ['none', 'daily', 'weekly'] as const;

export const healthStatuses = ['unknown', 'fit', 'not_fit'] as const;
export const conductStatuses = ['unknown', 'clear', 'not_clear'] as const;

/** Consents a volunteer gives on the profile; `guardian` is recorded by staff for minors. */
export const profileConsentKinds = ['data_processing', 'contact', 'newsletter'] as const;
export type ProfileConsentKind = (typeof profileConsentKinds)[number];
export type ConsentKind = ProfileConsentKind | 'guardian';

/**
 * Version of the consent texts shown on the profile form. Change it together with the texts
 * (src/i18n/volunteers.ts): a consent given to an older text is then recorded anew (GDPR Art. 7 (1):
 * the controller must be able to show what the person agreed to).
 */
export const consentTextVersion = '2026-11';

/** How long an e-mailed claim link stays valid. */
export const claimLinkValidDays = 7;
