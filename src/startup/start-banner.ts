/**
 * Where the e-mails go, said truthfully in the start banner: through SMTP when it is set (host and
 * port only, never the credentials), otherwise only into the outbox that the national admin reads.
 */
export function mailBanner(smtpUrl: string | undefined, baseUrl: string): string {
  if (!smtpUrl) return `E-mailek SMTP nélkül, csak a kimenő postafiókban / no SMTP, e-mails stay in the outbox: ${baseUrl}/admin/outbox`;
  let where = 'SMTP';
  try {
    const smtp = new URL(smtpUrl);
    where = `${smtp.protocol}//${smtp.hostname}${smtp.port ? `:${smtp.port}` : ''}`;
  } catch {
    // nodemailer also takes other forms; say SMTP without repeating a string that may hold a password.
  }
  return `E-mailek SMTP-n / e-mail via SMTP: ${where}`;
}
