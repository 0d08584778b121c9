import type { Translation } from './index.js';

/**
 * What trainings tell people (issue 14): the mails about a registration — informal ("te") to
 * volunteers and walk-ins, formal ("Ön") to an organization's staff member (trainings/training-mails.ts);
 * why a registration is refused, to the person themself or to whoever registers them; the staff's
 * form errors (formal) and the messages after a step.
 */
export const hu = {
  'trainings.reason.self.birth_date_missing': 'Add meg a születési dátumodat a profilodban: az életkort az alkalom napján ellenőrizni kell (Köt. 4. §).',
  'trainings.reason.self.under_10': 'Önkéntes képzésen 10 éves kortól lehet részt venni (Köt. 4. §).',
  'trainings.reason.self.below_min_age': 'Ehhez a képzéshez legalább {minAge} évesnek kell lenned az alkalom napján.',
  'trainings.reason.self.under_16': '16 év alatt a szülő vagy gondviselő hozzájárulása szükséges a jelentkezéshez.',
  'trainings.reason.self.minor_night': '18 év alatt 20 és 6 óra között nem vehetsz részt a foglalkozáson.',
  'trainings.reason.self.minor_too_long': 'A korodban naponta legfeljebb {hours} óra foglalkozás megengedett.',
  'trainings.reason.self.closed': 'Erre az alkalomra már nem lehet jelentkezni (elkezdődött, elmarad, vagy a képzés nem nyilvános).',
  'trainings.reason.self.no_profile': 'Jelentkezéshez előbb hozd létre az önkéntes profilodat.',
  'trainings.reason.other.birth_date_missing': 'az önkéntes születési dátuma hiányzik (Köt. 4. §).',
  'trainings.reason.other.under_10': '10 év alatti (Köt. 4. §).',
  'trainings.reason.other.below_min_age': 'a korhatár {minAge} év (az alkalom napján {age} éves).',
  'trainings.reason.other.under_16': '16 év alatti, a szülő hozzájárulása hiányzik.',
  'trainings.reason.other.minor_night': 'kiskorú, az alkalom 20 és 6 óra közé esik.',
  'trainings.reason.other.minor_too_long': 'kiskorú, naponta legfeljebb {hours} óra megengedett.',
  'trainings.reason.other.closed': 'az alkalomra már nem lehet jelentkezni.',
  'trainings.reason.other.no_profile': 'nincs önkéntes profilja.',
  'trainings.mail.online': 'online: {url}',
  'trainings.mail.registered.subject': 'Jelentkezés: {course}, {when}',
  'trainings.mail.registered.informal':
    'Kedves {name}!\n\nRögzítettük a jelentkezésedet.\n\nKépzés: {course}\nIdőpont: {when}\nHelyszín: {where}\n\nHa mégsem tudsz jönni, mondd le itt, hogy más kaphassa meg a helyedet: {mine}\n\nÜdvözlettel:\naz Önkéntes Központ',
  'trainings.mail.registered.formal':
    'Tisztelt {name}!\n\nRögzítettük a jelentkezését.\n\nKépzés: {course}\nIdőpont: {when}\nHelyszín: {where}\n\nHa mégsem tud részt venni, kérjük, mondja le, hogy más kaphassa meg a helyet: {mine}\n\nÜdvözlettel:\naz Önkéntes Központ',
  'trainings.mail.waitlisted.subject': 'Várólista: {course}, {when}',
  'trainings.mail.waitlisted.informal':
    'Kedves {name}!\n\nAz alkalom betelt, ezért a várólistára kerültél.\n\nKépzés: {course}\nIdőpont: {when}\n\nHa hely szabadul fel, e-mailben felajánljuk; a helyzetedet itt látod: {mine}\n\nÜdvözlettel:\naz Önkéntes Központ',
  'trainings.mail.waitlisted.formal':
    'Tisztelt {name}!\n\nAz alkalom betelt, ezért a várólistára került.\n\nKépzés: {course}\nIdőpont: {when}\n\nHa hely szabadul fel, e-mailben felajánljuk: {mine}\n\nÜdvözlettel:\naz Önkéntes Központ',
  'trainings.mail.offer.subject': 'Felszabadult egy hely: {course}, {when}',
  'trainings.mail.offer.informal':
    'Kedves {name}!\n\nFelszabadult egy hely, és a várólistán te következel.\n\nKépzés: {course}\nIdőpont: {when}\nHelyszín: {where}\n\nA helyet {until}-ig tartjuk fenn. Itt fogadhatod el vagy utasíthatod vissza: {link}\n(Ha nincs fiókod, jelezd a központnak.)\n\nÜdvözlettel:\naz Önkéntes Központ',
  'trainings.mail.offer.formal':
    'Tisztelt {name}!\n\nFelszabadult egy hely, és a várólistán Ön következik.\n\nKépzés: {course}\nIdőpont: {when}\nHelyszín: {where}\n\nA helyet {until}-ig tartjuk fenn. Itt fogadhatja el vagy utasíthatja vissza: {link}\n\nÜdvözlettel:\naz Önkéntes Központ',
  'trainings.mail.offerExpired.subject': 'Lejárt a felajánlott hely: {course}',
  'trainings.mail.offerExpired.informal':
    'Kedves {name}!\n\nA(z) {course} ({when}) felajánlott helyét nem erősítetted meg a határidőig, ezért a várólistán következő kapta meg.\n\nTovábbi alkalmak: {link}\n\nÜdvözlettel:\naz Önkéntes Központ',
  'trainings.mail.offerExpired.formal':
    'Tisztelt {name}!\n\nA(z) {course} ({when}) felajánlott helyét nem erősítette meg a határidőig, ezért a várólistán következő kapta meg.\n\nTovábbi alkalmak: {link}\n\nÜdvözlettel:\naz Önkéntes Központ',
  'trainings.mail.removed.subject': 'Jelentkezés törölve: {course}, {when}',
  'trainings.mail.removed.informal':
    'Kedves {name}!\n\nA(z) {course} ({when}) alkalomra szóló jelentkezésedet a szervező vagy a jelentkeztetőd lemondta. Kérdés esetén keresd a központot.\n\nTovábbi alkalmak: {link}\n\nÜdvözlettel:\naz Önkéntes Központ',
  'trainings.mail.removed.formal':
    'Tisztelt {name}!\n\nA(z) {course} ({when}) alkalomra szóló jelentkezését a szervező vagy a szervezete lemondta. Kérdés esetén keresse a központot.\n\nTovábbi alkalmak: {link}\n\nÜdvözlettel:\naz Önkéntes Központ',
  'trainings.mail.sessionCancelled.subject': 'Elmarad: {course}, {when}',
  'trainings.mail.sessionCancelled.informal':
    'Kedves {name}!\n\nSajnáljuk, a(z) {course} {when} kezdetű alkalma elmarad, ezért a jelentkezésed megszűnt.\n\nTovábbi alkalmak: {link}\n\nÜdvözlettel:\naz Önkéntes Központ',
  'trainings.mail.sessionCancelled.formal':
    'Tisztelt {name}!\n\nSajnáljuk, a(z) {course} {when} kezdetű alkalma elmarad, ezért a jelentkezése megszűnt.\n\nTovábbi alkalmak: {link}\n\nÜdvözlettel:\naz Önkéntes Központ',
  'trainings.mail.sessionChanged.subject': 'Megváltozott: {course}, {when}',
  'trainings.mail.sessionChanged.informal':
    'Kedves {name}!\n\nA(z) {course} alkalmának ideje vagy helye megváltozott. Az új időpont: {when}, helyszín: {where}. A jelentkezésed érvényes marad; ha így nem tudsz jönni, a „Képzéseim” oldalon lemondhatod: {mine}\n\nÜdvözlettel:\naz Önkéntes Központ',
  'trainings.mail.sessionChanged.formal':
    'Tisztelt {name}!\n\nA(z) {course} alkalmának ideje vagy helye megváltozott. Az új időpont: {when}, helyszín: {where}. A jelentkezése érvényes marad; ha így nem tud részt venni, kérjük, mondja le: {mine}\n\nÜdvözlettel:\naz Önkéntes Központ',
  'trainings.error.slug': 'A webcím 3–80 karakter: kisbetűk, számjegyek és egyes kötőjelek, például „elsosegely-alapkepzes”.',
  'trainings.error.slugReserved': 'Ez a webcím a képzések egy oldaláé. Kérjük, válasszon másikat.',
  'trainings.error.slugTaken': 'Ez a webcím már egy másik képzésé. Kérjük, válasszon másikat.',
  'trainings.error.duration': 'Az időtartam 0,25 és 200 óra között legyen, például 4 vagy 1,5.',
  'trainings.error.validity': 'Az érvényesség 1 és 240 hónap között legyen.',
  'trainings.error.validityWithoutQualification': 'Érvényességet csak a megszerzett képesítéshez adhat meg.',
  'trainings.error.minAge': 'A korhatár 10 és 99 év között legyen (a törvény 10 évtől engedi, Köt. 4. §).',
  'trainings.error.centerRequired': 'Válassza ki a központot.',
  'trainings.error.courseArchived': 'Archivált képzéshez nem hirdethető új alkalom.',
  'trainings.error.placeRequired': 'Adja meg a települést, vagy jelölje az alkalmat online-nak.',
  'trainings.error.onlineUrl': 'Az online elérés http:// vagy https:// kezdetű webcím legyen.',
  'trainings.error.onlineUrlRequired': 'Online alkalomhoz adja meg az elérés webcímét.',
  'trainings.error.trainerRequired': 'Adja meg a képző nevét vagy fiókjának e-mail-címét.',
  'trainings.error.trainerNotFound': 'Nincs fiók ezzel az e-mail-címmel. Adja meg inkább a képző nevét.',
  'trainings.error.capacity': 'A férőhelyek száma 1 és 1000 között legyen.',
  'trainings.error.capacityBelowTaken': 'A férőhelyek száma nem lehet kevesebb a már foglalt {taken} helynél.',
  'trainings.error.holdHours': 'A fenntartás 1 és 336 óra (két hét) között legyen.',
  'trainings.error.adultConfirm': 'Erősítse meg a résztvevő életkorát, vagy regisztrálja önkéntesként a születési dátumával.',
  'trainings.error.notOrganizationPerson': 'Válasszon a szervezet befogadott önkéntesei és munkatársai közül.',
  'trainings.error.confirm': 'A folytatáshoz jelölje be a megerősítést.',
  'trainings.flash.courseCreated': 'A képzést létrehoztuk.',
  'trainings.flash.sessionCreated': 'Az alkalmat meghirdettük.',
  'trainings.flash.sessionCancelled': 'Az alkalom elmarad; a résztvevők e-mailt kaptak.',
  'trainings.flash.sessionClosed': 'Ez az alkalom már elkezdődött vagy elmarad, ezért nem módosítható.',
  'trainings.flash.registered': 'A jelentkezés megtörtént.',
  'trainings.flash.waitlisted': 'Az alkalom betelt: a jelentkezés a várólistára került.',
  'trainings.flash.alreadyRegistered': 'Erre az alkalomra már van jelentkezés; nem változott semmi.',
  'trainings.flash.offerAccepted': 'A felajánlott helyet elfogadtuk.',
  'trainings.flash.offerDeclined': 'A felajánlott helyet a várólistán következő kapja.',
  'trainings.flash.registrationCancelled': 'A jelentkezés lemondva; a hely a várólistán következőé.',
};

