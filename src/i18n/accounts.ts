/**
 * Strings of the accounts feature: sign-up, e-mail confirmation, login, password reset and change,
 * the account page, and the e-mails these send. Pages and e-mails address the reader formally
 * ("Ön"), because the same texts serve volunteers and organization staff alike.
 */
export const hu = {
  'accounts.field.familyName': 'Vezetéknév',
  'accounts.field.givenName': 'Utónév',
  'accounts.field.email': 'E-mail-cím',
  'accounts.field.password': 'Jelszó',
  'accounts.field.passwordConfirm': 'Jelszó még egyszer',
  'accounts.field.newPassword': 'Új jelszó',
  'accounts.field.newPasswordConfirm': 'Új jelszó még egyszer',
  'accounts.field.currentPassword': 'Jelenlegi jelszó',
  'accounts.field.passwordHint': 'Legalább 10, legfeljebb 200 karakter. Egy több szóból álló jelmondat könnyebben megjegyezhető és biztonságosabb.',

  'accounts.validation.passwordMismatch': 'A két jelszó nem egyezik.',
  'accounts.validation.acceptTerms': 'A regisztrációhoz el kell fogadnod az adatkezelési tájékoztatót.',
  'accounts.validation.kind': 'Válaszd ki, milyen minőségben regisztrálsz.',
  'accounts.validation.samePassword': 'Az új jelszó nem egyezhet meg a jelenlegivel.',

  'accounts.signup.title': 'Regisztráció',
  'accounts.signup.lead':
    'Hozz létre fiókot a Kapocsban. A megadott e-mail-címre megerősítő levelet küldünk; a regisztráció a levélben lévő linkre kattintva fejeződik be.',
  'accounts.signup.kindLegend': 'Milyen minőségben regisztrálsz?',
  'accounts.signup.kindVolunteer': 'Önkéntesként',
  'accounts.signup.kindVolunteerHint': 'Önkéntes lehetőséget keresek.',
  'accounts.signup.kindOrganization': 'Szervezet munkatársaként',
  'accounts.signup.kindOrganizationHint': 'Fogadó szervezetet, iskolát vagy céget képviselek.',
  'accounts.signup.privacyTitle': 'Adatkezelési tájékoztató (röviden)',
  'accounts.signup.privacyText':
    'A megadott nevet és e-mail-címet a fiókod kezeléséhez és a kapcsolattartáshoz használjuk (GDPR 6. cikk (1) bekezdés b) pont). A jelszót csak visszafejthetetlen formában tároljuk. Az adataidról tájékoztatást, azok helyesbítését vagy törlését az önkéntes központtól kérheted.',
  'accounts.signup.acceptTerms': 'Elolvastam és elfogadom az adatkezelési tájékoztatót.',
  'accounts.signup.submit': 'Regisztrálok',
  'accounts.signup.haveAccount': 'Már van fiókod?',
  'accounts.signup.loginLink': 'Jelentkezz be.',

  'accounts.signupSent.title': 'Nézd meg a postafiókodat',
  'accounts.signupSent.text':
    'Levelet küldtünk a megadott e-mail-címre. A regisztráció befejezéséhez kattints a levélben lévő linkre; a link 48 óráig érvényes.',
  'accounts.signupSent.orgTitle': 'Szervezet munkatársaként regisztráltál',
  'accounts.signupSent.orgText':
    'A szervezeti szerepkört (például fogadó szervezet munkatársa) az önkéntes központ munkatársa rendeli a fiókodhoz, miután megerősítetted az e-mail-címedet. A szervezeti funkciók a szerepkör megadása után érhetők el.',
  'accounts.signupSent.noMail': 'Nem érkezett meg a levél? Nézd meg a levélszemét mappát is, vagy kérj új megerősítő linket:',

  'accounts.resend.title': 'Új megerősítő link kérése',
  'accounts.resend.submit': 'Új link küldése',

  'accounts.confirm.pendingTitle': 'E-mail-cím megerősítése',
  'accounts.confirm.pendingText': 'Egy lépés van hátra: a gombbal erősítsd meg, hogy ez az e-mail-cím a tiéd.',
  'accounts.confirm.button': 'Megerősítem az e-mail-címemet',
  'accounts.confirm.successTitle': 'Megerősítettük az e-mail-címedet',
  'accounts.confirm.successText': 'Köszönjük! A regisztráció befejeződött, most már bejelentkezhetsz.',
  'accounts.confirm.loginLink': 'Tovább a bejelentkezéshez',
  'accounts.confirm.failedTitle': 'A megerősítő link nem érvényes',
  'accounts.confirm.expiredText': 'A link lejárt: a megerősítő link 48 óráig érvényes. Kérj újat az alábbi űrlappal.',
  'accounts.confirm.usedText': 'Ezt a linket már felhasználták. Ha már megerősítetted az e-mail-címedet, egyszerűen jelentkezz be; ha nem, kérj új linket.',
  'accounts.confirm.invalidText': 'A link hibás vagy hiányos. Ellenőrizd, hogy a levélben szereplő teljes címet nyitottad-e meg, vagy kérj új linket.',

  'accounts.login.title': 'Bejelentkezés',
  'accounts.login.submit': 'Bejelentkezés',
  'accounts.login.invalid': 'Hibás e-mail-cím vagy jelszó.',
  'accounts.login.unconfirmed': 'Még nem erősítetted meg az e-mail-címedet. Kattints a regisztráció után kapott levélben lévő linkre, vagy kérj új linket.',
  'accounts.login.disabled': 'Ez a fiók le van tiltva. Fordulj az önkéntes központhoz.',
  'accounts.login.forgot': 'Elfelejtetted a jelszavadat?',
  'accounts.login.noAccount': 'Még nincs fiókod?',
  'accounts.login.signupLink': 'Regisztrálj.',
  'accounts.login.done': 'Sikeresen bejelentkeztél.',
  'accounts.logout.done': 'Kijelentkeztél.',

  'accounts.forgot.title': 'Elfelejtett jelszó',
  'accounts.forgot.lead': 'Add meg a fiókodhoz tartozó e-mail-címet, és küldünk egy linket, amellyel új jelszót állíthatsz be.',
  'accounts.forgot.submit': 'Link küldése',
  'accounts.forgotSent.title': 'Nézd meg a postafiókodat',
  'accounts.forgotSent.text':
    'Ha a megadott címhez tartozik fiók, elküldtük rá a jelszó-visszaállító linket. A link 1 óráig érvényes, és csak egyszer használható.',

  'accounts.reset.title': 'Új jelszó beállítása',
  'accounts.reset.lead': 'Add meg az új jelszavadat. Mentés után minden eszközödön kijelentkeztetünk.',
  'accounts.reset.submit': 'Jelszó mentése',
  'accounts.reset.invalidTitle': 'A jelszó-visszaállító link nem érvényes',
  'accounts.reset.invalidText': 'A link lejárt, már felhasználták, vagy hibás. A jelszó-visszaállító link 1 óráig érvényes, és egyszer használható.',
  'accounts.reset.requestNew': 'Új link kérése',
  'accounts.reset.done': 'Az új jelszavadat elmentettük, és biztonsági okból minden eszközödön kijelentkeztettünk. Jelentkezz be az új jelszóval.',

  'accounts.account.title': 'Fiókom',
  'accounts.account.details': 'Adataid',
  'accounts.account.name': 'Név',
  'accounts.account.email': 'E-mail-cím',
  'accounts.account.signupKind': 'Regisztráció típusa',
  'accounts.account.kind.volunteer': 'Önkéntes',
  'accounts.account.kind.organization': 'Szervezet munkatársa',
  'accounts.account.memberSince': 'Regisztráció dátuma',
  'accounts.account.roles': 'Szerepköreid',
  'accounts.account.noRoles': 'Még nincs szerepköröd.',
  'accounts.account.orgPending':
    'A szervezeti szerepkört az önkéntes központ munkatársa rendeli a fiókhoz. Ha ez még nem történt meg, az önkéntes központnál lehet érdeklődni.',
  'accounts.account.security': 'Biztonság',
  'accounts.account.changePassword': 'Jelszó módosítása',

  'accounts.password.title': 'Jelszó módosítása',
  'accounts.password.lead': 'A módosítás után a többi eszközödön kijelentkeztetünk; ezen az eszközön bejelentkezve maradsz.',
  'accounts.password.submit': 'Jelszó módosítása',
  'accounts.password.wrongCurrent': 'A jelenlegi jelszó nem megfelelő.',
  'accounts.password.changed': 'Módosítottuk a jelszavadat, és a többi eszközödön kijelentkeztettünk.',

  'accounts.role.national_admin': 'Országos adminisztrátor',
  'accounts.role.center_admin': 'Központi adminisztrátor',
  'accounts.role.center_coordinator': 'Központi koordinátor',
  'accounts.role.point_coordinator': 'Önkéntes Pont koordinátor',
  'accounts.role.org_staff': 'Fogadó szervezet munkatársa',
  'accounts.role.school_coordinator': 'Iskolai koordinátor',
  'accounts.role.company_coordinator': 'Vállalati koordinátor',
  'accounts.role.guardian': 'Törvényes képviselő',
  'accounts.role.volunteer': 'Önkéntes',

  'accounts.mail.confirm.subject': 'Erősítsd meg az e-mail-címedet – Kapocs',
  'accounts.mail.confirm.body':
    'Kedves {name}!\n\nKöszönjük, hogy regisztráltál a Kapocsban. A regisztráció befejezéséhez erősítsd meg az e-mail-címedet az alábbi linkre kattintva:\n\n{link}\n\nA link {hours} óráig érvényes, és egyszer használható.\n\nHa nem te regisztráltál, hagyd figyelmen kívül ezt a levelet.',
  'accounts.mail.duplicate.subject': 'Regisztrációs kísérlet az e-mail-címeddel – Kapocs',
  'accounts.mail.duplicate.body':
    'Kedves {name}!\n\nValaki – talán te – új fiókot próbált regisztrálni ezzel az e-mail-címmel, de ehhez a címhez már tartozik fiók a Kapocsban, ezért új fiókot nem hoztunk létre.\n\nBejelentkezés: {loginLink}\n\nHa elfelejtetted a jelszavadat, vagy a korábbi regisztrációt nem fejezted be, itt állíthatsz be új jelszót: {forgotLink}\n\nHa nem te próbálkoztál, nincs teendőd.',
  'accounts.mail.reset.subject': 'Jelszó visszaállítása – Kapocs',
  'accounts.mail.reset.body':
    'Kedves {name}!\n\nJelszó-visszaállítást kértek a Kapocs-fiókodhoz. Új jelszót az alábbi linken állíthatsz be:\n\n{link}\n\nA link {minutes} percig érvényes, és egyszer használható.\n\nHa nem te kérted, hagyd figyelmen kívül ezt a levelet; a jelszavad nem változik.',
  'accounts.mail.passwordChanged.subject': 'Megváltozott a jelszavad – Kapocs',
  'accounts.mail.passwordChanged.body':
    'Kedves {name}!\n\nA Kapocs-fiókod jelszavát {when} időpontban megváltoztatták. Ha te voltál, nincs teendőd.\n\nHa nem te változtattad meg, azonnal állíts be új jelszót itt: {forgotLink}, és értesítsd az önkéntes központot.',
} as const;

