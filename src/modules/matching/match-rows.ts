import { asDate, type QualificationRow, type ShiftRow, type SuggestionRow, type VolunteerMatchRow } from './repo.js';
import type { MatchOpportunity, MatchShift, MatchVolunteer } from './types.js';

/** Rows of the pre-filter queries turned into the plain data the rules and the score read. */
export type ShiftSummary = { id: string; startsAt: Date; endsAt: Date; seatsLeft: number; waitlist: boolean };

export function toMatchVolunteer(row: VolunteerMatchRow, qualifications: QualificationRow[], applied: Iterable<string>): MatchVolunteer {
  return {
    id: row.id,
    birthDate: row.birth_date,
    guardianConsentAt: asDate(row.guardian_consent_at),
    lat: row.lat,
    lon: row.lon,
    travelRadiusKm: row.travel_radius_km,
    remoteOnly: row.remote_only,
    causes: row.causes,
    skills: row.skills,
    languages: row.languages,
    availability: row.availability,
    groupPreference: row.group_preference,
    healthStatus: row.health_status,
    conductStatus: row.conduct_status,
    qualifications: qualifications.map((q) => ({ name: q.name, validUntil: q.valid_until })),
    appliedOpportunityIds: new Set(applied),
  };
}

export function toMatchOpportunity(row: SuggestionRow): MatchOpportunity {
  return {
    id: row.id,
    status: row.status,
    organizationStatus: row.organization_status,
    lat: row.lat,
    lon: row.lon,
    remote: row.remote,
    minAge: row.min_age,
    requiredQualifications: row.required_qualifications,
    requiresConduct: row.requires_conduct,
    requiresHealth: row.requires_health,
    causes: row.causes,
    skills: row.skills,
    languages: row.languages,
    groupFriendly: row.group_friendly,
    publishedAt: asDate(row.published_at),
    kind: row.kind,
  };
}

export function toMatchShift(row: ShiftRow): MatchShift {
  return {
    id: row.id,
    startsAt: asDate(row.starts_at) as Date,
    endsAt: asDate(row.ends_at) as Date,
    capacity: row.capacity,
    seatsTaken: row.seats_taken,
    waitlistEnabled: row.waitlist_enabled,
    cancelledAt: asDate(row.cancelled_at),
  };
}

export function summary(shift: MatchShift | null): ShiftSummary | null {
  if (!shift) return null;
  const seatsLeft = Math.max(0, shift.capacity - shift.seatsTaken);
  return { id: shift.id, startsAt: shift.startsAt, endsAt: shift.endsAt, seatsLeft, waitlist: seatsLeft === 0 && shift.waitlistEnabled };
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