export const en: Translation<typeof hu> = {
  'trainings.reason.self.birth_date_missing': 'Add your birth date to your profile: your age on the day of the session must be checked (Köt. 4. §).',
  'trainings.reason.self.under_10': 'Volunteer trainings are open from age 10 (Köt. 4. §).',
  'trainings.reason.self.below_min_age': 'You must be at least {minAge} on the day of the session.',
  'trainings.reason.self.under_16': 'Under 16, a parent or guardian must consent before you register.',
  'trainings.reason.self.minor_night': 'Under 18, you cannot attend between 20:00 and 06:00.',
  'trainings.reason.self.minor_too_long': 'At your age at most {hours} hours a day are allowed.',
  'trainings.reason.self.closed': 'Registration for this session is closed (it started, is cancelled, or the course is not public).',
  'trainings.reason.self.no_profile': 'Create your volunteer profile first to register.',
  'trainings.reason.other.birth_date_missing': 'the volunteer’s birth date is missing (Köt. 4. §).',
  'trainings.reason.other.under_10': 'under 10 (Köt. 4. §).',
  'trainings.reason.other.below_min_age': 'the minimum age is {minAge} ({age} on the day of the session).',
  'trainings.reason.other.under_16': 'under 16, the parent’s consent is missing.',
  'trainings.reason.other.minor_night': 'a minor, and the session falls between 20:00 and 06:00.',
  'trainings.reason.other.minor_too_long': 'a minor, at most {hours} hours a day are allowed.',
  'trainings.reason.other.closed': 'registration for the session is closed.',
  'trainings.reason.other.no_profile': 'has no volunteer profile.',
  'trainings.mail.online': 'online: {url}',
  'trainings.mail.registered.subject': 'Registration: {course}, {when}',
  'trainings.mail.registered.informal':
    'Dear {name},\n\nyour registration is recorded.\n\nCourse: {course}\nWhen: {when}\nWhere: {where}\n\nIf you cannot come after all, please cancel here so someone else can have your seat: {mine}\n\nBest regards,\nthe Volunteer Center',
  'trainings.mail.registered.formal':
    'Dear {name},\n\nyour registration is recorded.\n\nCourse: {course}\nWhen: {when}\nWhere: {where}\n\nIf you cannot attend after all, please cancel so someone else can have the seat: {mine}\n\nBest regards,\nthe Volunteer Center',
  'trainings.mail.waitlisted.subject': 'Waitlist: {course}, {when}',
  'trainings.mail.waitlisted.informal':
    'Dear {name},\n\nthe session is full, so you are on its waitlist.\n\nCourse: {course}\nWhen: {when}\n\nIf a seat frees up, we offer it to you by e-mail; see your place here: {mine}\n\nBest regards,\nthe Volunteer Center',
  'trainings.mail.waitlisted.formal':
    'Dear {name},\n\nthe session is full, so you are on its waitlist.\n\nCourse: {course}\nWhen: {when}\n\nIf a seat frees up, we offer it to you by e-mail: {mine}\n\nBest regards,\nthe Volunteer Center',
  'trainings.mail.offer.subject': 'A seat is free: {course}, {when}',
  'trainings.mail.offer.informal':
    'Dear {name},\n\na seat has freed up and you are next on the waitlist.\n\nCourse: {course}\nWhen: {when}\nWhere: {where}\n\nThe seat is held until {until}. Accept or decline it here: {link}\n(Without an account, please tell the center.)\n\nBest regards,\nthe Volunteer Center',
  'trainings.mail.offer.formal':
    'Dear {name},\n\na seat has freed up and you are next on the waitlist.\n\nCourse: {course}\nWhen: {when}\nWhere: {where}\n\nThe seat is held until {until}. Accept or decline it here: {link}\n\nBest regards,\nthe Volunteer Center',
  'trainings.mail.offerExpired.subject': 'Your offered seat expired: {course}',
  'trainings.mail.offerExpired.informal':
    'Dear {name},\n\nyou did not confirm the seat offered for {course} ({when}) in time, so it went to the next on the waitlist.\n\nMore sessions: {link}\n\nBest regards,\nthe Volunteer Center',
  'trainings.mail.offerExpired.formal':
    'Dear {name},\n\nthe seat offered for {course} ({when}) was not confirmed in time, so it went to the next on the waitlist.\n\nMore sessions: {link}\n\nBest regards,\nthe Volunteer Center',
  'trainings.mail.removed.subject': 'Registration cancelled: {course}, {when}',
  'trainings.mail.removed.informal':
    'Dear {name},\n\nyour registration for {course} ({when}) was cancelled by the organizer or by whoever registered you. Please contact the center with any question.\n\nMore sessions: {link}\n\nBest regards,\nthe Volunteer Center',
  'trainings.mail.removed.formal':
    'Dear {name},\n\nyour registration for {course} ({when}) was cancelled by the organizer or by your organization. Please contact the center with any question.\n\nMore sessions: {link}\n\nBest regards,\nthe Volunteer Center',
  'trainings.mail.sessionCancelled.subject': 'Cancelled: {course}, {when}',
  'trainings.mail.sessionCancelled.informal':
    'Dear {name},\n\nwe are sorry: the session of {course} starting {when} is cancelled, so your registration has ended.\n\nMore sessions: {link}\n\nBest regards,\nthe Volunteer Center',
  'trainings.mail.sessionCancelled.formal':
    'Dear {name},\n\nwe are sorry: the session of {course} starting {when} is cancelled, so your registration has ended.\n\nMore sessions: {link}\n\nBest regards,\nthe Volunteer Center',
  'trainings.mail.sessionChanged.subject': 'Changed: {course}, {when}',
  'trainings.mail.sessionChanged.informal':
    'Dear {name},\n\nthe time or place of the session of {course} has changed. New time: {when}, place: {where}. Your registration stays; if you cannot come now, cancel it on "My trainings": {mine}\n\nBest regards,\nthe Volunteer Center',
  'trainings.mail.sessionChanged.formal':
    'Dear {name},\n\nthe time or place of the session of {course} has changed. New time: {when}, place: {where}. Your registration stays; if you cannot attend now, please cancel it: {mine}\n\nBest regards,\nthe Volunteer Center',
  'trainings.error.slug': 'The web address is 3–80 characters: lower-case letters, digits and single hyphens, e.g. “first-aid-basics”.',
  'trainings.error.slugReserved': 'This web address belongs to a page of trainings. Please choose another.',
  'trainings.error.slugTaken': 'Another course has this web address. Please choose another.',
  'trainings.error.duration': 'The duration must be between 0.25 and 200 hours, e.g. 4 or 1.5.',
  'trainings.error.validity': 'The validity must be between 1 and 240 months.',
  'trainings.error.validityWithoutQualification': 'A validity can only be given for a qualification granted.',
  'trainings.error.minAge': 'The minimum age must be between 10 and 99 (the law allows volunteering from 10, Köt. 4. §).',
  'trainings.error.centerRequired': 'Choose the center.',
  'trainings.error.courseArchived': 'No new session can be scheduled for an archived course.',
  'trainings.error.placeRequired': 'Enter the settlement, or mark the session as online.',
  'trainings.error.onlineUrl': 'The online link must be a web address starting with http:// or https://.',
  'trainings.error.onlineUrlRequired': 'Enter the link of the online session.',
  'trainings.error.trainerRequired': 'Enter the trainer’s name or their account’s e-mail address.',
  'trainings.error.trainerNotFound': 'No account has this e-mail address. Enter the trainer’s name instead.',
  'trainings.error.capacity': 'The number of seats must be between 1 and 1000.',
  'trainings.error.capacityBelowTaken': 'The number of seats cannot be less than the {taken} already taken.',
  'trainings.error.holdHours': 'The hold must be between 1 and 336 hours (two weeks).',
  'trainings.error.adultConfirm': 'Confirm the participant’s age, or register them as a volunteer with their birth date.',
  'trainings.error.notOrganizationPerson': 'Choose one of the organization’s placed volunteers or staff members.',
  'trainings.error.confirm': 'Tick the confirmation to continue.',
  'trainings.flash.courseCreated': 'The course has been created.',
  'trainings.flash.sessionCreated': 'The session has been scheduled.',
  'trainings.flash.sessionCancelled': 'The session is cancelled; the participants have been told by e-mail.',
  'trainings.flash.sessionClosed': 'This session has started or is cancelled, so it cannot be changed.',
  'trainings.flash.registered': 'The registration is done.',
  'trainings.flash.waitlisted': 'The session is full: the registration is on the waitlist.',
  'trainings.flash.alreadyRegistered': 'There already is a registration for this session; nothing changed.',
  'trainings.flash.offerAccepted': 'The offered seat is accepted.',
  'trainings.flash.offerDeclined': 'The offered seat goes to the next on the waitlist.',
  'trainings.flash.registrationCancelled': 'The registration is cancelled; the seat goes to the next on the waitlist.',
};
