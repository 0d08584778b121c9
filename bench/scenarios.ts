/**
 * What `npm run bench` measures. Each scenario is one URL hammered for the measured period; the one
 * marked `baseline` (a bare route on the same app) is what the others are compared with. Later
 * features add their pages here; `as` logs the request in as a demo account (see demo-accounts.ts).
 */
export type Scenario = {
  name: string;
  path: string;
  /** The demo account e-mail to log in as; anonymous when left out. */
  as?: string;
  baseline?: boolean;
};

export const scenarios: Scenario[] = [
  { name: 'bare route', path: '/__bench/bare', baseline: true },
  { name: 'home page', path: '/' },
  { name: 'places search', path: '/places?q=kecs' },
  // Admin lists over the generated data set (20,000 users, 50,000 audit entries), first page.
  { name: 'admin: users', path: '/admin/users', as: 'admin@kapocs.example' },
  { name: 'admin: audit log', path: '/admin/audit', as: 'admin@kapocs.example' },
];
