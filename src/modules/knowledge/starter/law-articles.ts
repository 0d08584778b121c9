import { kot, ptk } from './sources.js';
import type { StarterArticle } from './starter-article.js';

/** Starter articles on the Köt. itself: what it covers, who hosts, registration, the contract, the register. */
export const lawArticles: StarterArticle[] = [
  {
    slug: 'mi-a-kozerdeku-onkentesseg',
    kind: 'article',
    category: 'basics',
    audiences: ['public', 'volunteer', 'organization'],
    title: 'Mi a közérdekű önkéntes tevékenység?',
    summary: 'Ellenszolgáltatás nélkül, mások vagy a közösség javára, egy nyilvántartott fogadó szervezetnél végzett tevékenység, amelyet a Köt. szabályoz.',
    body: `A közérdekű önkéntes tevékenységről szóló 2005. évi LXXXVIII. törvény (Köt.) szerint önkéntes az, aki **ellenszolgáltatás nélkül**, saját elhatározásából végez tevékenységet egy **fogadó szervezetnél**, annak közérdekű feladataihoz kapcsolódóan.

## Mi nem számít közérdekű önkéntességnek?

- az önkéntes véradás, az önkéntes és létesítményi tűzoltói szolgálat, a polgári természetőri munka;
- az **iskolai közösségi szolgálat** (erre külön szabályok vonatkoznak);
- a saját magunk vagy közeli hozzátartozónk javára végzett munka;
- a jogszabályi kötelezettségen, bírósági vagy hatósági döntésen alapuló tevékenység;
- amit a felek más jogviszonyban végeznek, például egy egyesület tisztségviselőjeként.

## Mit jelent az „ellenszolgáltatás nélkül”?

Az önkéntes és közeli hozzátartozója nem kaphat pénzbeli előnyt a tevékenységért. A törvény ugyanakkor felsorolja azokat a juttatásokat, amelyek nem számítanak ellenszolgáltatásnak – például a munkaruha, az útiköltség vagy egy évente adható, korlátozott összegű jutalom (lásd a juttatásokról szóló cikket).

## Miért jó a nyilvántartott fogadó szervezet?

Közérdekű önkéntest csak a Köt. szerint bejelentett szervezet fogadhat. Ilyenkor az önkéntesnek nyújtott, törvényben felsorolt juttatások adó- és járulékmentesek.`,
    sources: [kot('2. §'), kot('3. §')],
  },
  {
    slug: 'ki-lehet-fogado-szervezet',
    kind: 'article',
    category: 'hosting',
    audiences: ['organization', 'company'],
    title: 'Ki fogadhat közérdekű önkénteseket?',
    summary: 'A Köt. 3. § (1) bekezdése sorolja fel a lehetséges fogadó szervezeteket, mindegyiket a saját közfeladatai körében.',
    body: `Fogadó szervezet csak az lehet, akit a Köt. 3. § (1) bekezdése felsorol, és csak a felsorolt feladatai körében:

- **helyi önkormányzatok** és társulásaik, közszolgáltatási és katasztrófavédelmi feladataikban;
- **nemzetiségi önkormányzatok**, közfeladataikban;
- **költségvetési szervek**, alaptevékenységükben;
- Magyarországon székhellyel rendelkező **civil szervezetek** és közhasznú szervezetek, közhasznú és működési tevékenységükben;
- **egyházi jogi személyek** és vallási egyesületek, vallási, közcélú és működési tevékenységükben;
- engedéllyel működő **szolgáltatók** – például szociális, gyermekjóléti, egészségügyi, köznevelési, felsőoktatási, múzeumi, könyvtári és levéltári intézmények – a jogszabályban előírt közszolgáltatásaik és az ezekhez kapcsolódó kiegészítő szolgáltatások körében.

## Cégek

Nyereségérdekelt vállalkozás csak akkor fogadhat önkéntest, ha a fenti szolgáltatók közé tartozik, és akkor is csak a közszolgáltatásaihoz (például hospice-ellátás, iskolai tábor). Egy vállalat munkatársai ugyanakkor **önkéntesként** bármely nyilvántartott fogadó szervezetnél segíthetnek – ez a céges önkéntes program alapja.`,
    sources: [kot('3. § (1)')],
  },
  {
    slug: 'fogado-szervezet-nyilvantartasba-vetele',
    kind: 'article',
    category: 'hosting',
    audiences: ['organization'],
    title: 'A fogadó szervezet nyilvántartásba vétele',
    summary: 'Mielőtt önkéntest fogadna, a szervezetnek be kell jelentenie ezt a minisztériumnak; a bejelentett adatok változását is jelezni kell.',
    body: `A Köt. 11. §-a szerint a fogadó szervezet az önkéntesek fogadását **megkezdése előtt** köteles bejelenteni a miniszternek, és később a bejelentett adatok változását is be kell jelentenie.

## Hogyan történik?

- A bejelentés 2013 óta elektronikusan, a minisztérium által közzétett űrlapon történik.
- A nyilvántartás **hatósági nyilvántartás**: közhitelesen igazolja, hogy a bejelentés megtörtént, és mit tartalmazott.
- A szervezet **regisztrációs számot** kap. Érdemes ezt minden önkéntes szerződésen feltüntetni.
- A nyilvántartott fogadó szervezetek listája nyilvános.

## Amit nem kell bejelenteni

Az egyes önkénteseket **nem** kell a minisztériumnak bejelenteni, és a Köt. alapján éves beszámolót sem kell küldeni. Az önkéntesekről a szervezet saját nyilvántartást vezet (lásd a nyilvántartásról szóló cikket).

## Mi történik bejelentés nélkül?

Önkénteseket bejelentés nélkül is lehet fogadni, de ez nem közérdekű önkéntes tevékenység a Köt. szerint: a törvény adó- és járulékkedvezményei nem járnak.`,
    sources: [kot('11. §')],
  },
  {
    slug: 'mikor-kell-irasos-onkentes-szerzodes',
    kind: 'article',
    category: 'law',
    audiences: ['organization', 'volunteer'],
    title: 'Mikor kell írásban megkötni az önkéntes szerződést?',
    summary:
      'A szóban kötött szerződés is érvényes, de nyolc esetben – például 10 napnál hosszabb, kiskorúnál 2 napnál hosszabb tevékenységnél – írásba kell foglalni.',
    body: `Az önkéntes jogviszony a fogadó szervezet és az önkéntes közötti **szerződéssel** jön létre. Szóban is megköthető, de **írásba kell foglalni**, ha:

1. határozatlan időre, vagy legalább **10 napra** szól – **18 év alatti** (vagy részlegesen korlátozottan cselekvőképes nagykorú) önkéntesnél már legalább **2 nap** esetén;
2. az önkéntes **juttatást** kap (a munkaruha, a védőfelszerelés és a jutalom kivételével);
3. építési engedélyhez kötött építési munkáról van szó;
4. a tevékenység **külföldön** folyik;
5. az önkéntes nem EGT-állampolgár (a törvényben felsorolt kivételekkel);
6. bármelyik fél azonnali hatályú felmondási jogát korlátozzák;
7. az önkéntes **kéri** az írásba foglalást;
8. más jogszabály előírja.

A Kapocs szerződésszámítója a fenti szabályok szerint megmondja, kell-e írásos szerződés egy adott jelentkezéshez.`,
    sources: [kot('6. §')],
  },
  {
    slug: 'az-onkentes-szerzodes-tartalma',
    kind: 'article',
    category: 'law',
    audiences: ['organization'],
    title: 'Mit kell tartalmaznia az önkéntes szerződésnek?',
    summary: 'A tevékenység tartalma, helye, időtartama és pihenőideje, valamint a nyújtott juttatások és azok sorsa a szerződés megszűnésekor.',
    body: `A Köt. 6. § (1) bekezdése szerint az önkéntes szerződésben meg kell állapodni:

- a tevékenység **tartalmáról**;
- a tevékenység **helyéről**;
- a tevékenységre fordítandó **időről** és a **pihenőidőről**;
- a nyújtott **juttatásokról** (a jutalom kivételével), és arról, mi lesz velük a szerződés megszűnésekor.

## Jó gyakorlat

- Tüntesse fel a szervezet **nyilvántartási (regisztrációs) számát**.
- Kiskorú önkéntesnél a törvényes képviselő is írja alá vagy hagyja jóvá a szerződést (lásd a kiskorúakról szóló cikket).
- A szerződés adatai egyúttal a kötelező nyilvántartás részei is; a jól kitöltött szerződés a nyilvántartási kötelezettség nagy részét teljesíti.`,
    sources: [kot('6. § (1)'), kot('14. §')],
  },
  {
    slug: 'az-onkentesek-nyilvantartasa',
    kind: 'article',
    category: 'law',
    audiences: ['organization'],
    title: 'Az önkéntesekről vezetett nyilvántartás',
    summary: 'A fogadó szervezet a Köt. 14. §-a szerint nyilvántartja önkéntesei adatait, a tevékenységet és a juttatásokat, és az adatokat öt évig megőrzi.',
    body: `A nyilvántartás célja, hogy a felek gyakorolhassák jogaikat és teljesíthessék kötelezettségeiket, és hogy a hatóság ellenőrizhesse a jogviszonyt.

## Mit kell nyilvántartani?

- az önkéntes **természetes személyazonosító adatait** (név, születési hely és idő, anyja neve), nem magyar állampolgárnál az állampolgárságát;
- **lakóhelyét**, ennek hiányában tartózkodási vagy szálláshelyét;
- kiskorú vagy korlátozottan cselekvőképes önkéntesnél a **törvényes képviselő** azonosító adatait és lakóhelyét;
- a tevékenység **tartalmát, helyét, idejét és pihenőidejét**;
- a tevékenység **kezdő napját**, határozott idejű szerződésnél a befejezését;
- **18 év alatti** önkéntesnél a tevékenységgel töltött **időt**;
- a nyújtott **juttatásokat**.

## Meddig?

Az adatokat **öt évig** kell megőrizni. A nyilvántartásra az adatvédelmi szabályok is vonatkoznak: csak a felsorolt adatokat vegye fel, és csak az férjen hozzájuk, akinek szüksége van rájuk.`,
    sources: [kot('14. §')],
  },
  {
    slug: 'kiskoru-onkentesek',
    kind: 'article',
    category: 'minors',
    audiences: ['volunteer', 'organization', 'school'],
    title: 'Kiskorú önkéntesek és a törvényes képviselő',
    summary: '10 éves kortól lehet valaki önkéntes; kiskorúaknál a törvényes képviselő közreműködése kell, és szigorúbb időkorlátok érvényesek.',
    body: `## Hány évesen?

Önkéntes lehet a cselekvőképes és a korlátozottan cselekvőképes személy, valamint a **10. életévét betöltött** kiskorú is. Az állampolgárság nem számít.

## Ki írja alá a szerződést?

- **14 év alatt** a gyermek cselekvőképtelen: helyette a **törvényes képviselője** (általában a szülő) jár el.
- **14–17 évesen** a kiskorú korlátozottan cselekvőképes: maga köti meg a szerződést, de ahhoz a **törvényes képviselő hozzájárulása** kell.

## Időkorlátok

- 18 év alatt **nem** lehet önkénteskedni **20 és 6 óra között**, és két nap között legalább **14 óra pihenő** jár.
- 16 év alatt: iskolai szünetben legfeljebb napi 3 és heti 12 óra; szorgalmi időben legfeljebb heti 6 óra, tanítási napon napi 2, tanítás nélküli napon napi 3 óra.
- 16–17 évesen: legfeljebb napi 4,5 és heti 18 óra.
- 16 év alatt külföldön nem lehet önkéntes tevékenységet végezni.`,
    sources: [kot('4. §'), kot('5. §'), ptk('2:10–2:14. §')],
  },
];
