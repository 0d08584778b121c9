import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { BackupError } from './backup-error.js';

/**
 * One backup = one file: a magic line, one line of JSON header, then the payload bytes.
 *
 *   KAPOCS-BACKUP 1\n
 *   {"engine":"pglite","payloadFormat":"sql",…,"payloadLength":1234,"payloadSha256":"…"}\n
 *   <payload>
 *
 * Two text lines so that `head -2 FILE` tells an operator what a file is; the length and the SHA-256
 * let restore refuse a truncated or damaged file before it touches any database (ADR 014).
 */
export const backupMagic = 'KAPOCS-BACKUP';
export const backupFormatVersion = 1;

/** The longest header we read before calling a file foreign: real headers are a few hundred bytes. */
const maxHeaderBytes = 64 * 1024;

const headerSchema = z.object({
  /** The engine the backup was taken from. */
  engine: z.enum(['postgres', 'pglite']),
  /** pg_dump custom format (PostgreSQL) or plain SQL with INSERTs (PGlite, restorable on both engines). */
  payloadFormat: z.enum(['pg_dump-custom', 'sql']),
  createdAt: z.string(),
  /** The drizzle migrations applied in the backed-up database: how many, and the last one's hash. */
  migrations: z.object({ count: z.number().int().min(0), lastHash: z.string().nullable() }),
  payloadLength: z.number().int().min(0),
  payloadSha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export type BackupHeader = z.infer<typeof headerSchema>;
export type BackupDescription = Omit<BackupHeader, 'payloadLength' | 'payloadSha256'>;
export type OpenedBackup = { header: BackupHeader; payloadOffset: number };

async function sha256OfFile(file: string, start = 0): Promise<{ sha256: string; length: number }> {
  const hash = createHash('sha256');
  let length = 0;
  for await (const chunk of fs.createReadStream(file, { start })) {
    hash.update(chunk as Buffer);
    length += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), length };
}

/**
 * Writes FILE from a payload already on disk. The result appears under its final name only when
 * complete (written to FILE.partial, then renamed), so a crash never leaves a half file that looks whole.
 */
export async function writeBackupFile(outFile: string, description: BackupDescription, payloadFile: string): Promise<BackupHeader> {
  const { sha256, length } = await sha256OfFile(payloadFile);
  const header: BackupHeader = { ...description, payloadLength: length, payloadSha256: sha256 };
  const partial = `${outFile}.partial`;
  const out = fs.createWriteStream(partial);
  out.write(`${backupMagic} ${backupFormatVersion}\n${JSON.stringify(header)}\n`);
  await pipeline(fs.createReadStream(payloadFile), out);
  fs.renameSync(partial, outFile);
  return header;
}

/** Reads and checks the two header lines; says what is wrong with a foreign file. */
export function readBackupHeader(file: string): OpenedBackup {
  let head: Buffer;
  try {
    const fd = fs.openSync(file, 'r');
    try {
      head = Buffer.alloc(maxHeaderBytes);
      head = head.subarray(0, fs.readSync(fd, head, 0, maxHeaderBytes, 0));
    } finally {
      fs.closeSync(fd);
    }
  } catch (err) {
    throw new BackupError(`A mentésfájl nem olvasható / cannot read the backup file ${file}: ${(err as Error).message}`);
  }
  const firstNewline = head.indexOf(0x0a);
  const secondNewline = firstNewline < 0 ? -1 : head.indexOf(0x0a, firstNewline + 1);
  const magicLine = head.subarray(0, firstNewline < 0 ? Math.min(head.length, 40) : firstNewline).toString('latin1');
  const [magic, version] = magicLine.split(' ');
  if (magic !== backupMagic) {
    throw new BackupError(`Ez nem Kapocs mentésfájl / ${file} is not a Kapocs backup (it does not start with ${backupMagic}): check the file name.`);
  }
  if (version !== String(backupFormatVersion)) {
    throw new BackupError(
      `Ismeretlen mentésformátum / unknown backup format version ${version ?? '?'} (this Kapocs reads ${backupFormatVersion}): restore it with the Kapocs version that made it.`,
    );
  }
  if (secondNewline < 0) throw damaged(file, 'the header is incomplete');
  let header: BackupHeader;
  try {
    header = headerSchema.parse(JSON.parse(head.subarray(firstNewline + 1, secondNewline).toString('utf8')));
  } catch {
    throw damaged(file, 'the header is unreadable');
  }
  return { header, payloadOffset: secondNewline + 1 };
}

/** Checks length and SHA-256 of the payload (streamed, so large files need no memory). */
export async function verifyBackupPayload(file: string, opened: OpenedBackup): Promise<void> {
  const { sha256, length } = await sha256OfFile(file, opened.payloadOffset);
  if (length !== opened.header.payloadLength) {
    throw damaged(file, `it holds ${length} payload bytes instead of ${opened.header.payloadLength} (truncated or appended to)`);
  }
  if (sha256 !== opened.header.payloadSha256) throw damaged(file, 'the SHA-256 checksum does not match');
}

/** Opens FILE and verifies it completely: the only way restore code gets at a payload. */
export async function openVerifiedBackup(file: string): Promise<OpenedBackup> {
  const opened = readBackupHeader(file);
  await verifyBackupPayload(file, opened);
  return opened;
}

function damaged(file: string, why: string): BackupError {
  return new BackupError(`A mentésfájl sérült, az adatbázis érintetlen / the backup file ${file} is damaged (${why}); nothing was changed: use another copy.`);
}
