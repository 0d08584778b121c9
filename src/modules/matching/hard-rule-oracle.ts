import { distanceKm } from './distance.js';
import type { MatchOpportunity, MatchShift, MatchVolunteer } from './types.js';
import { matchingDistances } from './weights.js';

/**
 * An independent, deliberately naive restatement of the hard rules, for the property tests: it
 * reads the Budapest wall clock step by step through Intl instead of the offset arithmetic of
 * platform/budapest-time.ts, and computes ages from calendar parts. Returns the rules a match breaks.
 * The generated shifts start and end on quarter hours and every boundary (06, 12, 18, 20, 22 h) is
 * a whole hour, so 15-minute steps see every part of a shift.
 */
const step = 15 * 60_000;
const local = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Budapest',
  hourCycle: 'h23',
  weekday: 'short',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function wallClock(instant: Date) {
  const p = Object.fromEntries(local.formatToParts(instant).map((x) => [x.type, x.value]));
  return { day: `${p.year}-${p.month}-${p.day}`, weekday: String(p.weekday).toLowerCase().slice(0, 3), hour: Number(p.hour), minute: Number(p.minute) };
}

function age(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

function partOf(hour: number): string | null {
  if (hour >= 6 && hour < 12) return 'morning';
  if (hour >= 12 && hour < 18) return 'afternoon';
  if (hour >= 18 && hour < 22) return 'evening';
  return null;
}

export function brokenRules(volunteer: MatchVolunteer, opportunity: MatchOpportunity, shift: MatchShift | null, now: Date): string[] {
  const broken: string[] = [];
  if (opportunity.status !== 'published' || opportunity.organizationStatus !== 'approved') broken.push('open');
  if (shift === null && opportunity.kind !== 'ongoing') broken.push('shift needed');
  if (shift && (shift.cancelledAt || shift.startsAt <= now)) broken.push('upcoming shift');
  if (volunteer.appliedOpportunityIds.has(opportunity.id)) broken.push('applied');
  const day = wallClock(shift?.startsAt ?? now).day;
  if (!volunteer.birthDate) broken.push('birth date');
  else {
    const years = age(volunteer.birthDate, day);
    if (years < 10) broken.push('age 10');
    if (opportunity.minAge != null && years < opportunity.minAge) broken.push('min age');
    if (years < 16 && !volunteer.guardianConsentAt) broken.push('guardian');
    if (years < 18 && shift) {
      // Köt. 5. §: one activity a day of at most 3 hours under 16, 4.5 hours at 16–17.
      const hours = (shift.endsAt.getTime() - shift.startsAt.getTime()) / 3_600_000;
      if (hours > (years < 16 ? 3 : 4.5)) broken.push('too long');
      // Every moment of the shift must lie within 06:00–20:00 (Köt. 5. §).
      for (let t = shift.startsAt.getTime(); t < shift.endsAt.getTime(); t += step) {
        const { hour } = wallClock(new Date(t));
        if (hour < 6 || hour >= 20) {
          broken.push('night');
          break;
        }
      }
    }
  }
  for (const required of opportunity.requiredQualifications) {
    const ok = volunteer.qualifications.some(
      (q) => q.name.trim().toLowerCase() === required.trim().toLowerCase() && (q.validUntil == null || q.validUntil >= day),
    );
    if (!ok) broken.push(`qualification ${required}`);
  }
  if (opportunity.requiresConduct && volunteer.conductStatus !== 'clear') broken.push('conduct');
  if (opportunity.requiresHealth && volunteer.healthStatus !== 'fit') broken.push('health');
  if (shift && shift.seatsTaken >= shift.capacity && !shift.waitlistEnabled) broken.push('capacity');
  if (shift && volunteer.availability.length > 0) {
    let overlap = false;
    for (let t = shift.startsAt.getTime(); t < shift.endsAt.getTime() && !overlap; t += step) {
      const clock = wallClock(new Date(t));
      const part = partOf(clock.hour);
      if (part && volunteer.availability.includes(`${clock.weekday}-${part}`)) overlap = true;
    }
    if (!overlap) broken.push('availability');
  }
  if (!opportunity.remote) {
    if (volunteer.remoteOnly) broken.push('remote only');
    else if (volunteer.lat == null || volunteer.lon == null || opportunity.lat == null || opportunity.lon == null) broken.push('place');
    else {
      const radius = Math.min(volunteer.travelRadiusKm ?? matchingDistances.defaultTravelRadiusKm, matchingDistances.maxTravelRadiusKm);
      if (distanceKm(volunteer.lat, volunteer.lon, opportunity.lat, opportunity.lon) > radius) broken.push('radius');
    }
  }
  return broken;
}
