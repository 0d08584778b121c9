import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/connection.js';
import { createTestDatabase, testDatabaseKind } from '../test-support/test-database.js';
import { enqueueMail, type MailTransport, type OutgoingMail, sendDueMail } from './mail.js';

/**
 * The outbox row is the promise to send: a message queued in a transaction is sent only after that
 * transaction commits, and never if it rolls back. (Every enqueueMail call passes the transaction
 * of the write it reports; transport.send is called only by sendDueMail, on committed rows.)
 */
let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

function recordingTransport() {
  const sent: string[] = [];
  const transport: MailTransport = {
    async send(mail) {
      sent.push(mail.to);
    },
  };
  return { sent, transport };
}

const mail = (to: string): OutgoingMail => ({ to, subject: 'Próba', text: 'Szia!' });

describe('mail is sent only after its transaction commits', () => {
  it("never sends a rolled-back transaction's mail, and sends a committed one", async () => {
    await expect(
      handle.db.transaction(async (tx) => {
        await enqueueMail(tx, mail('rolled-back@kapocs.example'));
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    await handle.db.transaction(async (tx) => {
      await enqueueMail(tx, mail('committed@kapocs.example'));
    });

    const { sent, transport } = recordingTransport();
    expect(await sendDueMail(handle.db, transport, 'Kapocs <noreply@kapocs.example>')).toBe(1);
    expect(sent).toEqual(['committed@kapocs.example']);
    // Sent once: a second round finds nothing due.
    expect(await sendDueMail(handle.db, transport, 'Kapocs <noreply@kapocs.example>')).toBe(0);
  });

  // Another connection sending while the queueing transaction is still open: only PostgreSQL has a
  // second connection (PGlite serialises everything through one).
  it.runIf(testDatabaseKind() === 'postgres')('does not send while the queueing transaction is still open', async () => {
    const { sent, transport } = recordingTransport();
    let commit!: () => void;
    const mayCommit = new Promise<void>((resolve) => {
      commit = resolve;
    });
    let queued!: () => void;
    const isQueued = new Promise<void>((resolve) => {
      queued = resolve;
    });
    const writer = handle.db.transaction(async (tx) => {
      await enqueueMail(tx, mail('pending@kapocs.example'));
      queued();
      await mayCommit;
    });
    await isQueued;
    expect(await sendDueMail(handle.db, transport, 'Kapocs <noreply@kapocs.example>')).toBe(0);
    expect(sent).toEqual([]);
    commit();
    await writer;
    expect(await sendDueMail(handle.db, transport, 'Kapocs <noreply@kapocs.example>')).toBe(1);
    expect(sent).toEqual(['pending@kapocs.example']);
  });
});
