import type { Role } from '../../platform/authz.js';

/** Fictional demo logins, printed at start. Every demo account uses the same password. */
export const demoPassword = 'Kapocs-demo-2026';

export type DemoAccount = {
  email: string;
  familyName: string;
  givenName: string;
  role: Role;
  /** Where the role is held: the demo center, its first point, or nowhere (national / personal roles). */
  tenant: 'none' | 'center' | 'point';
};

export const demoAccounts: DemoAccount[] = [
  { email: 'admin@kapocs.example', familyName: 'Rendszer', givenName: 'Gazda', role: 'national_admin', tenant: 'none' },
  { email: 'kozpont.admin@kapocs.example', familyName: 'Kovács', givenName: 'Katalin', role: 'center_admin', tenant: 'center' },
  { email: 'koordinator@kapocs.example', familyName: 'Szabó', givenName: 'Gergely', role: 'center_coordinator', tenant: 'center' },
  { email: 'pont@kapocs.example', familyName: 'Tóth', givenName: 'Zsófia', role: 'point_coordinator', tenant: 'point' },
  { email: 'szervezet@kapocs.example', familyName: 'Nagy', givenName: 'Levente', role: 'org_staff', tenant: 'center' },
  { email: 'iskola@kapocs.example', familyName: 'Horváth', givenName: 'Ildikó', role: 'school_coordinator', tenant: 'center' },
  { email: 'osztalyfonok@kapocs.example', familyName: 'Fekete', givenName: 'Péter', role: 'school_coordinator', tenant: 'center' },
  { email: 'fonover@kapocs.example', familyName: 'Lakatos', givenName: 'Judit', role: 'org_staff', tenant: 'center' },
  { email: 'ceg@kapocs.example', familyName: 'Varga', givenName: 'Csaba', role: 'company_coordinator', tenant: 'center' },
  { email: 'gondviselo@kapocs.example', familyName: 'Kiss', givenName: 'Erzsébet', role: 'guardian', tenant: 'none' },
  { email: 'onkentes@kapocs.example', familyName: 'Molnár', givenName: 'Dóra', role: 'volunteer', tenant: 'none' },
];
