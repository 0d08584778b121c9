/**
 * Fictional Hungarian texts for the demo brokering data. Every organization, person and address
 * is invented; settlements are real (Bács-Kiskun), looked up in the places table at seed time.
 */
export type DemoOrganization = {
  name: string;
  hostType: 'local_government' | 'nationality_self_government' | 'budgetary_body' | 'civil' | 'church' | 'licensed_provider' | 'other';
  causes: string[];
  description: string;
  /** Left out: approved. A few wait in the center's vetting queue. */
  status?: 'submitted' | 'needs_changes';
};

export const demoOrganizations: DemoOrganization[] = [
  {
    name: 'Zöld Homok Környezetvédő Egyesület',
    hostType: 'civil',
    causes: ['kornyezetvedelem', 'orokseg'],
    description: 'Faültetés, szemétszedés és homokpusztai élőhelyek védelme a Kiskunságban.',
  },
  {
    name: 'Mosolyhíd Gyermekjóléti Alapítvány',
    hostType: 'civil',
    causes: ['gyermekek-fiatalok', 'hatranyos-helyzet'],
    description: 'Korrepetálás, nyári táborok és szabadidős programok hátrányos helyzetű gyerekeknek.',
  },
  {
    name: 'Napfény Idősek Otthona',
    hostType: 'licensed_provider',
    causes: ['idosek', 'szocialis'],
    description: 'Bentlakásos idősotthon; önkéntesek beszélgetnek, sétálnak és játszanak a lakókkal.',
  },
  {
    name: 'Városi Önkormányzat Polgármesteri Hivatala',
    hostType: 'local_government',
    causes: ['kozossegfejlesztes', 'kultura'],
    description: 'Városi rendezvények, ünnepségek és közösségi programok szervezése.',
  },
  {
    name: 'Szent Erzsébet Karitász Csoport',
    hostType: 'church',
    causes: ['szocialis', 'hatranyos-helyzet'],
    description: 'Ételosztás, ruhagyűjtés és családlátogatás a plébánia közösségével.',
  },
  {
    name: 'Mancs-Menedék Állatvédő Egyesület',
    hostType: 'civil',
    causes: ['allatvedelem'],
    description: 'Gazdátlan kutyák és macskák ellátása, sétáltatása és örökbeadása.',
  },
  {
    name: 'Kiskunsági Mentőcsoport Egyesület',
    hostType: 'civil',
    causes: ['katasztrofavedelem', 'egeszsegugy'],
    description: 'Önkéntes mentőcsoport: árvízi és viharkár-elhárítás, rendezvénybiztosítás.',
  },
  {
    name: 'Megyei Kórház Betegtámogató Szolgálata',
    hostType: 'budgetary_body',
    causes: ['egeszsegugy'],
    description: 'Betegkísérés, könyvtári szolgálat és várótermi programok a kórházban.',
  },
  {
    name: 'Homokhát Kulturális Egyesület',
    hostType: 'civil',
    causes: ['kultura', 'orokseg'],
    description: 'Néptánc, helytörténeti gyűjtés és falusi fesztiválok.',
  },
  {
    name: 'Esély Fogyatékosügyi Szolgáltató Központ',
    hostType: 'licensed_provider',
    causes: ['fogyatekossag', 'szocialis'],
    description: 'Nappali ellátás és foglalkoztatás fogyatékossággal élő felnőtteknek.',
  },
  {
    name: 'Duna-parti Sportegyesület',
    hostType: 'civil',
    causes: ['sport', 'gyermekek-fiatalok'],
    description: 'Utánpótlás-nevelés, futóversenyek és vízi sportnapok szervezése.',
  },
  {
    name: 'Városi Könyvtár és Közösségi Ház',
    hostType: 'budgetary_body',
    causes: ['kultura', 'oktatas'],
    description: 'Olvasókörök, digitális tanfolyamok időseknek és családi programok.',
  },
  {
    name: 'Tanyagondnoki Szolgálat Nonprofit Kft.',
    hostType: 'licensed_provider',
    causes: ['idosek', 'szocialis'],
    description: 'Tanyán élő idősek bevásárlása, gyógyszerkiváltása és látogatása.',
  },
  {
    name: 'Harmónia Családsegítő Egyesület',
    hostType: 'civil',
    causes: ['szocialis', 'gyermekek-fiatalok'],
    description: 'Családi napok, szülőklub és adománygyűjtés rászoruló családoknak.',
  },
  {
    name: 'Német Nemzetiségi Önkormányzat',
    hostType: 'nationality_self_government',
    causes: ['kultura', 'orokseg'],
    description: 'A sváb hagyományok ápolása: bálok, kórus, nyelvi tábor.',
  },
  {
    name: 'Horvát Nemzetiségi Önkormányzat',
    hostType: 'nationality_self_government',
    causes: ['kultura', 'oktatas'],
    description: 'Bunyevác és sokac hagyományőrző programok, nyelvi szakkör.',
  },
  {
    name: 'Madárbarát Kertek Egyesület',
    hostType: 'civil',
    causes: ['kornyezetvedelem', 'oktatas'],
    description: 'Iskolakertek, madárodúk és természetismereti foglalkozások.',
  },
  {
    name: 'Református Diakóniai Szolgálat',
    hostType: 'church',
    causes: ['idosek', 'szocialis'],
    description: 'Házi segítségnyújtás, idősek napközije és ünnepi csomagok.',
  },
  {
    name: 'Ifjúsági Közösségi Tér Egyesület',
    hostType: 'civil',
    causes: ['gyermekek-fiatalok', 'kozossegfejlesztes'],
    description: 'Nyitott ifjúsági klub, önkéntes diákprojektek és pályaorientáció.',
  },
  {
    name: 'Élelmiszerbank Regionális Raktár',
    hostType: 'civil',
    causes: ['hatranyos-helyzet', 'szocialis'],
    description: 'Élelmiszer-mentés, válogatás és szétosztás partnerszervezeteken keresztül.',
  },
  {
    name: 'Vöröskereszt Területi Szervezet',
    hostType: 'civil',
    causes: ['egeszsegugy', 'katasztrofavedelem'],
    description: 'Véradások szervezése, elsősegély-oktatás és katasztrófa-segítségnyújtás.',
  },
  {
    name: 'Tájház és Helytörténeti Gyűjtemény',
    hostType: 'budgetary_body',
    causes: ['orokseg', 'kultura'],
    description: 'Múzeumpedagógia, tárgygyűjtés és kézműves foglalkozások.',
  },
  {
    name: 'Kertváros Közösségfejlesztő Egyesület',
    hostType: 'civil',
    causes: ['kozossegfejlesztes', 'kornyezetvedelem'],
    description: 'Közösségi kert, lomtalanítás és szomszédsági ünnepek.',
  },
  {
    name: 'Szivárvány Általános Iskola',
    hostType: 'licensed_provider',
    causes: ['oktatas', 'gyermekek-fiatalok'],
    description: 'Tanodai korrepetálás, olvasásfejlesztés és iskolai rendezvények.',
  },
  {
    name: 'Lovasterápiás Alapítvány',
    hostType: 'civil',
    causes: ['fogyatekossag', 'egeszsegugy', 'allatvedelem'],
    description: 'Gyógylovaglás fogyatékossággal élő gyerekeknek; lovak gondozása.',
  },
  {
    name: 'Bringás Város Egyesület',
    hostType: 'civil',
    causes: ['kornyezetvedelem', 'sport'],
    description: 'Kerékpáros programok, szerelőműhely és biztonságos közlekedés oktatása.',
  },
  {
    name: 'Hajléktalanokért Közalapítvány',
    hostType: 'civil',
    causes: ['hatranyos-helyzet', 'szocialis'],
    description: 'Téli krízisszolgálat, meleg étel és utcai gondozás.',
    status: 'submitted',
  },
  {
    name: 'Digitális Esély Egyesület',
    hostType: 'civil',
    causes: ['oktatas', 'idosek'],
    description: 'Okostelefon- és számítógép-használat tanítása időseknek.',
    status: 'submitted',
  },
  {
    name: 'Jószomszéd Kft.',
    hostType: 'other',
    causes: ['kozossegfejlesztes'],
    description: 'Céges önkéntes napok szervezése helyi partnereknek.',
    status: 'needs_changes',
  },
  {
    name: 'Dallam Zeneiskola Baráti Köre',
    hostType: 'civil',
    causes: ['kultura', 'gyermekek-fiatalok'],
    description: 'Koncertek, hangszergyűjtés és zenei tábor tehetséges gyerekeknek.',
    status: 'submitted',
  },
];

