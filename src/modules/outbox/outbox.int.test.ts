import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { type AdminTenants, createAdminTenants } from '../admin/admin-test-tenants.js';

let t: TestApp;
let x: AdminTenants;
let messageId: number;
let plainMessageId: number;
beforeAll(async () => {
  t = await createTestApp();
  x = await createAdminTenants(t);
  const rows = await t.db
    .insert(outbox)
    .values([
      {
        toAddress: 'regi@example.org',
        subject: 'Régi levél',
        textBody: 'Régi',
        createdAt: new Date('2026-01-01T08:00:00Z'),
        sentAt: new Date('2026-01-01T08:01:00Z'),
      },
      {
        toAddress: 'uj@example.org',
        subject: 'Erősítse meg a regisztrációját',
        textBody:
          'Kedves Teszt Elek!\n\nKattintson ide: https://kapocs.example/confirm-email?token=abc123&x=1.\n' +
          '<b>nem félkövér</b> javascript:alert(1) (http://example.org/a_b)\n',
        headers: { 'Auto-Submitted': 'auto-generated', 'X-Teszt': '<b>fejléc</b>' },
        attachments: [
          {
            filename: 'kapocs-muszak-elmarad.ics',
            contentType: 'text/calendar; method=CANCEL; charset=utf-8',
            content: 'BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nBEGIN:VEVENT\r\nUID:csatolt-uid-123\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
          },
        ],
        createdAt: new Date('2026-01-02T08:00:00Z'),
      },
      { toAddress: '=cmd@example.org', subject: '+SUM(1)', textBody: 'x', createdAt: new Date('2026-01-03T08:00:00Z'), lastError: 'SMTP 451', attempts: 2 },
    ])
    .returning({ id: outbox.id, subject: outbox.subject });
  messageId = rows.find((r) => r.subject.startsWith('Erősítse'))?.id as number;
  plainMessageId = rows.find((r) => r.subject === 'Régi levél')?.id as number;
});
afterAll(async () => {
  await t.close();
});

describe('outbox: national admins only', () => {
  it.each(['adminA', 'coordinatorA', 'pointCoordinatorA', 'volunteer'] as const)('refuses %s (403) on the list and a message', async (persona) => {
    const client = await x.client(persona);
    expect((await client.get('/admin/outbox')).statusCode).toBe(403);
    const message = await client.get(`/admin/outbox/${messageId}`);
    expect(message.statusCode).toBe(403);
    expect(message.body).not.toContain('abc123');
  });

  it('sends anonymous visitors to the login page', async () => {
    const res = await (await x.client('anonymous')).get(`/admin/outbox/${messageId}`);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/login?next=${encodeURIComponent(`/admin/outbox/${messageId}`)}`);
  });

  it('lists messages newest first with their delivery state', async () => {
    const res = await (await x.client('national')).get('/admin/outbox');
    expect(res.statusCode).toBe(200);
    const body = res.body;
    expect(body.indexOf('+SUM(1)')).toBeLessThan(body.indexOf('Erősítse meg'));
    expect(body.indexOf('Erősítse meg')).toBeLessThan(body.indexOf('Régi levél'));
    expect(body).toContain('Küldésre vár');
    expect(body).toContain('Elküldve: 2026. 01. 01. 09:01');
    expect(body).toContain('Sikertelen küldés (2 próbálkozás)');
    expect(body).toContain(`href="/admin/outbox/${messageId}"`);
  });

  it('answers 404 for unknown and malformed message ids', async () => {
    const client = await x.client('national');
    expect((await client.get('/admin/outbox/999999')).statusCode).toBe(404);
    expect((await client.get('/admin/outbox/abc')).statusCode).toBe(404);
    expect((await client.get('/admin/outbox/-1')).statusCode).toBe(404);
  });
});

describe('outbox: a message', () => {
  it('shows the body with http(s) links clickable and everything else escaped', async () => {
    const res = await (await x.client('national')).get(`/admin/outbox/${messageId}`);
    expect(res.statusCode).toBe(200);
    const body = res.body;
    expect(body).toContain('<h1>Erősítse meg a regisztrációját</h1>');
    expect(body).toContain('uj@example.org');
    expect(body).toContain(
      '<a href="https://kapocs.example/confirm-email?token=abc123&amp;x=1">https://kapocs.example/confirm-email?token=abc123&amp;x=1</a>.',
    );
    expect(body).toContain('<a href="http://example.org/a_b">http://example.org/a_b</a>)');
    expect(body).toContain('&lt;b>nem félkövér&lt;/b>');
    expect(body).not.toContain('<b>nem');
    expect(body).not.toContain('href="javascript:');
    expect(body).toContain('Auto-Submitted: auto-generated\nX-Teszt: &lt;b>fejléc&lt;/b></pre>');
  });

  it('names its attachments, without showing their content', async () => {
    const client = await x.client('national');
    const body = (await client.get(`/admin/outbox/${messageId}`)).body;
    expect(body).toContain('<dt>Csatolmányok</dt><dd>kapocs-muszak-elmarad.ics</dd>');
    expect(body).not.toContain('csatolt-uid-123');
    expect(body).not.toContain('BEGIN:VCALENDAR');
    const plain = await client.get(`/admin/outbox/${plainMessageId}`);
    expect(plain.statusCode).toBe(200);
    expect(plain.body).not.toContain('Csatolmányok');
  });
});

describe('outbox: export', () => {
  it('exports addresses and states, never the bodies', async () => {
    const client = await x.client('national');
    const csv = await client.get('/admin/outbox?format=csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const text = csv.rawPayload.toString('utf8');
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('Létrehozva,Címzett,Tárgy,Elküldve,Próbálkozások,Utolsó hiba');
    expect(lines[1]).toBe("2026-01-03 09:00,'=cmd@example.org,'+SUM(1),,2,SMTP 451");
    expect(text).not.toContain('abc123');
    const xlsx = await client.get('/admin/outbox?format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.getRow(4).getCell(3).value).toBe('Régi levél');
    expect((await (await x.client('adminA')).get('/admin/outbox?format=csv')).statusCode).toBe(403);
  });
});
