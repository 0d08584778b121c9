/** Strings of the opportunity alerts feature (digest e-mails and unsubscribe pages). */
export const hu = {
  'alerts.unsubscribe.title': 'Leiratkozás az új lehetőségek értesítőjéről',
  'alerts.unsubscribe.question':
    'Ha megerősíted, nem küldünk több e-mailt az új önkéntes lehetőségekről. Az értesítőt később a profilodban újra bekapcsolhatod.',
  'alerts.unsubscribe.confirm': 'Leiratkozom',
  'alerts.unsubscribe.cancel': 'Mégsem, vissza a kezdőlapra',
  'alerts.unsubscribe.already': 'Erről a címről már leiratkoztál: nem küldünk értesítőt az új lehetőségekről.',
  'alerts.unsubscribe.invalidTitle': 'Érvénytelen leiratkozási link',
  'alerts.unsubscribe.invalid':
    'Ez a link hibás vagy elavult. Másold be a teljes linket a levélből, vagy jelentkezz be, és a profilodban kapcsold ki az értesítőt.',
  'alerts.unsubscribe.doneTitle': 'Leiratkoztál',
  'alerts.unsubscribe.done': 'Nem küldünk több értesítőt az új lehetőségekről. Ha meggondolod magad, a profilodban újra bekapcsolhatod.',
  'alerts.unsubscribe.home': 'Vissza a kezdőlapra',
  'alerts.unsubscribe.profile': 'Értesítési beállítások a profilomban',
  'alerts.mail.subject': 'Új önkéntes lehetőségek neked ({count})',
  'alerts.mail.greeting': 'Kedves {name}!',
  'alerts.mail.introDaily': 'Tegnap óta ezek az új önkéntes lehetőségek jelentek meg, amelyek illenek hozzád:',
  'alerts.mail.introWeekly': 'Az elmúlt hétben ezek az új önkéntes lehetőségek jelentek meg, amelyek illenek hozzád:',
  'alerts.mail.remote': 'távolról is végezhető',
  'alerts.mail.nextShift': 'legközelebb: {date}',
  'alerts.mail.more': 'És még {count} további lehetőség: {url}',
  'alerts.mail.why': 'Azért kapod ezt a levelet, mert hozzájárultál, hogy új lehetőségekről értesítsünk.',
  'alerts.mail.unsubscribe': 'Leiratkozás egy kattintással: {url}',
  'alerts.mail.settings': 'Értesítési beállításaid: {url}',
} as const;

export const en: Record<keyof typeof hu, string> = {
  'alerts.unsubscribe.title': 'Unsubscribe from new opportunity alerts',
  'alerts.unsubscribe.question':
    'If you confirm, we will stop e-mailing you about new volunteering opportunities. You can turn alerts back on in your profile.',
  'alerts.unsubscribe.confirm': 'Unsubscribe',
  'alerts.unsubscribe.cancel': 'Cancel, back to the home page',
  'alerts.unsubscribe.already': 'This address is already unsubscribed: we send no alerts about new opportunities.',
  'alerts.unsubscribe.invalidTitle': 'Invalid unsubscribe link',
  'alerts.unsubscribe.invalid':
    'This link is broken or out of date. Copy the whole link from the e-mail, or log in and turn alerts off in your profile.',
  'alerts.unsubscribe.doneTitle': 'You are unsubscribed',
  'alerts.unsubscribe.done': 'We will send no more alerts about new opportunities. If you change your mind, turn them back on in your profile.',
  'alerts.unsubscribe.home': 'Back to the home page',
  'alerts.unsubscribe.profile': 'Alert settings in my profile',
  'alerts.mail.subject': 'New volunteering opportunities for you ({count})',
  'alerts.mail.greeting': 'Dear {name},',
  'alerts.mail.introDaily': 'These new opportunities that fit you have been published since yesterday:',
  'alerts.mail.introWeekly': 'These new opportunities that fit you have been published in the past week:',
  'alerts.mail.remote': 'can be done remotely',
  'alerts.mail.nextShift': 'next: {date}',
  'alerts.mail.more': 'And {count} more: {url}',
  'alerts.mail.why': 'You receive this e-mail because you agreed to be told about new opportunities.',
  'alerts.mail.unsubscribe': 'Unsubscribe with one click: {url}',
  'alerts.mail.settings': 'Your alert settings: {url}',
};
