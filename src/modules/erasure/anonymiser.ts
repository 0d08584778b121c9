import { type SQL, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import { eraseLogin, loginAddressesOf } from './erase-login.js';
import { needlesOf, type Person, scrubberFor } from './personal-scrub.js';
import { erasedEmail, erasedFamilyName, erasedFullName, erasedGivenName, erasedSortKey, erasedText } from './placeholder.js';
import { inList, type Scrubbers, scrubTable, type TextTable } from './scrub-table.js';
import { auditEntriesOf, forgetMailsOf, scrubAuditTrail } from './trail-scrub.js';

/**
 * The anonymiser: erases one volunteer's personal data (GDPR Art. 17) inside the caller's
 * transaction, so either all of it happens or none of it.
 *
 * What is erased, and how:
 * - volunteers row: name → "Törölt önkéntes", every contact, profile and health/conduct field
 *   emptied, tokens dropped, erased_at set. The row itself stays (with its center), so the
 *   organizations' statistics (placements, approved hours, benefits) keep counting it without a name.
 * - consents, qualifications and guardian links: deleted (they describe only the person).
 * - the login (users row): e-mail → erased-<id>@erased.invalid, name → placeholder, an unusable
 *   password hash, disabled and erased; sessions, e-mail links and the rate-limit buckets keyed by
 *   the e-mail deleted. (Staff accounts never get here: see refusal.ts.)
 * - free text and JSON that name the person (audit before/after, certificate and contract
 *   snapshots, notes, reasons): the name (and every form derived of it), e-mail and phone replaced
 *   in place (personal-scrub.ts); in JSON linked to the person, personal fields by name too
 *   (personal-keys.ts); the rest of the record (dates, hours, amounts) stays for the organizations.
 * - outbox: see trail-scrub.ts.
 * - inquiries they were registered from (the inquiry log): the asker's name, e-mail and phone
 *   cleared, the texts scrubbed; the inquiry stays, anonymous, in the center's statistics.
 * - training registrations: the participant's name and address scrubbed; the registration (and a
 *   qualification it granted) stays, anonymous, in the session's numbers.
 * What is kept: the Köt. 14. § register entries of the volunteer (the host organization must keep
 * them for 5 years after the end: GDPR Art. 6 (1) c), Art. 17 (3) b), HUNGARY.md §1.5 and §4);
 * they are marked with subject_erased_at so the register shows they are kept only for the law.
 */

export type ErasureCounts = {
  placements: number;
  hourEntries: number;
  certificates: number;
  contracts: number;
  registerEntriesKept: number;
  auditEntriesScrubbed: number;
  mailsDeleted: number;
  mailsScrubbed: number;
  textsScrubbed: number;
};

type VolunteerRow = {
  id: string;
  user_id: string | null;
  family_name: string;
  given_name: string;
  email: string | null;
  phone: string | null;
  guardian_name: string | null;
  guardian_email: string | null;
  guardian_phone: string | null;
};
type UserRow = { id: string; email: string; family_name: string; given_name: string };

async function count(tx: Queryable, query: SQL): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(tx, query);
  return Number(row?.n ?? 0);
}

