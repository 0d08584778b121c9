import type { LightMyRequestResponse } from 'fastify';

/**
 * The pure parts of the hostile-input suite (hostile-input.int.test.ts): the bad values it sends,
 * reading a page's forms, plausible values that pass a form's own rules, and the findings table.
 */
const enc = encodeURIComponent;

export const script = '<script>alert(1)</script>';
export const genericFields = ['name', 'email', 'password', 'q', 'page', 'id', 'title', 'description', 'place', 'role', 'centerId', 'token', 'next'];
export const genericQueryKeys = ['q', 'page', 'pageSize', 'sort', 'dir', 'format', 'lang', 'next', 'token', 'from', 'to'];

export type FieldInfo = { type: string; offered?: string };

export const decodeEntities = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'");
export const attr = (attrs: string, name: string) => {
  const value = new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
  return value === undefined ? undefined : decodeEntities(value);
};

/** The controls of one form: selects offer their first real choice, radios and hidden inputs their value. */
export function fieldsOfForm(html: string): [string, FieldInfo][] {
  const fields: [string, FieldInfo][] = [];
  for (const select of html.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const name = attr(select[1] ?? '', 'name');
    const offered = [...(select[2] ?? '').matchAll(/<option\b([^>]*)>/g)].map((o) => attr(o[1] ?? '', 'value')).find((v) => v);
    if (name) fields.push([name, { type: 'select', offered }]);
  }
  for (const control of html.matchAll(/<(input|textarea|button)\b([^>]*)>/g)) {
    const attrs = control[2] ?? '';
    const name = attr(attrs, 'name');
    const type = control[1] === 'input' ? (attr(attrs, 'type') ?? 'text') : (control[1] as string);
    if (!name) continue;
    const offered = ['radio', 'checkbox', 'hidden', 'button'].includes(type) ? attr(attrs, 'value') : undefined;
    fields.push([name, { type, offered }]);
  }
  return fields;
}

export type Finding = { request: string; status: number; problem: string };

export function table(findings: Finding[]): string {
  const rows = findings.slice(0, 80).map((f) => `${String(f.status).padEnd(4)} ${f.problem.padEnd(28)} ${f.request.slice(0, 160)}`);
  const more = findings.length > 80 ? [`… and ${findings.length - 80} more`] : [];
  return [`${findings.length} hostile request(s) misbehaved:`, ...rows, ...more].join('\n');
}

export function inspect(res: LightMyRequestResponse, request: string, findings: Finding[], expectStatus?: (s: number) => boolean, expected = ''): void {
  if (res.statusCode >= 500) findings.push({ request, status: res.statusCode, problem: 'server error' });
  else if (expectStatus && !expectStatus(res.statusCode)) findings.push({ request, status: res.statusCode, problem: `expected ${expected}` });
  if (String(res.headers['content-type'] ?? '').includes('text/html') && res.body.includes(script)) {
    findings.push({ request, status: res.statusCode, problem: 'unescaped <script> in HTML' });
  }
}

export function finish(findings: Finding[]): void {
  if (findings.length) throw new Error(table(findings));
}

/** Bad values as they appear in a url-encoded body or query string (already encoded). */
export const hostileValues: Record<string, (field: string) => string> = {
  empty: (f) => `${enc(f)}=`,
  'repeated (array)': (f) => `${enc(f)}=1&${enc(f)}=2`,
  script: (f) => `${enc(f)}=${enc(script)}`,
  'SQL injection': (f) => `${enc(f)}=${enc("' OR 1=1 --")}`,
  'invalid UTF-8': (f) => `${enc(f)}=%C3%28&${enc(f)}=%FF`,
  'invalid UTF-8 (single)': (f) => `${enc(f)}=a%FFb%C3%28`,
  'overlong number': (f) => `${enc(f)}=99999999999999999999999`,
  'odd numbers': (f) => `${enc(f)}=-1.5e309`,
  'NUL byte': (f) => `${enc(f)}=a%00b`,
  'control and bidi characters': (f) => `${enc(f)}=${enc('Ő\u202E\uFEFF\u0007😀\u0301')}`,
  'bracket keys': (f) => `${enc(`${f}[a]`)}=1&${enc(`${f}[]`)}=2`,
};
export const prototypeKeys = '__proto__=1&constructor=1&hasOwnProperty=1&toString=1&__proto__%5Bx%5D=1';

/** A value that passes the form's own rules where it can, with the script in every free-text field. */
export function plausibleValue(name: string, info: FieldInfo, n: number): string {
  if (info.offered !== undefined) return info.offered;
  if (/place|settlement/i.test(name)) return 'Kecskemét (Bács-Kiskun)';
  switch (info.type) {
    case 'email':
      return `stored-${n}-${Date.now()}@kapocs.example`;
    case 'password':
      return 'Tarolt-jelszo-2026!';
    case 'tel':
      return '+36 1 234 5678';
    case 'date':
      return '2026-11-24';
    case 'number':
      return '3';
    case 'url':
      return 'https://kapocs.example/';
    default:
      return `Tárolt ${script} ${n}`;
  }
}
