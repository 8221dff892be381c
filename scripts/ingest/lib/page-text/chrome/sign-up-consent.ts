/**
 * The consent under a newsletter's or an account's sign-up form, in English and the languages of most
 * news on the web (chrome rule `sign-up-consent`): the sign-up's clause, then the reader ("you", "ich",
 * "vous"…) who agrees, consents or accepts ("By signing up you agree to our Terms", "Mit meiner
 * Anmeldung stimme ich … zu", "En vous inscrivant, vous acceptez…"). The reader addressed is what
 * tells it from an article's sentence on what users agree to. No article writes it.
 */

/** The reader who agrees, in the sign-up's own voice: "you agree", "I consent", "aceptas", "vous acceptez". */
const SIGN_UP_CONSENT_SOURCES = [
  // English: the clause ("By signing up", "By clicking Subscribe", "By providing your email address"), then "you" or "I" agree.
  String.raw`by (?:signing up|subscribing|registering|creating an account|providing your e-?mail(?: address)?|entering your e-?mail(?: address)?|(?:clicking|tapping|pressing|selecting)\b[^.]{0,40}?|submitting\b[^.]{0,30}?)[,\s]+(?:you|i)\s+(?:\S+\s+){0,14}?(?:agree|consent|accept|acknowledge|have read)`,
  // German: "Mit meiner / der Anmeldung (zum Newsletter) stimme ich … zu / erklären Sie sich … einverstanden / akzeptiere ich".
  String.raw`mit (?:meiner|ihrer|deiner|der) (?:anmeldung|registrierung)\b[^.]{0,60}?\s(?:stimme ich|stimmen sie|stimmst du|akzeptiere ich|akzeptieren sie|akzeptierst du|erkläre ich mich|erklären sie sich|erklärst du dich|willige ich|willigen sie|bestätige ich|bestätigen sie)\b`,
  // Spanish: "Al suscribirte / registrarte / hacer clic …, aceptas / consientes".
  String.raw`al (?:suscribirte|suscribirse|registrarte|registrarse|darte de alta|hacer clic|pulsar)\b[^.]{0,60}?\s(?:aceptas|acepta|aceptás|consientes|consiente|autorizas|autoriza)\b`,
  // French: "En vous inscrivant / en cliquant …, vous acceptez".
  String.raw`en (?:vous inscrivant|vous abonnant|vous enregistrant|cliquant|validant|saisissant votre)\b[^.]{0,60}?\s(?:vous acceptez|vous consentez|j['’]accepte|je consens|vous reconnaissez)\b`,
  // Italian: "Iscrivendoti / Registrandoti / Cliccando …, accetti".
  String.raw`(?:iscrivendoti|iscrivendosi|registrandoti|registrandosi|cliccando|con l['’]iscrizione)\b[^.]{0,60}?\s(?:accetti|acconsenti|accetta|acconsente|dichiari)\b`,
  // Portuguese: "Ao se inscrever / assinar / clicar …, você concorda / aceita".
  String.raw`ao (?:se inscrever|se cadastrar|se registrar|inscrever-se|cadastrar-se|registrar-se|assinar|subscrever|clicar)\b[^.]{0,60}?\s(?:você concorda|você aceita|concorda|aceita|autoriza)\b`,
  // Dutch: "Door je aan te melden / door te klikken …, ga je akkoord".
  String.raw`door (?:je|u|jezelf) (?:aan te melden|in te schrijven|te registreren)\b[^.]{0,60}?\s(?:ga je akkoord|gaat u akkoord|stem je in|stemt u in|accepteer je|accepteert u)\b`,
];
export const SIGN_UP_CONSENT = new RegExp(`^(?=[^]{0,400}$)(?:${SIGN_UP_CONSENT_SOURCES.join('|')})`, 'iu');
/** A line SIGN_UP_CONSENT may match opens with one of these: most lines are not looked at further. */
export const SIGN_UP_CONSENT_MAY_MATCH = /^(?:by |mit |al |en |iscrivendo|registrando|cliccando|con l|ao |door )/i;
