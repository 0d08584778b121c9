import { describe, expect, it } from 'vitest';
import { parseForm } from '../../platform/validation.js';
import { opportunityFormSchema, patternFormSchema, shiftFormSchema, splitQualifications } from './schema.js';

const base = { title: 'Parkrendezés', description: 'Falevelek gyűjtése a parkban.', kind: 'one_off', place: 'Kecskemét' };

describe('opportunity form schema', () => {
  it('splits qualifications on commas and lines, without duplicates', () => {
    expect(splitQualifications('Elsősegély, jogosítvány\nelsősegély;  Úszás  ')).toEqual(['Elsősegély', 'jogosítvány', 'Úszás']);
  });

  it('reads checkbox groups and flags', () => {
    const form = parseForm(opportunityFormSchema, { ...base, causes: 'kornyezetvedelem', languages: ['hu', 'en'], remote: 'on', minAge: '14' });
    expect(form.ok && form.data).toMatchObject({ causes: ['kornyezetvedelem'], languages: ['hu', 'en'], remote: true, groupFriendly: false, minAge: 14 });
  });

  it('requires a settlement unless remote, and a minimum age of 10–99', () => {
    const noPlace = parseForm(opportunityFormSchema, { ...base, place: '' });
    expect(!noPlace.ok && noPlace.errors.place?.key).toBe('opportunities.error.placeRequired');
    expect(parseForm(opportunityFormSchema, { ...base, place: '', remote: 'on' }).ok).toBe(true);
    const young = parseForm(opportunityFormSchema, { ...base, minAge: '8' });
    expect(!young.ok && young.errors.minAge?.key).toBe('opportunities.error.minAge');
    const wrongLanguage = parseForm(opportunityFormSchema, { ...base, languages: ['xx'] });
    expect(!wrongLanguage.ok && wrongLanguage.errors.languages?.key).toBe('validation.choice');
  });
});

describe('shift and pattern forms', () => {
  it('checks the time format and the capacity range', () => {
    const form = parseForm(shiftFormSchema, { startsAt: '2026-12-05 9:00', endsAt: '2026-12-05T12:00', capacity: '0' });
    expect(!form.ok && form.errors.startsAt?.key).toBe('opportunities.error.dateTime');
    expect(!form.ok && form.errors.capacity?.key).toBe('opportunities.error.capacity');
    expect(parseForm(shiftFormSchema, { startsAt: '2026-12-05T09:00', endsAt: '2026-12-05T12:00', capacity: '1000' }).ok).toBe(true);
  });

  it('reads pattern rows, skips empty ones and reports errors on the row field', () => {
    const ok = parseForm(patternFormSchema, { day_0: '7', start_0: '10:00', end_0: '12:00', capacity_0: '5', day_1: '', weeks: '4', waitlist: 'on' });
    expect(ok.ok && ok.data).toEqual({ slots: [{ day: 7, start: '10:00', end: '12:00', capacity: 5 }], weeks: 4, waitlist: true });
    const bad = parseForm(patternFormSchema, {
      day_0: '7',
      start_0: '12:00',
      end_0: '10:00',
      capacity_0: '5',
      day_1: '2',
      start_1: '9',
      end_1: '10:00',
      capacity_1: '5',
      weeks: '27',
    });
    expect(!bad.ok && bad.errors).toMatchObject({
      end_0: { key: 'opportunities.error.endBeforeStart' },
      start_1: { key: 'opportunities.error.time' },
      weeks: { key: 'opportunities.error.weeks' },
    });
    const empty = parseForm(patternFormSchema, { weeks: '2' });
    expect(!empty.ok && empty.errors.day_0?.key).toBe('opportunities.error.patternEmpty');
  });
});
