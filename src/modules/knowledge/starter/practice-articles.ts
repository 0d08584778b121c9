import { emmiRendelet133, gdpr, infotv, kot, kotWhole, nkt } from './sources.js';
import type { StarterArticle } from './starter-article.js';

/** Starter articles on everyday practice: benefits, insurance, IKSZ, data protection, starting a program; and the first FAQ entries. */
export const practiceArticles: StarterArticle[] = [
  {
    slug: 'juttatasok-es-jutalom',
    kind: 'article',
    category: 'benefits',
    audiences: ['volunteer', 'organization'],
    title: 'Juttatások, költségtérítés és a jutalom felső határa',
    summary: 'A Köt. felsorolja, mit kaphat az önkéntes úgy, hogy az ne számítson ellenszolgáltatásnak; a jutalom évente a havi minimálbér 20 százaléka lehet.',
    body: `A Köt. 2. § (3) bekezdése szerint nem ellenszolgáltatás többek között:

- a **munkaruha**, a védőfelszerelés és a tevékenységhez szükséges anyagok;
- a tevékenységhez szükséges **utazás, szállás és étkezés**, vagy ezek igazolt költségének megtérítése (saját gépkocsi használatánál a kiküldetési rendelvény szabályai szerint);
- a **védőoltás**, szűrővizsgálat és más betegségmegelőzés;
- a tevékenységhez szükséges, iskolarendszeren kívüli **képzés**;
- az önkéntes saját eszközeinek működtetési költsége (például telefonegyenleg);
- évente egy **jutalom**, legfeljebb a havi **minimálbér 20 százaléka** értékében.

## A jutalom felső határa

2026-ban a havi minimálbér 322 800 Ft, így a jutalom egy önkéntesnek egy évben legfeljebb **64 560 Ft** lehet. A Kapocs a minimálbért évenként tartja nyilván, és a juttatások rögzítésekor ellenőrzi a felső határt.

## Fontos

- A juttatások csak **nyilvántartott** fogadó szervezetnél adó- és járulékmentesek.
- Ha az önkéntes juttatást kap (a munkaruha, védőfelszerelés és a jutalom kivételével), a szerződést **írásba** kell foglalni.
- A juttatásokat a fogadó szervezet **nyilvántartásában** is rögzíteni kell.`,
    sources: [kot('2. § (3)'), kot('6. §'), kot('14. §')],
  },
  {
    slug: 'biztositas-es-felelosseg',
    kind: 'article',
    category: 'hosting',
    audiences: ['organization', 'volunteer'],
    title: 'Biztosítás, biztonság és felelősség',
    summary: 'A fogadó szervezet biztonságos körülményeket biztosít, és felel azért a kárért, amelyet az önkéntes a tevékenységével harmadik személynek okoz.',
    body: `## Biztonságos körülmények

A fogadó szervezet feladata, hogy az önkéntes **egészséges és biztonságos** körülmények között dolgozzon: ivóvíz, tisztálkodási lehetőség és – ha a tevékenység igényli – védőfelszerelés.

## Kártérítés

Ha az önkéntes a jogviszonnyal összefüggésben kárt okoz harmadik személynek, a kárért **a fogadó szervezet felel** a károsult felé.

## Felelősségbiztosítás

- **Kötelező**, ha az önkéntes nem EGT-állampolgár (a törvényben felsorolt kivételekkel). Ilyenkor az önkéntes szállását, ellátását, hazautazását és egészségügyi ellátását is biztosítani kell.
- Minden más esetben **nem kötelező**, de ajánlott, különösen kockázatosabb tevékenységnél (építés, gyermekekkel végzett munka, egészségügy).

## Gyermektáborok

2025 óta a többnapos gyermektáborok szervezőinek és segítőinek – a középiskolás és egyetemista önkénteseknek is – külön hatósági erkölcsi bizonyítvánnyal kell rendelkezniük.`,
    sources: [kot('4. § (6)'), kotWhole],
  },
  {
    slug: 'iskolai-kozossegi-szolgalat',
    kind: 'article',
    category: 'school',
    audiences: ['school', 'volunteer', 'organization'],
    title: 'Az iskolai közösségi szolgálat (IKSZ)',
    summary:
      'Az érettségi vizsga megkezdésének feltétele 50 óra igazolt közösségi szolgálat; ez nem közérdekű önkéntesség, hanem az iskola által szervezett, pedagógiailag feldolgozott tevékenység.',
    body: `## Mi az IKSZ?

A köznevelési törvény szerint a közösségi szolgálat szociális, környezetvédelmi vagy a helyi közösség érdekeit szolgáló, **szervezett, ellenszolgáltatás nélküli** tevékenység, amelyet az iskola **pedagógiailag feldolgoz**. Nem a Köt. szerinti önkéntesség.

## Mennyi kell?

Az érettségi vizsga megkezdéséhez **50 óra** igazolt közösségi szolgálat kell, jellemzően a **9–11. évfolyamon**, három tanévre elosztva. Az 50 órába legfeljebb 5 óra felkészítés és 5 óra záró foglalkozás számít bele. Egy óra 60 perc; az utazás nem számít bele.

## Alkalmanként

- **tanítási napon** legalább 1, legfeljebb **3 óra**;
- **tanítás nélküli napon** legalább 1, legfeljebb **5 óra**.

## Kinél?

Az iskola a diák választása alapján szervezi: állami, önkormányzati, civil, egyházi szervezetnél, az iskolával megállapodott magánszemélynél vagy az iskolában. A fogadónál **mentor** kell egészségügyi és rendvédelmi területen, szociális területen pedig szükség szerint. A diák **naplót** vezet arról, mikor, hol, mennyi ideig és mit csinált.`,
    sources: [nkt('4. § 15.'), nkt('6. § (4)'), emmiRendelet133],
  },
  {
    slug: 'onkentesek-adatvedelme',
    kind: 'article',
    category: 'data-protection',
    audiences: ['organization', 'volunteer'],
    title: 'Az önkéntesek személyes adatainak védelme',
    summary:
      'Az önkéntesek adatainak kezelésére a GDPR és az Infotv. vonatkozik: a törvényben előírt adatokat jogi kötelezettség alapján, minden mást csak megfelelő jogalappal lehet kezelni.',
    body: `A GDPR a civil szervezetekre is teljes egészében vonatkozik; a hazai keretet az Infotv. adja, a felügyeleti hatóság a NAIH.

## Mit és milyen alapon?

- A Köt. 14. §-a szerinti nyilvántartás adatait a szervezet **jogi kötelezettség** teljesítéséhez kezeli, és öt évig őrzi.
- Minden más adatot – készségek, ráérés, fényképek, hírlevél – csak **hozzájárulással** vagy dokumentált jogos érdek alapján szabad kezelni.
- Ne kérjen személyi számot, TAJ-számot vagy adóazonosítót, ha ezt külön jogszabály nem írja elő.

## Különleges adatok

- **Egészségügyi adat** (például kórházi önkénteseknél): elég azt rögzíteni, hogy az önkéntes alkalmas-e és meddig; leleteket ne tároljon.
- **Erkölcsi bizonyítvány**: elég az ellenőrzés dátuma és eredménye.

## Gyermekek

Az információs társadalommal összefüggő szolgáltatásoknál 16 év alatt a szülő vagy törvényes képviselő hozzájárulása kell. A gyermekek adatai fokozott védelmet igényelnek.

## Az önkéntes jogai

Az önkéntes kérheti adatai megismerését, helyesbítését és – ha nincs törvényi kötelezettség a megőrzésükre – törlését. A Kapocsban az „Adataid: másolat és törlés” oldalon kérhet másolatot vagy törlést.`,
    sources: [gdpr('6. cikk, 8. cikk, 9. cikk'), infotv, kot('14. §')],
  },
  {
    slug: 'onkentesprogram-inditasa',
    kind: 'article',
    category: 'programs',
    audiences: ['organization', 'company'],
    title: 'Hogyan indítsunk önkéntesprogramot egy szervezetben?',
    summary: 'Bejelentés, felelős koordinátor, világos feladatok, szerződés és nyilvántartás, felkészítés és elismerés: a jól működő önkéntesprogram lépései.',
    body: `## 1. Jogi alapok

- Ellenőrizze, hogy a szervezet **fogadó szervezet** lehet-e, és mely feladataihoz (Köt. 3. §).
- **Jelentse be** az önkéntesek fogadását, mielőtt az első önkéntes megérkezik (Köt. 11. §).

## 2. Felelős és feladatok

- Nevezzen ki egy **önkéntes-koordinátort**, aki az önkéntesek első számú kapcsolattartója.
- Írja le a **feladatokat**: mit, hol, mikor, milyen feltételekkel (életkor, végzettség, egészségügyi alkalmasság).

## 3. Szerződés és nyilvántartás

- Kössön **szerződést**, írásban, ha a törvény előírja (Köt. 6. §).
- Vezesse a **nyilvántartást** (Köt. 14. §), és rögzítse a juttatásokat.

## 4. Felkészítés és biztonság

- Tartson **bevezető** (induló) foglalkozást: a szervezet, a feladat, a biztonsági szabályok.
- Gondoskodjon a biztonságos körülményekről, és mérlegelje a felelősségbiztosítást.

## 5. Kísérés és elismerés

- Rendszeres **visszajelzés**, kérdezzen rá, hogyan érzi magát az önkéntes.
- **Ismerje el** a munkát: igazolás, köszönet, közös esemény.

Az Önkéntes Központ képzései ezekhez a lépésekhez adnak segítséget.`,
    sources: [kot('3. §'), kot('6. §'), kot('11. §'), kot('14. §')],
  },
  {
    slug: 'gyik-egynapos-onkentesseg-szerzodes',
    kind: 'faq',
    category: 'law',
    audiences: ['organization', 'volunteer'],
    title: 'Egynapos önkéntes munkához kell írásos szerződés?',
    summary: 'Felnőttnél általában nem, ha nem kap juttatást és nem kéri; 18 év alatti önkéntesnél legalább két napos tevékenységhez már kell.',
    body: `Nagykorú önkéntesnél egy napos tevékenységhez elég a szóbeli megállapodás – kivéve, ha az önkéntes juttatást kap (a munkaruha, a védőfelszerelés és a jutalom kivételével), külföldön dolgozik, nem EGT-állampolgár, vagy ha ő maga kéri az írásba foglalást. 18 év alatti önkéntesnél legalább **két napos** tevékenységhez már írásos szerződés kell.`,
    sources: [kot('6. §')],
  },
  {
    slug: 'gyik-hany-evesen-lehet-onkentes',
    kind: 'faq',
    category: 'minors',
    audiences: ['volunteer', 'public'],
    title: 'Hány éves kortól lehetek önkéntes?',
    summary: '10 éves kortól; 18 éves korodig a szüleid (törvényes képviselőd) közreműködése kell, és rövidebb ideig dolgozhatsz.',
    body: `A 10. életéved betöltése után lehetsz önkéntes. 14 éves korodig a szüleid (törvényes képviselőd) kötik meg helyetted a szerződést, 14 és 18 év között te írod alá, de a szüleid hozzájárulásával. 18 év alatt este 8 és reggel 6 között nem önkénteskedhetsz, és a napi, heti óraszámod is korlátozott.`,
    sources: [kot('4. §'), kot('5. §')],
  },
  {
    slug: 'gyik-iksz-50-ora',
    kind: 'faq',
    category: 'school',
    audiences: ['volunteer', 'school'],
    title: 'Mennyi közösségi szolgálat kell az érettségihez?',
    summary: '50 óra, amelyet jellemzően a 9–11. évfolyamon teljesítesz; az iskolád igazolja.',
    body: `Az érettségi vizsga megkezdéséhez 50 óra igazolt iskolai közösségi szolgálat kell. Jellemzően a 9–11. évfolyamon, három tanév alatt teljesíted; ebbe legfeljebb 5 óra felkészítés és 5 óra záró foglalkozás is beleszámít. Tanítási napon alkalmanként legfeljebb 3, tanítás nélküli napon legfeljebb 5 órát végezhetsz.`,
    sources: [nkt('6. § (4)'), emmiRendelet133],
  },
];
