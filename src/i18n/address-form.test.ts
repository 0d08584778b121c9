import { describe, expect, it } from 'vitest';
import { type Message, messages } from './index.js';

/**
 * One form of address per audience: informal "te" to volunteers and visitors, formal "Ön" to
 * organizations, guardians (adults who give a legal consent) and in legal documents. Strings every page shares (form errors, error pages) are
 * impersonal, so they belong to both lists. A key belongs to an audience by its prefix.
 */
const shared = ['form.', 'validation.', 'error.', 'list.', 'places.field.'];

const informalAudience = [
  ...shared,
  'home.lead',
  'home.volunteer',
  'home.places',
  'home.welcome',
  'accounts.',
  'places.',
  'volunteers.own.',
  'volunteers.claim.',
  'volunteers.section.',
  'volunteers.consent.',
  'volunteers.error.date',
  'volunteers.error.radius',
  'search.',
  'matching.suggestions.',
  'benefits.page.volunteerIntro',
  'placements.application',
  'placements.shiftMail.',
  'placements.calendar.',
  'placements.offer.',
  'myVolunteering.',
  'checkIn.volunteer.',
  'guardians.link.inviteOwn',
  'guardians.invite.leadOwn',
  'dashboard.step.createProfile',
  'dashboard.step.seeSuggestions',
  'dashboard.step.answerProposal',
  'dashboard.step.answerInvitation',
  'dashboard.step.confirmSeat',
  'dashboard.step.confirmTrainingSeat',
  'dashboard.myTrainings',
  'dashboard.noTrainings',
  'dashboard.nothing',
  'dashboard.noApplications',
  'dashboard.noShifts',
  'hours.form.',
  'hours.mail.',
  'alerts.',
  'erasure.my.',
  'erasure.myAccess.',
  'erasure.mail.erasureDone',
  'erasure.mail.accessDone',
  'erasure.mail.rejected',
  'erasure.mail.asked.',
  'certificates.volunteer.',
  'certificates.verify.',
];

const formalAudience = [
  ...shared,
  'home.org',
  'organizations.',
  'opportunities.',
  'placements.hostAnswers.',
  'hours.approve',
  'hours.reject.',
  'hours.bulk.',
  'hours.organization.',
  'contracts.',
  'register.',
  'law.',
  'legal.',
  'certificates.pdf.',
  'certificates.org.',
  // Guardians are adults giving a legal consent: "Ön" (the minor's own invite page, above, says "te").
  'guardians.consent.',
  'guardians.invitation.',
  'guardians.home.',
  'guardians.mail.',
  'guardians.flash.',
  'guardians.error.',
  'dashboard.step.registerOrganization',
  'dashboard.step.fixOrganization',
  'dashboard.step.awaitVetting',
  'dashboard.step.postOpportunity',
  'dashboard.step.submitOpportunities',
  'dashboard.step.answerApplicants',
  'dashboard.step.approveHours',
  'dashboard.step.followChild',
  'dashboard.step.giveConsent',
  'dashboard.step.confirmGuardianLink',
  'dashboard.noArea',
];

/** Tell-tale words of the formal register (whole words, any case). */
const formalWords = ['Ön', 'Önnek', 'Önt', 'Öné', 'Önök', 'Önöket', 'Kérjük', 'adja meg', 'válassza ki', 'válasszon', 'kattintson', 'tekintse'];
/** Tell-tale words of the informal register. */
const informalWords = ['kérlek', 'add meg', 'válaszd', 'kattints', 'te', 'neked', 'tiéd', 'téged', 'jelentkezz'];

const texts = (message: Message | undefined): string[] => (message === undefined ? [] : typeof message === 'string' ? [message] : Object.values(message));

/** Whole-word, case-insensitive: "Ön" but not "Önkéntes", "te" but not "teljes". */
const wordPattern = (word: string) => new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu');

function offending(prefixes: string[], words: string[]): string[] {
  const patterns = words.map((w) => [w, wordPattern(w)] as const);
  const found: string[] = [];
  for (const [key, message] of Object.entries(messages.hu)) {
    if (!prefixes.some((p) => key.startsWith(p))) continue;
    for (const text of texts(message)) {
      for (const [word, pattern] of patterns) if (pattern.test(text)) found.push(`${key}: "${word}" in ${JSON.stringify(text.slice(0, 80))}`);
    }
  }
  return found;
}

describe('form of address', () => {
  it('the word patterns are whole-word and case-insensitive', () => {
    expect(wordPattern('Ön').test('Ha nem Ön kérte')).toBe(true);
    expect(wordPattern('Ön').test('ön')).toBe(true);
    expect(wordPattern('Ön').test('Önkéntes Pont')).toBe(false);
    expect(wordPattern('te').test('talán te is')).toBe(true);
    expect(wordPattern('te').test('teljes tevékenység')).toBe(false);
    expect(wordPattern('adja meg').test('Kérjük, adja\nmeg a nevét')).toBe(true);
  });

  it('every prefix names at least one message (no list drifts away from the catalog)', () => {
    const keys = Object.keys(messages.hu);
    const unused = [...informalAudience, ...formalAudience].filter((p) => !keys.some((k) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });

  it('volunteers and visitors are addressed informally ("te"): no formal words', () => {
    expect(offending(informalAudience, formalWords)).toEqual([]);
  });

  it('organizations and legal documents are addressed formally ("Ön"): no informal words', () => {
    expect(offending(formalAudience, informalWords)).toEqual([]);
  });
});
