import type { Database } from '../../db/database.js';
import type { Actor } from '../../platform/authz.js';
import { createUser, type UserGrant } from '../../test-support/factories.js';

/** A user with these grants, as the Actor the services take. */
export async function actorWith(db: Database, ...grants: UserGrant[]): Promise<Actor> {
  const user = await createUser(db, { grants });
  return {
    userId: user.id,
    email: user.email,
    familyName: user.familyName,
    givenName: user.givenName,
    emailConfirmed: true,
    grants: grants.map((g) => ({ role: g.role, centerId: g.centerId ?? null, pointId: g.pointId ?? null })),
  };
}

/** Valid content of an article titled `title` (a version's fields as the services take them). */
export const articleContent = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  summary: `${title}: röviden.`,
  body: `# ${title}\n\nA szerződés írásban készül.`,
  category: 'law',
  audiences: ['volunteer', 'organization'],
  sources: [{ citation: 'Köt. 6. §', label: '2005. évi LXXXVIII. törvény', url: 'https://net.jogtar.hu/jogszabaly?docid=a0500088.tv' }],
  lastCheckedOn: '2026-11-24',
  ...extra,
});
