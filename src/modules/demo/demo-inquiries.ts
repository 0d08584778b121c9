import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { inquiries, inquiryTopicLinks, volunteers } from '../../db/schema/index.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { addMissingStarterTopics } from '../inquiries/starter-topics.js';
import { findTopics } from '../inquiries/topics-repo.js';
import { daysAgo } from './demo-clock.js';

type DemoInquiry = {
  daysAgo: number;
  channel: string;
  asker: { kind: 'person' | 'organization' | 'anonymous'; name?: string; organization?: string; email?: string; phone?: string };
  topics: string[];
  question: string;
  answer?: string;
  status: 'open' | 'answered' | 'closed';
  /** Logged at the demo center's first Volunteer Point by its coordinator. */
  atPoint?: boolean;
  answerByEmail?: boolean;
  /** The follow-up, in days from now (negative: due). */
  followUpIn?: number;
};

/** Fictional inquiries of every channel, over the last months (so the statistics show a shape). */
const demoInquiries: DemoInquiry[] = [
  {
    daysAgo: 2,
    channel: 'phone',
    asker: { kind: 'person', name: 'Fekete Panna', phone: '+36 30 555 0101' },
    topics: ['Önkéntes lehetőségek'],
    question: 'Hétvégén szeretnék állatmenhelyen segíteni. Van ilyen lehetőség Kecskeméten?',
    answer: 'Igen, a lehetőségek között „állat” keresőszóval több hétvégi alkalmat is talál; a jelentkezéshez regisztráció szükséges.',
    status: 'answered',
    followUpIn: -1,
  },
  {
    daysAgo: 9,
    channel: 'phone',
    asker: { kind: 'organization', name: 'Bódi Gáspár', organization: 'Homokhát Sportegyesület', phone: '+36 76 555 0102' },
    topics: ['Fogadó szervezetté válás', 'Önkéntes szerződés'],
    question: 'Egy futóverseny lebonyolításához fogadnánk önkénteseket. Mit kell tennünk a regisztráció előtt?',
    answer: 'A Köt. szerinti fogadó szervezetként előbb regisztrálni kell; egynapos, juttatás nélküli munkához nem kötelező az írásos szerződés.',
    status: 'answered',
  },
  {
    daysAgo: 4,
    channel: 'email',
    asker: { kind: 'person', name: 'Lengyel Bianka', email: 'lengyel.bianka@pelda.example' },
    topics: ['Kiskorú önkéntesek', 'Iskolai közösségi szolgálat (IKSZ)'],
    question: 'A 15 éves fiam az iskolai közösségi szolgálatot szeretné önkéntesként teljesíteni. Hogyan kezdjünk hozzá?',
    status: 'open',
    followUpIn: 3,
  },
  {
    daysAgo: 40,
    channel: 'email',
    asker: { kind: 'organization', name: 'Sárközi Edit', organization: 'Napfény Idősek Otthona', email: 'info@napfeny.pelda.example' },
    topics: ['Biztosítás és felelősség'],
    question: 'Kell-e külön balesetbiztosítást kötnünk az önkénteseinknek?',
    answer: 'A Köt. nem írja elő, de ajánlott; a felelősség a fogadó szervezeté, ahogy a munkavállalók esetében.',
    status: 'closed',
  },
  {
    daysAgo: 12,
    channel: 'in_person',
    asker: { kind: 'person', name: 'Orosz Márton' },
    topics: ['Önkéntes lehetőségek'],
    question: 'Nyugdíjas vagyok, szívesen korrepetálnék gyerekeket. Hol kezdjem?',
    answer: 'Regisztráltuk önkéntesként, és ajánlottunk neki két tanodai lehetőséget.',
    status: 'answered',
    atPoint: true,
  },
  {
    daysAgo: 70,
    channel: 'in_person',
    asker: { kind: 'anonymous' },
    topics: ['Juttatások és költségtérítés'],
    question: 'Az útiköltség megtérítése adóköteles-e az önkéntesnek?',
    answer: 'A Köt. szerinti, igazolt útiköltség-térítés nem adóköteles; a részleteket a tudástár juttatásokról szóló cikke írja le.',
    status: 'closed',
    atPoint: true,
  },
  {
    daysAgo: 21,
    channel: 'event',
    asker: { kind: 'person', name: 'Szűcs Réka', email: 'szucs.reka@pelda.example' },
    topics: ['Képzések'],
    question: 'Lesz-e elsősegély-tanfolyam önkénteseknek tavasszal?',
    status: 'open',
    followUpIn: -5,
  },
  {
    daysAgo: 100,
    channel: 'event',
    asker: { kind: 'anonymous' },
    topics: ['Egyéb'],
    question: 'Hogyan lehet önkéntesnapot szervezni egy cégnek?',
    answer: 'A céges önkéntesnaphoz a központ segít fogadó szervezetet találni; érdemes két hónappal előbb jelezni.',
    status: 'answered',
  },
  {
    daysAgo: 1,
    channel: 'online_form',
    asker: { kind: 'person', name: 'Pintér Lilla', email: 'pinter.lilla@pelda.example' },
    topics: [],
    question: 'Külföldi diák vagyok, magyarul csak kicsit beszélek. Lehetek önkéntes?',
    status: 'open',
    answerByEmail: true,
  },
  {
    daysAgo: 55,
    channel: 'online_form',
    asker: { kind: 'anonymous' },
    topics: ['Adatvédelem'],
    question: 'Meddig őrzik meg az önkéntesek adatait?',
    answer: 'A nyilvántartást a jogviszony végét követő öt évig kell megőrizni; az ezen túli adatokat töröljük.',
    status: 'closed',
  },
];