/** Erases the volunteer's personal data (and their login's); returns what was touched, as counts only. */
export async function anonymiseVolunteer(tx: Queryable, volunteerId: string, nowDate: Date): Promise<ErasureCounts> {
  const now = sql`${nowDate.toISOString()}::timestamptz`;
  const [volunteer] = await queryRows<VolunteerRow>(
    tx,
    sql`select id, user_id, family_name, given_name, email, phone, guardian_name, guardian_email, guardian_phone
        from volunteers where id = ${volunteerId} for update`,
  );
  if (!volunteer) throw new Error('volunteer to erase not found');
  const [user] = volunteer.user_id
    ? await queryRows<UserRow>(tx, sql`select id, email, family_name, given_name from users where id = ${volunteer.user_id} for update`)
    : [];

  const person: Person = {
    familyName: volunteer.family_name,
    givenName: volunteer.given_name,
    emails: [volunteer.email, user?.email],
    phones: [volunteer.phone],
    guardian: [volunteer.guardian_name, volunteer.guardian_email, volunteer.guardian_phone],
  };
  const needles = needlesOf(person);
  // The account may carry another spelling of the name (the profile was edited): erase both.
  if (user && (user.family_name !== volunteer.family_name || user.given_name !== volunteer.given_name)) {
    for (const n of needlesOf({ familyName: user.family_name, givenName: user.given_name, emails: [], phones: [] })) {
      if (!needles.some((m) => m.text.toLowerCase() === n.text.toLowerCase())) needles.push(n);
    }
  }
  const strongNeedles = needles.filter((n) => n.strength === 'strong');
  const scrub: Scrubbers = { strongNeedles, all: scrubberFor(needles), strong: scrubberFor(strongNeedles) };
  // The person's own addresses (not the guardian's: their mail about other children must still go).
  const emails = [...new Set([volunteer.email, user?.email].filter((e): e is string => !!e).map((e) => e.toLowerCase()))];

  const applicationIds = (await queryRows<{ id: string }>(tx, sql`select id from applications where volunteer_id = ${volunteerId}`)).map((r) => r.id);
  // The inquiries they were registered from (inquiry log, issue 14): their audit entries are the person's too.
  const inquiryIds = (await queryRows<{ id: string }>(tx, sql`select id from inquiries where volunteer_id = ${volunteerId}`)).map((r) => r.id);
  // Their training registrations (issue 14): the audit entries of each carry their name and address.
  const trainingIds = (await queryRows<{ id: string }>(tx, sql`select id from training_registrations where volunteer_id = ${volunteerId}`)).map((r) => r.id);
  const ownIds = [volunteerId, ...(user ? [user.id] : []), ...applicationIds, ...inquiryIds, ...trainingIds];
  const byVolunteer = sql`volunteer_id = ${volunteerId}`;
  const ofPlacements = inList(sql`application_id`, applicationIds);

  const counts: ErasureCounts = {
    placements: applicationIds.length,
    hourEntries: await count(tx, sql`select count(*) as n from hour_entries where ${byVolunteer}`),
    certificates: await count(tx, sql`select count(*) as n from certificates where ${byVolunteer}`),
    contracts: await count(tx, sql`select count(*) as n from volunteer_contracts where ${byVolunteer}`),
    registerEntriesKept: 0,
    auditEntriesScrubbed: 0,
    mailsDeleted: 0,
    mailsScrubbed: 0,
    textsScrubbed: 0,
  };

  // 1. Contract signatories: the volunteer's and the guardian's signature lines. (The certificate
  //    holder and the contract's volunteer in the snapshots become the placeholder in step 2, by
  //    field name; hours, dates and the verification code stay, so an organization can still
  //    confirm what it issued.)
  await tx.execute(
    sql`update volunteer_contracts
        set volunteer_signatory = case when volunteer_signatory is null then null else ${erasedFullName} end,
            guardian_signatory = case when guardian_signatory is null then null else ${erasedText} end
        where ${byVolunteer}`,
  );

  // 2. Free text and JSON that mention the person, table by table.
  const textTables: TextTable[] = [
    { table: 'placement_notes', id: 'id', texts: ['text'], linked: ofPlacements },
    { table: 'application_events', id: 'id', texts: ['note'], linked: ofPlacements },
    { table: 'applications', id: 'id', texts: ['decline_reason'], linked: byVolunteer },
    { table: 'hour_entries', id: 'id', texts: ['activity', 'note', 'decision_reason', 'minor_rule_override_reason'], linked: byVolunteer },
    { table: 'benefits', id: 'id', texts: ['description', 'deletion_reason'], linked: byVolunteer },
    { table: 'certificates', id: 'id', texts: ['revoke_reason'], jsons: ['snapshot'], linked: byVolunteer },
    {
      table: 'volunteer_contracts',
      id: 'id',
      texts: ['activity', 'place', 'time_and_rest', 'benefits', 'benefits_on_end', 'volunteer_signatory', 'guardian_signatory', 'void_reason'],
      jsons: ['snapshot', 'requirement'],
      linked: byVolunteer,
    },
    { table: 'erasure_requests', id: 'id', texts: ['reason', 'decision_note'], linked: byVolunteer },
    { table: 'inquiries', id: 'id', texts: ['asker_name', 'asker_organization', 'asker_email', 'asker_phone', 'question', 'answer'], linked: byVolunteer },
    { table: 'training_registrations', id: 'id', texts: ['participant_name', 'participant_email'], linked: byVolunteer },
  ];
  for (const spec of textTables) counts.textsScrubbed += await scrubTable(tx, spec, scrub);

  // 3. The audit trail and 4. the outbox (trail-scrub.ts).
  const ips = user ? await loginAddressesOf(tx, user.id) : [];
  const auditLinked = auditEntriesOf(ownIds, user?.id ?? null);
  counts.auditEntriesScrubbed = await scrubAuditTrail(tx, auditLinked, scrub);
  const mails = await forgetMailsOf(tx, emails, erasedEmail(user?.id ?? volunteerId), scrub);
  counts.mailsDeleted = mails.deleted;
  counts.mailsScrubbed = mails.scrubbed;

  //    An inquiry they were registered from keeps its question, answer and topics for the center's
  //    statistics; the asker's contact is cleared, and a person asking becomes an anonymous asker.
  await tx.execute(
    sql`update inquiries set asker_name = null, asker_email = null, asker_phone = null, answer_by_email = false,
          asker_kind = case when asker_kind = 'person' then 'anonymous' else asker_kind end, updated_at = ${now}
        where ${byVolunteer}`,
  );
  //    A stakeholder's contact person (local advocacy, issue 15) with their e-mail address is removed
  //    as on the stakeholder's page (its audit entries never hold the contact's data).
  await tx.execute(
    sql`update stakeholders set contact_name = null, contact_email = null, contact_phone = null, contact_legal_basis = null,
          contact_erased_at = ${now}, updated_at = ${now}
        where ${inList(sql`lower(contact_email)`, emails)}`,
  );

  // 5. The volunteer row itself, and what hangs only on it: consents, qualifications and the links
  //    to a guardian's account are deleted, and so are the audit trail's copies of them (the entries
  //    stay, with who and when). The guardian's own account is another person's and stays.
  const deletedRecords = sql`entity_type in ('volunteer_consent', 'volunteer_qualification', 'guardian_link')`;
  await tx.execute(sql`update audit_log set before = null, after = null where ${deletedRecords} and ${auditLinked}`);
  await tx.execute(sql`delete from volunteer_consents where ${byVolunteer}`);
  await tx.execute(sql`delete from volunteer_qualifications where ${byVolunteer}`);
  await tx.execute(sql`delete from guardian_links where ${byVolunteer}`);
  await tx.execute(
    sql`update volunteers set
          family_name = ${erasedFamilyName}, given_name = ${erasedGivenName}, sort_key = ${erasedSortKey},
          birth_date = null, email = null, phone = null, home_place_id = null, lat = null, lon = null,
          travel_radius_km = null, remote_only = false,
          causes = '{}', skills = '{}', languages = '{}', availability = '{}', group_preference = 'any',
          accessibility_needs = null, bio = null,
          guardian_name = null, guardian_email = null, guardian_phone = null, guardian_consent_at = null, guardian_consent_recorded_by = null,
          health_status = 'unknown', health_checked_at = null, health_checked_by = null,
          conduct_status = 'unknown', conduct_checked_at = null, conduct_checked_by = null,
          alert_frequency = 'none', alerts_sent_at = null,
          calendar_token_hash = null, claim_token_hash = null, claim_expires_at = null,
          erased_at = ${now}, updated_at = ${now}
        where id = ${volunteerId}`,
  );

  // 6. The login: it can never be used again, and nothing in it names the person.
  if (user) await eraseLogin(tx, user.id, { emails, ips }, nowDate);

  // 7. Kept: the register (Köt. 14. §), marked.
  counts.registerEntriesKept = (
    await queryRows<{ id: string }>(tx, sql`update register_entries set subject_erased_at = ${now}, updated_at = ${now} where ${byVolunteer} returning id`)
  ).length;
  return counts;
}
