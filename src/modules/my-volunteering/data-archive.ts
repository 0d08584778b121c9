import { strToU8, zipSync } from 'fflate';
import { toCsv } from '../../platform/export.js';

/**
 * The "download all my data" ZIP (GDPR Art. 15 access, Art. 20 portability): `data.json` with every
 * section in one object, one CSV per list section (UTF-8 with BOM, so Excel shows ő and ű), and a
 * Hungarian README.txt that explains the files.
 */
export type PersonalData = {
  generatedAt: string;
  account: Record<string, unknown>;
  profile: Record<string, unknown> | null;
  consents: Record<string, unknown>[];
  qualifications: Record<string, unknown>[];
  certificateChecks: Record<string, unknown>[];
  placements: (Record<string, unknown> & { events: Record<string, unknown>[] })[];
  hours: Record<string, unknown>[];
  certificates: Record<string, unknown>[];
  benefits: Record<string, unknown>[];
  contracts: Record<string, unknown>[];
  registerEntries: Record<string, unknown>[];
  trainings: Record<string, unknown>[];
  inquiries: Record<string, unknown>[];
  alertSubscription: Record<string, unknown> | null;
  auditEntries: Record<string, unknown>[];
};

type Cell = string | number | null | undefined;

function cell(value: unknown): Cell {
  if (value == null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return value.map((v) => String(v)).join(', ');
  return JSON.stringify(value);
}

/** A CSV of flat records; the columns are the record keys (the same names as in data.json). */
export function recordsCsv(rows: Record<string, unknown>[], fallbackColumns: string[] = []): string {
  const columns = rows[0] ? Object.keys(rows[0]) : fallbackColumns;
  return toCsv({
    filename: 'x',
    sheetName: 'x',
    columns: columns.map((key) => ({ header: key, value: (row: Record<string, unknown>) => cell(row[key]) })),
    rows,
  });
}

/** Turns Dates into ISO strings so data.json is plain, portable JSON. */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

const readme = `Kapocs – a rólad tárolt adatok
================================

Ez a csomag mindazt tartalmazza, amit a Kapocs rendszer rólad tárol (GDPR 15. cikk: hozzáférés,
20. cikk: adathordozhatóság). A fájlok UTF-8 kódolásúak; a CSV-fájlokat Excelben vagy bármely
táblázatkezelőben megnyithatod.

data.json                 Minden adat egyetlen, géppel olvasható JSON-objektumban (generatedAt: a készítés ideje).
fiok.csv                  A fiókod: e-mail-cím, név, nyelv, a regisztráció ideje.
profil.csv                Az önkéntes profilod minden mezője.
hozzajarulasok.csv        Hozzájárulásaid minden változata (fajta, megadva/visszavonva, szövegváltozat, időpont).
kepesitesek.csv           Képesítéseid és azok érvényessége.
igazolas-ellenorzesek.csv Az egészségi alkalmasság és az erkölcsi bizonyítvány ellenőrzése: csak az állapot és a dátum,
                          ahogy tároljuk (magukat az iratokat a Kapocs nem tárolja).
helyek.csv                Jelentkezéseid és önkéntes helyeid (lehetőség, szervezet, állapot, dátumok).
helyek-esemenyei.csv      A helyek állapotváltozásai időrendben.
orak.csv                  Rögzített önkéntes óráid (nap, percek, tevékenység, állapot, döntés).
igazolasok.csv            A rólad kiállított igazolások adatai és ellenőrző kódjai.
juttatasok.csv            A fogadó szervezetektől kapott juttatások (fajta, nap, összeg forintban).
szerzodesek.csv           Önkéntes szerződéseid (tartalom, hely, idő, juttatások, időtartam, állapot, aláírás).
nyilvantartas.csv         Amit a fogadó szervezetek a Köt. 14. § szerinti nyilvántartásukban rólad rögzítettek.
kepzesek.csv              Képzési jelentkezéseid (képzés, időpont, állapot, teljesítés) és az általad adott visszajelzések.
megkeresesek.csv          Az önkéntes központnak feltett kérdéseid, amelyeket a profilodhoz kapcsoltak, és a válaszok.
ertesitesek.csv           Az új lehetőségekről szóló e-mail-értesítéseid beállítása.
naplo.csv                 A fiókodat és önkéntes adataidat érintő naplóbejegyzések (mi történt, mikor, ki tette).

Üres fájl (csak fejléccel) azt jelenti, hogy abban a részben nincs rólad adat.
A koordinátorok belső munkajegyzetei a helyekről nem részei a csomagnak.
Ha kérdésed van az adataidról, fordulj az önkéntes központodhoz.
`;

/** Builds the ZIP bytes. */
export function buildDataArchive(data: PersonalData): Uint8Array {
  const { events, placements } = splitEvents(data.placements);
  const csv = (rows: Record<string, unknown>[], columns: string[] = []) => strToU8(recordsCsv(rows, columns));
  return zipSync({
    'data.json': strToU8(JSON.stringify(plain(data), null, 2)),
    'README.txt': strToU8(readme),
    'fiok.csv': csv([data.account]),
    'profil.csv': csv(data.profile ? [data.profile] : [], ['familyName', 'givenName']),
    'hozzajarulasok.csv': csv(data.consents, ['kind', 'granted', 'textVersion', 'at']),
    'kepesitesek.csv': csv(data.qualifications, ['name', 'validUntil', 'createdAt']),
    'igazolas-ellenorzesek.csv': csv(data.certificateChecks, ['check', 'status', 'checkedAt']),
    'helyek.csv': csv(placements, ['id', 'status', 'opportunityTitle', 'organizationName']),
    'helyek-esemenyei.csv': csv(events, ['applicationId', 'fromStatus', 'toStatus', 'note', 'at']),
    'orak.csv': csv(data.hours, ['activityDay', 'minutes', 'activity', 'status']),
    'igazolasok.csv': csv(data.certificates, ['code', 'totalMinutes', 'issuedAt']),
    'juttatasok.csv': csv(data.benefits, ['type', 'givenOn', 'amountHuf']),
    'szerzodesek.csv': csv(data.contracts, ['opportunityTitle', 'organizationName', 'status', 'startsOn', 'endsOn', 'signedOn']),
    'nyilvantartas.csv': csv(data.registerEntries, [
      'organizationName',
      'familyName',
      'givenName',
      'birthPlace',
      'birthDate',
      'motherName',
      'residence',
      'startsOn',
      'endsOn',
    ]),
    'kepzesek.csv': csv(data.trainings, ['courseTitle', 'sessionStartsAt', 'status', 'completedAt']),
    'megkeresesek.csv': csv(data.inquiries, ['receivedAt', 'channel', 'question', 'answer']),
    'ertesitesek.csv': csv(data.alertSubscription ? [data.alertSubscription] : [], ['frequency', 'lastSentAt']),
    'naplo.csv': csv(data.auditEntries, ['at', 'action', 'entityType', 'actor']),
  });
}

function splitEvents(rows: PersonalData['placements']) {
  return {
    placements: rows.map(({ events: _events, ...rest }) => rest),
    events: rows.flatMap((p) => p.events.map((e) => ({ applicationId: p.id, ...e }))),
  };
}
