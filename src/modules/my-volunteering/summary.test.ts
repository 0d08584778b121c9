import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDataArchive, recordsCsv } from './data-archive.js';
import { benefitSums, hoursByStatus } from './summary.js';

describe('hoursByStatus', () => {
  it('sums minutes per placement and in total by status', () => {
    const { perPlacement, total } = hoursByStatus([
      { applicationId: 'a', status: 'approved', minutes: 450 },
      { applicationId: 'a', status: 'approved', minutes: 300 },
      { applicationId: 'a', status: 'submitted', minutes: 60 },
      { applicationId: 'b', status: 'rejected', minutes: 90 },
      { applicationId: 'b', status: 'weird', minutes: 5 },
    ]);
    expect(perPlacement.get('a')).toEqual({ submitted: 60, approved: 750, rejected: 0 });
    expect(perPlacement.get('b')).toEqual({ submitted: 0, approved: 0, rejected: 90 });
    expect(total).toEqual({ submitted: 60, approved: 750, rejected: 90 });
  });
});

describe('benefitSums', () => {
  it('sums forints per year and type, newest year first, types in the given order', () => {
    const sums = benefitSums(
      [
        { type: 'meals', givenOn: '2025-03-01', amountHuf: 1000 },
        { type: 'travel', givenOn: '2026-01-05', amountHuf: 2000 },
        { type: 'travel', givenOn: '2026-12-31', amountHuf: 500 },
        { type: 'meals', givenOn: '2026-06-01', amountHuf: 700 },
      ],
      ['travel', 'meals'],
    );
    expect(sums).toEqual([
      { year: 2026, type: 'travel', amountHuf: 2500, count: 2 },
      { year: 2026, type: 'meals', amountHuf: 700, count: 1 },
      { year: 2025, type: 'meals', amountHuf: 1000, count: 1 },
    ]);
  });
});

describe('data archive', () => {
  it('writes CSVs with a BOM, the record keys as header, formulas neutralised, empty sections as headers only', () => {
    const csv = recordsCsv([{ name: 'Őrs', note: '=HYPERLINK("x")', tags: ['a', 'b'], ok: true }]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('name,note,tags,ok');
    expect(csv).toContain('Őrs');
    expect(csv).toContain(`'=HYPERLINK`);
    expect(recordsCsv([], ['kind', 'at']).replace('\ufeff', '').trim()).toBe('kind,at');
  });

  it('zips data.json, the README and the CSVs, placement events in their own CSV', () => {
    const zip = buildDataArchive({
      generatedAt: '2026-11-25T10:00:00.000Z',
      account: { email: 'a@example.hu' },
      profile: { familyName: 'Győri' },
      consents: [],
      qualifications: [],
      certificateChecks: [],
      placements: [{ id: 'p1', status: 'active', events: [{ toStatus: 'active', at: new Date('2026-11-01T00:00:00Z') }] }],
      hours: [],
      certificates: [],
      benefits: [],
      contracts: [{ opportunityTitle: 'Árvízvédelem', status: 'signed', signedOn: '2026-11-02' }],
      registerEntries: [],
      trainings: [],
      inquiries: [],
      alertSubscription: null,
      auditEntries: [],
    });
    const files = unzipSync(zip);
    const data = JSON.parse(strFromU8(files['data.json']!)) as { placements: { events: { at: string }[] }[] };
    expect(data.placements[0]!.events[0]!.at).toBe('2026-11-01T00:00:00.000Z');
    expect(strFromU8(files['helyek-esemenyei.csv']!)).toContain('p1,active,2026-11-01T00:00:00.000Z');
    expect(strFromU8(files['helyek.csv']!)).not.toContain('events');
    expect(strFromU8(files['README.txt']!)).toContain('data.json');
    expect(strFromU8(files['szerzodesek.csv']!)).toContain('Árvízvédelem,signed,2026-11-02');
    expect(strFromU8(files['README.txt']!)).toContain('szerzodesek.csv');
  });
});
