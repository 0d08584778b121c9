import { describe, expect, it } from 'vitest';
import { parseForm } from '../../platform/validation.js';
import { splitPersonName } from './conversion-service.js';
import { articleSlugOf, askerIssues, askFormSchema, inquiryFormSchema } from './schema.js';

const topic = '2b1c7f3e-3c1a-4c8e-9a57-1d1c2a3b4c5d';
const valid = {
  channel: 'phone',
  receivedAt: '2026-11-24T09:05',
  askerKind: 'person',
  askerName: 'Kiss Anna',
  topicIds: topic,
  question: 'Kérdés?',
  status: 'open',
};
const now = () => new Date('2026-11-24T12:00:00Z');

describe('the inquiry form', () => {
  it('reads the received time on the Budapest wall clock, one topic as a list, empty fields as none', () => {
    const form = parseForm(inquiryFormSchema(now), valid);
    expect(form.ok && form.data).toMatchObject({
      receivedAt: new Date('2026-11-24T08:05:00Z'),
      topicIds: [topic],
      answer: null,
      askerEmail: null,
      answerByEmail: false,
      articles: [],
    });
  });

  it.each([
    [{ receivedAt: '2026-11-25T09:00' }, 'receivedAt', 'inquiries.error.receivedFuture'],
    [{ receivedAt: '2026-02-30T09:00' }, 'receivedAt', 'inquiries.error.receivedAt'],
    [{ topicIds: undefined }, 'topicIds', 'inquiries.error.topics'],
    [{ status: 'answered' }, 'answer', 'inquiries.error.answerRequired'],
    [{ followUpDone: 'on' }, 'followUpDone', 'inquiries.error.followUpWithoutDate'],
    [{ followUpOn: '2026-13-01' }, 'followUpOn', 'inquiries.error.date'],
    [{ articles: 'Nem Cikk!' }, 'articles', 'inquiries.error.articleSlug'],
    [{ articles: Array.from({ length: 11 }, (_, i) => `cikk-${i}`).join('\n') }, 'articles', 'inquiries.error.tooManyArticles'],
    [{ channel: 'fax' }, 'channel', 'validation.choice'],
  ])('%j: %s gets %s', (change, field, key) => {
    const form = parseForm(inquiryFormSchema(now), { ...valid, ...change });
    expect(form.ok).toBe(false);
    if (!form.ok) expect(form.errors[field]?.key).toBe(key);
  });
});

describe('the asker’s rules', () => {
  it('an anonymous asker leaves no contact and gets no e-mail; a person gives a name or a way to reach them', () => {
    expect(askerIssues({ askerKind: 'anonymous', askerName: 'X', askerPhone: '1', answerByEmail: true })).toEqual([
      ['askerName', 'inquiries.error.anonymousContact'],
      ['askerPhone', 'inquiries.error.anonymousContact'],
      ['answerByEmail', 'inquiries.error.anonymousByEmail'],
    ]);
    expect(askerIssues({ askerKind: 'person' })).toEqual([['askerName', 'inquiries.error.askerName']]);
    expect(askerIssues({ askerKind: 'person', askerPhone: '+36 30 123 4567' })).toEqual([]);
    expect(askerIssues({ askerKind: 'organization', askerName: 'Kiss Anna' })).toEqual([['askerOrganization', 'inquiries.error.askerOrganization']]);
    expect(askerIssues({ askerKind: 'person', askerName: 'Kiss Anna', answerByEmail: true })).toEqual([['askerEmail', 'inquiries.error.emailForAnswer']]);
  });
});

describe('the public form', () => {
  it('needs a center or a settlement, and an e-mail for an answer by e-mail', () => {
    const form = parseForm(askFormSchema, { question: 'Kérdés', answerByEmail: 'on' });
    expect(form.ok).toBe(false);
    if (!form.ok) expect(form.errors).toMatchObject({ centerId: { key: 'inquiries.error.askCenter' }, email: { key: 'inquiries.error.askEmail' } });
    expect(parseForm(askFormSchema, { place: 'Baja', question: 'Kérdés' }).ok).toBe(true);
  });
});

describe('small readers', () => {
  it('takes an article’s address from a slug or a pasted link', () => {
    expect(articleSlugOf('mi-a-kozerdeku-onkentesseg')).toBe('mi-a-kozerdeku-onkentesseg');
    expect(articleSlugOf('https://kapocs.example.hu/knowledge/Kiskoru-Onkentesek/?x=1#top')).toBe('kiskoru-onkentesek');
  });

  it('splits a Hungarian name family name first', () => {
    expect(splitPersonName('Kiss Anna Mária')).toEqual({ familyName: 'Kiss', givenName: 'Anna Mária' });
    expect(splitPersonName(' Kovács ')).toEqual({ familyName: 'Kovács', givenName: '' });
    expect(splitPersonName(null)).toEqual({ familyName: '', givenName: '' });
  });
});