/**
 * The demo center's inquiry log (issue 14): a few inquiries of each channel, one whose follow-up is
 * due (and one overdue), one from the public form waiting for an e-mail answer, and one turned into a
 * walk-in volunteer (a demo walk-in, linked). Runs inside the demo seed's transaction; all fictional.
 */
export async function seedInquiriesDemo(
  tx: Tx,
  input: { centerId: string; pointId: string; now: Date; coordinatorUserId: string; pointCoordinatorUserId: string },
): Promise<void> {
  const { now } = input;
  await addMissingStarterTopics(tx);
  const topicIds = new Map((await findTopics(tx, [], { archived: false })).map((t) => [t.name, t.id]));
  const insert = async (d: DemoInquiry, extra: { volunteerId?: string } = {}) => {
    const receivedAt = daysAgo(now, d.daysAgo);
    const answered = d.answer !== undefined;
    const [row] = await tx
      .insert(inquiries)
      .values({
        centerId: input.centerId,
        pointId: d.atPoint ? input.pointId : null,
        channel: d.channel,
        askerKind: d.asker.kind,
        askerName: d.asker.name ?? null,
        askerOrganization: d.asker.organization ?? null,
        askerEmail: d.asker.email ?? null,
        askerPhone: d.asker.phone ?? null,
        question: d.question,
        answer: d.answer ?? null,
        answerByEmail: d.answerByEmail ?? false,
        status: d.status,
        staffUserId: d.channel === 'online_form' && !answered ? null : d.atPoint ? input.pointCoordinatorUserId : input.coordinatorUserId,
        followUpOn: d.followUpIn === undefined ? null : budapestDay(daysAgo(now, -d.followUpIn)),
        receivedAt,
        createdBy: d.channel === 'online_form' ? null : d.atPoint ? input.pointCoordinatorUserId : input.coordinatorUserId,
        createdAt: receivedAt,
        updatedAt: receivedAt,
        volunteerId: extra.volunteerId ?? null,
      })
      .returning({ id: inquiries.id });
    if (!row) throw new Error('demo inquiry insert failed');
    const ids = d.topics.map((name) => topicIds.get(name)).filter((id): id is string => !!id);
    if (ids.length) await tx.insert(inquiryTopicLinks).values(ids.map((topicId) => ({ inquiryId: row.id, topicId })));
  };
  for (const d of demoInquiries) await insert(d);

  // A walk-in the coordinator registered during a phone call: the inquiry keeps the link to them.
  const [walkIn] = await tx
    .select({ id: volunteers.id, familyName: volunteers.familyName, givenName: volunteers.givenName, phone: volunteers.phone, email: volunteers.email })
    .from(volunteers)
    .where(and(eq(volunteers.centerId, input.centerId), isNull(volunteers.userId)))
    .orderBy(asc(volunteers.createdAt), asc(volunteers.id))
    .limit(1);
  if (!walkIn) throw new Error('demo walk-in volunteer missing');
  await insert(
    {
      daysAgo: 16,
      channel: 'phone',
      asker: { kind: 'person', name: `${walkIn.familyName} ${walkIn.givenName}`, email: walkIn.email ?? undefined, phone: walkIn.phone ?? undefined },
      topics: ['Önkéntes lehetőségek'],
      question: 'Szeretnék rendszeresen önkénteskedni, de nincs internetem otthon. Telefonon is lehet jelentkezni?',
      answer: 'Igen: a hívás közben önkéntesként regisztráltuk, a lehetőségekről telefonon értesítjük.',
      status: 'answered',
    },
    { volunteerId: walkIn.id },
  );
}
