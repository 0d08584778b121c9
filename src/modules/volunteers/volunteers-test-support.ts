import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { auditLog, volunteerConsents, volunteers } from '../../db/schema/index.js';
import { budapestDay } from '../../platform/budapest-time.js';

/** Test helpers of the volunteers module: form bodies, birth dates relative to today, row readers. */
export const uniqueName = (prefix: string) => `${prefix}${randomBytes(3).toString('hex')}`;

/** The birth date of someone who turns `years` old `daysAgo` days ago (negative: in the future). */
export function bornYearsAgo(years: number, daysAgo = 30): string {
  const [y, m, d] = budapestDay(new Date(Date.now() - daysAgo * 86_400_000))
    .split('-')
    .map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y - years, m - 1, d));
  // 29 February of a leap year becomes 1 March in other years; either way the age is right.
  return date.toISOString().slice(0, 10);
}

/** A valid profile form for an adult in Kecskemét; override any field. */
export function profileForm(overrides: Record<string, string | string[] | undefined> = {}): Record<string, string | string[]> {
  const form: Record<string, string | string[] | undefined> = {
    familyName: 'Kovács',
    givenName: 'Anna',
    birthDate: bornYearsAgo(30),
    phone: '+36 30 123 4567',
    homePlace: 'Kecskemét',
    travelRadiusKm: '25',
    causes: ['kornyezetvedelem', 'szocialis'],
    skills: ['elsosegely'],
    languages: ['hu', 'en'],
    availability: ['mon-morning', 'sat-afternoon'],
    groupPreference: 'group',
    accessibilityNeeds: '',
    bio: 'Szeretek segíteni.',
    alertFrequency: 'weekly',
    guardianName: '',
    guardianEmail: '',
    guardianPhone: '',
    consentDataProcessing: 'on',
    consentContact: 'on',
    ...overrides,
  };
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(form)) if (v !== undefined) out[k] = v;
  return out;
}

export async function volunteerRow(db: Database, id: string) {
  const [row] = await db.select().from(volunteers).where(eq(volunteers.id, id));
  return row;
}

export async function volunteerOfUser(db: Database, userId: string) {
  const [row] = await db.select().from(volunteers).where(eq(volunteers.userId, userId));
  return row;
}

export async function consentRows(db: Database, volunteerId: string) {
  return db.select().from(volunteerConsents).where(eq(volunteerConsents.volunteerId, volunteerId)).orderBy(volunteerConsents.id);
}

export async function auditActions(db: Database, entityType: string, entityId: string): Promise<string[]> {
  const rows = await db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(auditLog.id);
  return rows.map((r) => r.action);
}

/** The id in a `Location: /volunteers/<id>` redirect. */
export function idFromLocation(location: unknown): string {
  const match = /\/volunteers\/([0-9a-f-]{36})$/.exec(String(location));
  if (!match?.[1]) throw new Error(`no volunteer id in ${String(location)}`);
  return match[1];
}