export const en: Record<keyof typeof hu, string> = {
  'accounts.field.familyName': 'Family name',
  'accounts.field.givenName': 'Given name',
  'accounts.field.email': 'E-mail address',
  'accounts.field.password': 'Password',
  'accounts.field.passwordConfirm': 'Password again',
  'accounts.field.newPassword': 'New password',
  'accounts.field.newPasswordConfirm': 'New password again',
  'accounts.field.currentPassword': 'Current password',
  'accounts.field.passwordHint': 'At least 10 and at most 200 characters. A passphrase of several words is easier to remember and more secure.',

  'accounts.validation.passwordMismatch': 'The two passwords do not match.',
  'accounts.validation.acceptTerms': 'To sign up, you must accept the privacy notice.',
  'accounts.validation.kind': 'Choose how you are signing up.',
  'accounts.validation.samePassword': 'The new password must differ from the current one.',

  'accounts.signup.title': 'Sign up',
  'accounts.signup.lead': 'Create a Kapocs account. We send a confirmation e-mail to the address you give; sign-up is complete when you click the link in it.',
  'accounts.signup.kindLegend': 'How are you signing up?',
  'accounts.signup.kindVolunteer': 'As a volunteer',
  'accounts.signup.kindVolunteerHint': 'I am looking for a volunteering opportunity.',
  'accounts.signup.kindOrganization': 'As staff of an organization',
  'accounts.signup.kindOrganizationHint': 'I represent a host organization, a school or a company.',
  'accounts.signup.privacyTitle': 'Privacy notice (summary)',
  'accounts.signup.privacyText':
    'We use your name and e-mail address to manage your account and to contact you (GDPR Article 6(1)(b)). Your password is stored only in a form that cannot be reversed. You may ask the volunteer center for information about your data, its correction or its erasure.',
  'accounts.signup.acceptTerms': 'I have read and accept the privacy notice.',
  'accounts.signup.submit': 'Sign up',
  'accounts.signup.haveAccount': 'Already have an account?',
  'accounts.signup.loginLink': 'Log in.',

  'accounts.signupSent.title': 'Check your e-mail',
  'accounts.signupSent.text': 'We have sent an e-mail to the address you gave. To complete sign-up, click the link in it; the link is valid for 48 hours.',
  'accounts.signupSent.orgTitle': 'You signed up as staff of an organization',
  'accounts.signupSent.orgText':
    'Your organizational role (for example, host organization staff) is added to your account by the volunteer center once you have confirmed your e-mail address. Organization features become available after that.',
  'accounts.signupSent.noMail': 'No e-mail? Check your spam folder, or ask for a new confirmation link:',

  'accounts.resend.title': 'Ask for a new confirmation link',
  'accounts.resend.submit': 'Send a new link',

  'accounts.confirm.pendingTitle': 'Confirm your e-mail address',
  'accounts.confirm.pendingText': 'One step left: confirm with the button that this e-mail address is yours.',
  'accounts.confirm.button': 'Confirm my e-mail address',
  'accounts.confirm.successTitle': 'Your e-mail address is confirmed',
  'accounts.confirm.successText': 'Thank you! Sign-up is complete; you can now log in.',
  'accounts.confirm.loginLink': 'Continue to log in',
  'accounts.confirm.failedTitle': 'This confirmation link is not valid',
  'accounts.confirm.expiredText': 'The link has expired: confirmation links are valid for 48 hours. Ask for a new one below.',
  'accounts.confirm.usedText': 'This link has already been used. If you have already confirmed your e-mail address, just log in; otherwise ask for a new link.',
  'accounts.confirm.invalidText': 'The link is wrong or incomplete. Check that you opened the full address from the e-mail, or ask for a new link.',

  'accounts.login.title': 'Log in',
  'accounts.login.submit': 'Log in',
  'accounts.login.invalid': 'Wrong e-mail address or password.',
  'accounts.login.unconfirmed':
    'You have not confirmed your e-mail address yet. Click the link in the e-mail you received after signing up, or ask for a new link.',
  'accounts.login.disabled': 'This account has been disabled. Please contact the volunteer center.',
  'accounts.login.forgot': 'Forgot your password?',
  'accounts.login.noAccount': 'No account yet?',
  'accounts.login.signupLink': 'Sign up.',
  'accounts.login.done': 'You are logged in.',
  'accounts.logout.done': 'You have logged out.',

  'accounts.forgot.title': 'Forgotten password',
  'accounts.forgot.lead': 'Enter the e-mail address of your account and we will send you a link to set a new password.',
  'accounts.forgot.submit': 'Send link',
  'accounts.forgotSent.title': 'Check your e-mail',
  'accounts.forgotSent.text':
    'If an account exists for that address, we have sent it a password reset link. The link is valid for 1 hour and can be used once.',

  'accounts.reset.title': 'Set a new password',
  'accounts.reset.lead': 'Enter your new password. After saving it, you will be logged out on every device.',
  'accounts.reset.submit': 'Save password',
  'accounts.reset.invalidTitle': 'This password reset link is not valid',
  'accounts.reset.invalidText': 'The link has expired, has been used already, or is wrong. Password reset links are valid for 1 hour and can be used once.',
  'accounts.reset.requestNew': 'Ask for a new link',
  'accounts.reset.done': 'Your new password is saved, and for your security you have been logged out everywhere. Log in with the new password.',

  'accounts.account.title': 'My account',
  'accounts.account.details': 'Your details',
  'accounts.account.name': 'Name',
  'accounts.account.email': 'E-mail address',
  'accounts.account.signupKind': 'Signed up as',
  'accounts.account.kind.volunteer': 'Volunteer',
  'accounts.account.kind.organization': 'Staff of an organization',
  'accounts.account.memberSince': 'Signed up on',
  'accounts.account.roles': 'Your roles',
  'accounts.account.noRoles': 'You have no role yet.',
  'accounts.account.orgPending':
    'Your organizational role is added to your account by the volunteer center. If this has not happened yet, please contact the volunteer center.',
  'accounts.account.security': 'Security',
  'accounts.account.changePassword': 'Change password',

  'accounts.password.title': 'Change password',
  'accounts.password.lead': 'After the change you will be logged out on your other devices; you stay logged in on this one.',
  'accounts.password.submit': 'Change password',
  'accounts.password.wrongCurrent': 'The current password is not correct.',
  'accounts.password.changed': 'Your password has been changed, and you have been logged out on your other devices.',

  'accounts.role.national_admin': 'National administrator',
  'accounts.role.center_admin': 'Center administrator',
  'accounts.role.center_coordinator': 'Center coordinator',
  'accounts.role.point_coordinator': 'Volunteer Point coordinator',
  'accounts.role.org_staff': 'Host organization staff',
  'accounts.role.school_coordinator': 'School coordinator',
  'accounts.role.company_coordinator': 'Company coordinator',
  'accounts.role.guardian': 'Legal guardian',
  'accounts.role.volunteer': 'Volunteer',

  'accounts.mail.confirm.subject': 'Confirm your e-mail address – Kapocs',
  'accounts.mail.confirm.body':
    'Dear {name},\n\nThank you for signing up to Kapocs. To complete sign-up, confirm your e-mail address by opening this link:\n\n{link}\n\nThe link is valid for {hours} hours and can be used once.\n\nIf you did not sign up, please ignore this e-mail.',
  'accounts.mail.duplicate.subject': 'Sign-up attempt with your e-mail address – Kapocs',
  'accounts.mail.duplicate.body':
    'Dear {name},\n\nSomeone – perhaps you – tried to sign up to Kapocs with this e-mail address, but an account already exists for it, so no new account was created.\n\nLog in: {loginLink}\n\nIf you have forgotten your password, or never completed your earlier sign-up, set a new password here: {forgotLink}\n\nIf it was not you, there is nothing you need to do.',
  'accounts.mail.reset.subject': 'Reset your password – Kapocs',
  'accounts.mail.reset.body':
    'Dear {name},\n\nSomeone asked to reset the password of your Kapocs account. Set a new password by opening this link:\n\n{link}\n\nThe link is valid for {minutes} minutes and can be used once.\n\nIf you did not ask for this, please ignore this e-mail; your password stays the same.',
  'accounts.mail.passwordChanged.subject': 'Your password has changed – Kapocs',
  'accounts.mail.passwordChanged.body':
    'Dear {name},\n\nThe password of your Kapocs account was changed on {when}. If it was you, there is nothing you need to do.\n\nIf it was not you, set a new password now: {forgotLink}, and tell the volunteer center.',
};