export type DemoOpportunityTemplate = {
  title: string;
  description: string;
  causes: string[];
  skills: string[];
  kind: 'one_off' | 'regular' | 'ongoing';
  minAge?: number;
  groupFriendly?: boolean;
  requiresConduct?: boolean;
  requiresHealth?: boolean;
  requiredQualifications?: string[];
  languages?: string[];
  remote?: boolean;
};

export const demoOpportunityTemplates: DemoOpportunityTemplate[] = [
  {
    title: 'Faültetés a város szélén',
    description: 'Őshonos fákat ültetünk a helyi erdősávba. Szerszámot, kesztyűt és uzsonnát biztosítunk.',
    causes: ['kornyezetvedelem'],
    skills: ['kerteszkedes'],
    kind: 'one_off',
    minAge: 12,
    groupFriendly: true,
  },
  {
    title: 'Szemétszedési akció a holtágnál',
    description: 'Közös hulladékgyűjtés a vízpart mentén; zsákot és láthatósági mellényt adunk.',
    causes: ['kornyezetvedelem'],
    skills: [],
    kind: 'one_off',
    minAge: 10,
    groupFriendly: true,
  },
  {
    title: 'Korrepetálás általános iskolásoknak',
    description: 'Heti egy délután matematika és magyar korrepetálás tanodai gyerekeknek.',
    causes: ['oktatas', 'gyermekek-fiatalok'],
    skills: ['korrepetalas'],
    kind: 'regular',
    minAge: 16,
    requiresConduct: true,
  },
  {
    title: 'Beszélgetőtárs idős lakóknak',
    description: 'Látogass el hozzánk hetente, beszélgess, olvass fel vagy társasjátékozz a lakókkal.',
    causes: ['idosek', 'szocialis'],
    skills: ['gondozas'],
    kind: 'regular',
    minAge: 16,
  },
  {
    title: 'Ételosztás a népkonyhán',
    description: 'Meleg étel kiosztása és a terem rendben tartása a déli órákban.',
    causes: ['szocialis', 'hatranyos-helyzet'],
    skills: ['fozes'],
    kind: 'regular',
    minAge: 14,
    requiresHealth: true,
    groupFriendly: true,
  },
  {
    title: 'Kutyasétáltatás a menhelyen',
    description: 'Menhelyi kutyák sétáltatása és szocializálása hétvégén, tapasztalt önkéntes mellett.',
    causes: ['allatvedelem'],
    skills: [],
    kind: 'regular',
    minAge: 14,
  },
  {
    title: 'Véradónap szervezése',
    description: 'Regisztráció, frissítő kiosztása és a véradók fogadása a véradónapon.',
    causes: ['egeszsegugy'],
    skills: ['szervezes'],
    kind: 'one_off',
    minAge: 16,
  },
  {
    title: 'Rendezvénybiztosítás elsősegélynyújtóként',
    description: 'Városi futóversenyen elsősegély-pont működtetése a mentőcsoporttal.',
    causes: ['egeszsegugy', 'sport'],
    skills: ['elsosegely'],
    kind: 'one_off',
    minAge: 18,
    requiredQualifications: ['Elsősegély-tanfolyam'],
  },
  {
    title: 'Falunapi segítő',
    description: 'Színpad körüli segítség, gyerekprogramok és információs pult a falunapon.',
    causes: ['kozossegfejlesztes', 'kultura'],
    skills: ['szervezes'],
    kind: 'one_off',
    minAge: 12,
    groupFriendly: true,
  },
  {
    title: 'Bevásárlás tanyán élő időseknek',
    description: 'Heti bevásárlás és gyógyszerkiváltás autóval a tanyagondnok kíséretében.',
    causes: ['idosek'],
    skills: ['jogositvany'],
    kind: 'regular',
    minAge: 18,
    requiresConduct: true,
  },
  {
    title: 'Élelmiszer-válogatás a raktárban',
    description: 'Adományok válogatása, csomagolása és a szétosztás előkészítése.',
    causes: ['hatranyos-helyzet'],
    skills: [],
    kind: 'regular',
    minAge: 14,
    groupFriendly: true,
  },
  {
    title: 'Okostelefon-tanfolyam időseknek',
    description: 'Kiscsoportos foglalkozás: üzenetküldés, videóhívás és biztonságos netezés.',
    causes: ['oktatas', 'idosek'],
    skills: ['informatika'],
    kind: 'regular',
    minAge: 16,
  },
  {
    title: 'Közösségi média kezelése',
    description: 'Egyesületünk Facebook-oldalának és hírlevelének szerkesztése, akár otthonról.',
    causes: ['kozossegfejlesztes'],
    skills: ['kommunikacio', 'grafika'],
    kind: 'ongoing',
    minAge: 16,
    remote: true,
  },
  {
    title: 'Honlapfordítás angolra',
    description: 'Rövid bemutatkozó szövegek és pályázati összefoglalók fordítása angolra.',
    causes: ['kultura'],
    skills: ['forditas'],
    kind: 'ongoing',
    minAge: 16,
    remote: true,
    languages: ['en'],
  },
  {
    title: 'Néptánctábor segítő',
    description: 'Gyerekfelügyelet, étkeztetés segítése és esti programok a nyári néptánctáborban.',
    causes: ['kultura', 'gyermekek-fiatalok'],
    skills: ['szervezes'],
    kind: 'one_off',
    minAge: 18,
    requiresConduct: true,
  },
  {
    title: 'Gyógylovaglás segítő',
    description: 'A lovak vezetése és a gyerekek kísérése a terápiás foglalkozásokon.',
    causes: ['fogyatekossag', 'allatvedelem'],
    skills: [],
    kind: 'regular',
    minAge: 16,
    requiresHealth: true,
  },
  {
    title: 'Kerékpárszerelő műhely',
    description: 'Adományba kapott kerékpárok javítása rászoruló családok gyerekeinek.',
    causes: ['sport', 'hatranyos-helyzet'],
    skills: ['barkacsolas'],
    kind: 'regular',
    minAge: 14,
    groupFriendly: true,
  },
  {
    title: 'Múzeumpedagógiai foglalkozás',
    description: 'Kézműves foglalkozás vezetése iskolai csoportoknak a tájházban.',
    causes: ['orokseg', 'oktatas'],
    skills: ['kezmuvesseg'],
    kind: 'regular',
    minAge: 16,
  },
  {
    title: 'Árvízvédelmi készenlét',
    description: 'Homokzsákok töltése és gátfigyelés szükség esetén; felkészítő nappal.',
    causes: ['katasztrofavedelem'],
    skills: [],
    kind: 'ongoing',
    minAge: 18,
    requiresHealth: true,
    groupFriendly: true,
  },
  {
    title: 'Könyvtári mesedélután',
    description: 'Felolvasás és rajzos játék óvodásoknak szombat délelőttönként.',
    causes: ['kultura', 'gyermekek-fiatalok'],
    skills: [],
    kind: 'regular',
    minAge: 14,
  },
  {
    title: 'Könyvelési segítség civil szervezetnek',
    description: 'Az éves beszámoló előkészítése és a számlák rendszerezése, távolról is.',
    causes: ['kozossegfejlesztes'],
    skills: ['konyveles'],
    kind: 'ongoing',
    minAge: 18,
    remote: true,
  },
  {
    title: 'Jótékonysági koncert szervezése',
    description: 'Jegyárusítás, helyszín berendezése és a fellépők fogadása.',
    causes: ['kultura'],
    skills: ['zene', 'szervezes'],
    kind: 'one_off',
    minAge: 14,
    groupFriendly: true,
  },
  {
    title: 'Ifjúsági klub programfelelős',
    description: 'Heti klubestek előkészítése: társasjáték, filmklub, beszélgetések.',
    causes: ['gyermekek-fiatalok', 'kozossegfejlesztes'],
    skills: ['szervezes', 'kommunikacio'],
    kind: 'regular',
    minAge: 18,
    requiresConduct: true,
  },
  {
    title: 'Sportnap lebonyolítása',
    description: 'Állomások vezetése és eredményrögzítés a családi sportnapon.',
    causes: ['sport'],
    skills: ['sportedzes'],
    kind: 'one_off',
    minAge: 14,
    groupFriendly: true,
  },
];
