import { describe, expect, it } from 'vitest';
import { courseFormSchema, courseSlugParam, sessionFormSchema } from './schema.js';

const course = {
  title: 'Elsősegély',
  slug: 'elsosegely',
  audience: 'volunteer',
  summary: 'Rövid.',
  description: 'Hosszú.',
  duration: '1,5',
  status: 'draft',
};

describe('the course form', () => {
  it('reads hours with a decimal comma as minutes, empty options as none, one ticked area as a list', () => {
    const parsed = courseFormSchema.parse({ ...course, readinessAreas: 'induction', prerequisites: '  ', validityMonths: '' });
    expect(parsed).toMatchObject({ duration: 90, readinessAreas: ['induction'], prerequisites: null, validityMonths: undefined });
  });

  it('refuses reserved and malformed addresses, unknown areas and audiences', () => {
    expect(courseFormSchema.safeParse({ ...course, slug: 'mine' }).success).toBe(false);
    expect(courseFormSchema.safeParse({ ...course, slug: 'Ékezetes' }).success).toBe(false);
    expect(courseFormSchema.safeParse({ ...course, slug: 'a--b' }).success).toBe(false);
    expect(courseFormSchema.safeParse({ ...course, readinessAreas: ['money'] }).success).toBe(false);
    expect(courseFormSchema.safeParse({ ...course, audience: 'public' }).success).toBe(false);
    expect(courseFormSchema.safeParse({ ...course, validityMonths: '12' }).success).toBe(false);
    expect(courseFormSchema.safeParse({ ...course, validityMonths: '12', qualificationName: 'Elsősegély' }).success).toBe(true);
  });

  it('takes a course address from the path only in its own shape', () => {
    expect(courseSlugParam({ courseSlug: 'elsosegely-alapkepzes' })).toBe('elsosegely-alapkepzes');
    expect(() => courseSlugParam({ courseSlug: "x' or 1=1" })).toThrow();
    expect(() => courseSlugParam({})).toThrow();
  });
});

describe('the session form', () => {
  const session = { startsAt: '2026-12-10T10:00', endsAt: '2026-12-10T13:00', place: 'Kecskemét', trainerName: 'Tréner', capacity: '10', holdHours: '48' };
  it('needs a place unless online, a link when online, a trainer', () => {
    expect(sessionFormSchema.safeParse(session).success).toBe(true);
    expect(sessionFormSchema.safeParse({ ...session, place: '' }).success).toBe(false);
    expect(sessionFormSchema.safeParse({ ...session, place: '', online: 'on' }).success).toBe(false);
    expect(sessionFormSchema.safeParse({ ...session, place: '', online: 'on', onlineUrl: 'https://meet.example/a' }).success).toBe(true);
    expect(sessionFormSchema.safeParse({ ...session, trainerName: '' }).success).toBe(false);
    expect(sessionFormSchema.safeParse({ ...session, trainerName: '', trainerEmail: 'Trener@Pelda.example' }).data?.trainerEmail).toBe('trener@pelda.example');
    expect(sessionFormSchema.safeParse({ ...session, holdHours: '337' }).success).toBe(false);
  });
});
