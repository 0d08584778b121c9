/**
 * A refusal or failure the operator can act on: the message alone (one line, Hungarian / English,
 * what is wrong and what to do) is printed, without a stack trace.
 */
export class BackupError extends Error {
  override name = 'BackupError';
}
