import { describe, expect, it } from 'vitest';
import { fillDeclaration } from './declaration-text.js';
import { rosterWeeks, slotOpenForSignUp, slotRunsInWeek, slotShift } from './roster-weeks.js';

describe('roster weeks', () => {
  it('are this week and the next three, by their Mondays (Budapest calendar)', () => {
    // Sunday 23:30 UTC is already Monday in Budapest.
    expect(rosterWeeks(new Date('2026-12-06T23:30:00Z'))).toEqual(['2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28']);
    expect(rosterWeeks(new Date('2026-12-06T12:00:00Z'))[0]).toBe('2026-11-30');
  });

  it('turn a slot into the week’s shift on the Budapest wall clock, summer time included', () => {
    const slot = { weekday: 3, startsAt: '09:00:00', endsAt: '12:00:00', activeFrom: '2026-01-01', activeUntil: '2026-12-31' };
    expect(slotShift(slot, '2026-12-07')).toEqual({ startsAt: new Date('2026-12-09T08:00:00Z'), endsAt: new Date('2026-12-09T11:00:00Z') });
    expect(slotShift(slot, '2026-07-06').startsAt).toEqual(new Date('2026-07-08T07:00:00Z'));
    expect(slotRunsInWeek(slot, '2026-12-28')).toBe(true); // Wednesday 30 December
    expect(slotRunsInWeek({ ...slot, activeUntil: '2026-12-29' }, '2026-12-28')).toBe(false);
    expect(slotRunsInWeek({ ...slot, activeFrom: '2026-12-31' }, '2026-12-28')).toBe(false);
  });

  it('are open for sign-up until the shift starts, and only by a Monday', () => {
    const slot = { weekday: 3, startsAt: '09:00', endsAt: '12:00', activeFrom: '2026-01-01', activeUntil: null };
    expect(slotOpenForSignUp(slot, '2026-12-07', new Date('2026-12-09T07:59:00Z'))).toBe(true);
    expect(slotOpenForSignUp(slot, '2026-12-07', new Date('2026-12-09T08:00:00Z'))).toBe(false);
    expect(slotOpenForSignUp(slot, '2026-12-08', new Date('2026-12-01T08:00:00Z'))).toBe(false);
  });
});

describe('the confidentiality declaration text', () => {
  it('fills the Hungarian and English placeholders and leaves unknown ones', () => {
    const values = { nev: 'Kiss Éva', szuletesi_datum: '1990. 05. 01.', program: 'Kórház', kozpont: 'Központ', datum: '2026. 12. 07.' };
    expect(fillDeclaration('{{nev}} ({{ birth_date }}) – {{program}}, {{center}}, {{datum}} {{ismeretlen}}', values)).toBe(
      'Kiss Éva (1990. 05. 01.) – Kórház, Központ, 2026. 12. 07. {{ismeretlen}}',
    );
    expect(fillDeclaration(null, values)).toContain('Alulírott Kiss Éva');
  });
});
