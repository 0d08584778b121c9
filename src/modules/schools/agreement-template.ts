import type { MessageKey, Translate } from '../../platform/i18n.js';
import { ikszAreaSection } from '../iksz/areas.js';

/**
 * The cooperation agreement's default text (HUNGARY.md §2.2: with an external host and a mentor a
 * cooperation agreement is required; it must contain the parties' data and obligations, the duration,
 * and the mentor's name and tasks). Formal Hungarian, as a legal document. The coordinator sees it
 * filled in and may edit it before saving; the saved text is what the PDF prints.
 * Placeholders: {name} in braces; an unknown one stays as written.
 */
export const defaultAgreementTemplate = `EGYÜTTMŰKÖDÉSI MEGÁLLAPODÁS
az iskolai közösségi szolgálat teljesítéséről

amely létrejött egyrészről a(z) {iskola_neve} (OM-azonosító: {iskola_om}; cím: {iskola_cime}), a továbbiakban: Iskola,
másrészről a(z) {fogado_neve} (cím: {fogado_cime}), a továbbiakban: Fogadó szervezet
– a továbbiakban együtt: Felek – között az alábbi feltételekkel.

1. A megállapodás tárgya
A Felek a nemzeti köznevelésről szóló 2011. évi CXC. törvény 6. § (4) bekezdése és a 20/2012. (VIII. 31.) EMMI rendelet 133. §-a alapján együttműködnek az Iskola tanulói közösségi szolgálatának megszervezésében. A közösségi szolgálat területei (${ikszAreaSection}): {teruletek}.

2. A megállapodás időtartama
A megállapodás {kezdete} napjától {vege} napjáig hatályos.

3. Az Iskola kötelezettségei
a) Kijelöli a közösségi szolgálatot koordináló pedagógust, felkészíti a tanulókat a tevékenységre, és megtartja a felkészítő és záró foglalkozásokat (133. § (5)).
b) Beszerzi a tanulók jelentkezési lapját a szülő (gondviselő) egyetértő nyilatkozatával.
c) Nyilvántartja a teljesített órákat, és azokat a tanulók dokumentumaiban rögzíti.

4. A Fogadó szervezet kötelezettségei
a) A tanulókat a megállapodásban rögzített területeken, életkoruknak megfelelő, munkaköri feladatnak nem minősülő tevékenységgel foglalkoztatja.
b) Mentort biztosít (133. § (3)), és gondoskodik a tanulók munka- és balesetvédelmi oktatásáról.
c) A tevékenységet 60 perces órákban, az utazási idő beszámítása nélkül igazolja (133. § (6)), és betartja a foglalkozások napi időkereteit (133. § (7)).
d) A tanuló naplójában igazolja az elvégzett tevékenységet.

5. A mentor
A Fogadó szervezet mentora: {mentor_neve}.
A mentor feladatai: {mentor_feladatai}

6. Egyéb rendelkezések
A Felek a tanulók személyes adatait kizárólag a közösségi szolgálat megszervezéséhez és igazolásához szükséges mértékben kezelik. A megállapodás két eredeti példányban készült, amelyekből egy-egy példány a Feleket illeti.`;

export type AgreementParties = {
  school: { name: string; omId: string; address: string };
  host: { name: string; address: string };
  startsOn: string;
  endsOn: string;
  mentorName: string;
  mentorTasks: string;
  areas: readonly string[];
};

/** "2026-09-01" → "2026. 09. 01." as Hungarian legal documents write a day. */
export function hungarianDay(day: string): string {
  return `${day.slice(0, 4)}. ${day.slice(5, 7)}. ${day.slice(8, 10)}.`;
}

/** Fills the placeholders in; `t` must be the Hungarian translator (the document is Hungarian whatever the reader's language). */
export function fillAgreementTemplate(template: string, parties: AgreementParties, t: Translate): string {
  const areas = parties.areas.map((code) => t(`iksz.area.${code}` as MessageKey)).join('; ');
  const values: Record<string, string> = {
    iskola_neve: parties.school.name,
    iskola_om: parties.school.omId,
    iskola_cime: parties.school.address,
    fogado_neve: parties.host.name,
    fogado_cime: parties.host.address,
    kezdete: hungarianDay(parties.startsOn),
    vege: hungarianDay(parties.endsOn),
    mentor_neve: parties.mentorName,
    mentor_feladatai: parties.mentorTasks,
    teruletek: areas,
  };
  return template.replace(/\{([a-z_]+)\}/g, (whole, name: string) => values[name] ?? whole);
}
