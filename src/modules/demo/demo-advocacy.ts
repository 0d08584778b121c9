import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { advocacyActionStakeholders, advocacyActions, places, stakeholders } from '../../db/schema/index.js';
import { addDays, budapestDay } from '../../platform/budapest-time.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';

type DemoStakeholder = {
  key: string;
  kind: 'municipality' | 'institution' | 'decision_maker' | 'committee' | 'company' | 'media';
  name: string;
  settlement: string;
  tags: string[];
  contact?: { name: string; email: string; basis: 'public_role' | 'consent' | 'legitimate_interest' };
};

/** Fictional stakeholders of the demo center (names and addresses made up; .example e-mail addresses). */
const demoStakeholders: DemoStakeholder[] = [
  {
    key: 'city',
    kind: 'municipality',
    name: 'Kecskemét Megyei Jogú Város Önkormányzata (demó)',
    settlement: 'Kecskemét',
    tags: ['önkéntes pont', 'ifjúság'],
    contact: { name: 'Példa Polgármester', email: 'polgarmester@onkormanyzat.example', basis: 'public_role' },
  },
  { key: 'committee', kind: 'committee', name: 'Oktatási és Ifjúsági Bizottság (demó)', settlement: 'Kecskemét', tags: ['oktatás', 'ifjúság'] },
  {
    key: 'school',
    kind: 'institution',
    name: 'Próba Általános Iskola (demó)',
    settlement: 'Kiskunfélegyháza',
    tags: ['oktatás', 'iskolai közösségi szolgálat'],
    contact: { name: 'Minta Igazgató', email: 'igazgato@iskola.example', basis: 'consent' },
  },
  { key: 'paper', kind: 'media', name: 'Bajai Hírmondó helyi lap (demó)', settlement: 'Baja', tags: ['média'] },
  { key: 'company', kind: 'company', name: 'Gyakorló Gépgyártó Kft. (demó)', settlement: 'Kecskemét', tags: ['céges önkéntesség'] },
];

/**
 * The local-advocacy part of the demo (issue 15), all fictional: stakeholders of several kinds (a
 * municipality and a school with a contact and its legal basis, a committee, a local newspaper, a
 * company) and two advocacy actions with outcomes, one with a follow-up. Runs inside the demo seed's transaction.
 */
export async function seedAdvocacyDemo(tx: Tx, input: { centerId: string; county: string; now: Date; coordinatorUserId: string }): Promise<void> {
  const settlements = [...new Set(demoStakeholders.map((s) => s.settlement))];
  const placeRows = await tx
    .select({ id: places.id, name: places.name })
    .from(places)
    .where(and(inArray(places.name, settlements), eq(places.county, input.county)));
  const placeId = (name: string) => placeRows.find((p) => p.name === name)?.id ?? null;
  const ids = new Map<string, string>();
  for (const s of demoStakeholders) {
    const [row] = await tx
      .insert(stakeholders)
      .values({
        centerId: input.centerId,
        kind: s.kind,
        name: s.name,
        sortKey: hungarianSortKey(s.name),
        placeId: placeId(s.settlement),
        tags: s.tags,
        ownerUserId: input.coordinatorUserId,
        contactName: s.contact?.name ?? null,
        contactEmail: s.contact?.email ?? null,
        contactLegalBasis: s.contact?.basis ?? null,
        createdBy: input.coordinatorUserId,
      })
      .returning({ id: stakeholders.id });
    if (row) ids.set(s.key, row.id);
  }
  const today = budapestDay(input.now);
  const actions = [
    {
      kind: 'meeting',
      title: 'Egyeztetés egy új Önkéntes Pontról a városi könyvtárban',
      goal: 'A város biztosítson helyiséget és nyitvatartást egy Önkéntes Pontnak a könyvtárban.',
      heldOn: addDays(today, -40),
      placeId: placeId('Kecskemét'),
      outcome: 'A polgármester támogatja; a bizottság elé kerül a javaslat.',
      followUp: 'Írásos javaslat megküldése a bizottságnak',
      followUpOn: addDays(today, -5),
      stakeholders: ['city', 'committee'],
    },
    {
      kind: 'proposal',
      title: 'Javaslat az iskolai közösségi szolgálat helyi fogadóhelyeiről',
      goal: 'Az iskola diákjai a helyi fogadó szervezeteknél teljesíthessék az 50 órát.',
      heldOn: addDays(today, -15),
      placeId: placeId('Kiskunfélegyháza'),
      outcome: 'Az iskola elfogadta; a tavaszi félévtől három fogadó szervezettel indul.',
      followUp: null,
      followUpOn: null,
      stakeholders: ['school', 'paper'],
    },
  ];
  for (const a of actions) {
    const [row] = await tx
      .insert(advocacyActions)
      .values({
        centerId: input.centerId,
        kind: a.kind,
        title: a.title,
        goal: a.goal,
        heldOn: a.heldOn,
        placeId: a.placeId,
        outcome: a.outcome,
        followUp: a.followUp,
        followUpOn: a.followUpOn,
        createdBy: input.coordinatorUserId,
      })
      .returning({ id: advocacyActions.id });
    if (!row) throw new Error('demo advocacy action insert failed');
    const links = a.stakeholders.flatMap((k) => (ids.get(k) ? [{ actionId: row.id, stakeholderId: ids.get(k) as string }] : []));
    if (links.length) await tx.insert(advocacyActionStakeholders).values(links);
  }
}
