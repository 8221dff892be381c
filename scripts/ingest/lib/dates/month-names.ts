/**
 * Gregorian month names of languages chrono-node has no locale for (or whose pages it may not be
 * asked about), and of those it reads whose dates are day, month, year, in one table: a date written "9 marca 2026", "9. března 2026", "9 Mart 2026",
 * "9 Μαρτίου 2026", "12 مارس 2024", "12 آذار 2024", "2026. március 9." is read by one pattern that
 * takes any word between a day and a year (dates.ts) and asks this table whether the word names a
 * month. Asking a table, not trying an alternation of some three hundred names, keeps the pattern
 * linear and the languages in one place.
 *
 * Only Gregorian names are here. A month of another calendar (the Hijri "رمضان", the Solar Hijri
 * "اسفند", the Hebrew "תשרי") is no key, so its date stays unread. A Thai date writes a Gregorian month
 * with a year of the Buddhist era ("9 มีนาคม 2569" is 9 March 2026), which thai-dates.ts turns into ours.
 *
 * Forms: the nominative and the genitive ("marzec", "marca") where a language declines its months, a
 * common short form where it is no word of another language, and the spellings pages use side by
 * side (Arabic "أبريل" and "ابريل"; Persian "ژوئیه" and "جولای"). Keys are compared folded (monthKey).
 */

/** Month names by language, January first; a month's forms set off by "|". */
const NAMES: Record<string, string[]> = {
  // Languages chrono reads as well, whose date lines write the day, the month's name and the year: here
  // so that their date lines are date lines to every rule (lib/page-text/lines/block-features.ts, headline.ts, stages/mentions.ts), not only to
  // the stamp reader, and alike whatever the month (other languages of the table share many of their names).
  // The short forms are those stamp rows write ("Mo., 9. Feb. 2026", "ma 9 mrt. 2026", "9 ago. 2025",
  // "9 out. 2025"); English reads its own short names only after a day and a space ("9 Feb 2026"), so
  // the ones it shares are here too, for "9. Feb. 2026".
  de: ['januar|jänner|jan', 'februar|feber|feb', 'märz|mär|mrz', 'april|apr', 'mai', 'juni|jun', 'juli|jul', 'august|aug', 'september|sept|sep', 'oktober|okt', 'november|nov', 'dezember|dez'],
  fr: ['janvier|janv', 'février|févr|fév', 'mars', 'avril|avr', 'mai', 'juin', 'juillet|juil', 'août', 'septembre|sept', 'octobre|oct', 'novembre|nov', 'décembre|déc'],
  it: ['gennaio|gen', 'febbraio|feb', 'marzo|mar', 'aprile|apr', 'maggio|mag', 'giugno|giu', 'luglio|lug', 'agosto|ago', 'settembre|set', 'ottobre|ott', 'novembre|nov', 'dicembre|dic'],
  nl: ['januari|jan', 'februari|feb', 'maart|mrt', 'april|apr', 'mei', 'juni|jun', 'juli|jul', 'augustus|aug', 'september|sep', 'oktober|okt', 'november|nov', 'december|dec'],
  // Spanish, Portuguese, Catalan and Galician write "de" between the day, the month and the year ("9 de
  // marzo de 2026", "9 d'abril de 2026"), which dates.ts reads; their short forms stand without it.
  es: ['enero|ene', 'febrero|feb', 'marzo|mar', 'abril|abr', 'mayo|may', 'junio|jun', 'julio|jul', 'agosto|ago', 'septiembre|setiembre|sept|sep', 'octubre|oct', 'noviembre|nov', 'diciembre|dic'],
  pt: ['janeiro|jan', 'fevereiro|fev', 'março|mar', 'abril|abr', 'maio|mai', 'junho|jun', 'julho|jul', 'agosto|ago', 'setembro|set', 'outubro|out', 'novembro|nov', 'dezembro|dez'],
  // Russian, Indonesian and Finnish: chrono reads them only on a page found to be in the language; the
  // table reads their date lines on any page. Russian and Finnish write the month in the genitive or partitive.
  ru: ['января|январь', 'февраля|февраль', 'марта|март', 'апреля|апрель', 'мая|май', 'июня|июнь', 'июля|июль', 'августа|август', 'сентября|сентябрь', 'октября|октябрь', 'ноября|ноябрь', 'декабря|декабрь'],
  id: ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus|agu|agt', 'september', 'oktober', 'november', 'desember'],
  fi: ['tammikuuta|tammikuu', 'helmikuuta|helmikuu', 'maaliskuuta|maaliskuu', 'huhtikuuta|huhtikuu', 'toukokuuta|toukokuu', 'kesäkuuta|kesäkuu', 'heinäkuuta|heinäkuu', 'elokuuta|elokuu', 'syyskuuta|syyskuu', 'lokakuuta|lokakuu', 'marraskuuta|marraskuu', 'joulukuuta|joulukuu'],
  ca: ['gener', 'febrer', 'març', 'abril', 'maig', 'juny', 'juliol', 'agost', 'setembre', 'octubre', 'novembre', 'desembre'],
  gl: ['xaneiro', 'febreiro', 'marzo', 'abril', 'maio', 'xuño', 'xullo', 'agosto', 'setembro', 'outubro', 'novembro', 'decembro'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  // Polish: the genitive is how a date writes the month ("9 marca 2026").
  pl: ['stycznia|styczeń', 'lutego|luty', 'marca|marzec', 'kwietnia|kwiecień', 'maja|maj', 'czerwca|czerwiec', 'lipca|lipiec', 'sierpnia|sierpień', 'września|wrzesień', 'października|październik', 'listopada|listopad', 'grudnia|grudzień'],
  // Czech and Slovak: "9. března 2026", "9. marca 2026".
  cs: ['ledna|leden', 'února|únor', 'března|březen', 'dubna|duben', 'května|květen', 'června|červen', 'července|červenec', 'srpna|srpen', 'září', 'října|říjen', 'listopadu|listopad', 'prosince|prosinec'],
  sk: ['januára|január', 'februára|február', 'marca|marec', 'apríla|apríl', 'mája|máj', 'júna|jún', 'júla|júl', 'augusta|august', 'septembra|september', 'októbra|október', 'novembra|november', 'decembra|december'],
  tr: ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'],
  el: ['ιανουαρίου|ιανουάριος', 'φεβρουαρίου|φεβρουάριος', 'μαρτίου|μάρτιος', 'απριλίου|απρίλιος', 'μαΐου|μάιος', 'ιουνίου|ιούνιος', 'ιουλίου|ιούλιος', 'αυγούστου|αύγουστος', 'σεπτεμβρίου|σεπτέμβριος', 'οκτωβρίου|οκτώβριος', 'νοεμβρίου|νοέμβριος', 'δεκεμβρίου|δεκέμβριος'],
  // Ukrainian (chrono reads it on a page found to be Ukrainian; the table on any page), Bulgarian, Serbian (both scripts).
  uk: ['січня|січень', 'лютого|лютий', 'березня|березень', 'квітня|квітень', 'травня|травень', 'червня|червень', 'липня|липень', 'серпня|серпень', 'вересня|вересень', 'жовтня|жовтень', 'листопада|листопад', 'грудня|грудень'],
  bg: ['януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември', 'октомври', 'ноември', 'декември'],
  sr: ['јануар|januar', 'фебруар|februar', 'март|mart', 'април|april', 'мај|maj', 'јун|jun', 'јул|jul', 'август|avgust', 'септембар|septembar', 'октобар|oktobar', 'новембар|novembar', 'децембар|decembar'],
  ro: ['ianuarie|ian', 'februarie', 'martie', 'aprilie', 'mai', 'iunie|iun', 'iulie|iul', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
  // Hungarian writes the year first: "2026. március 9." (dates.ts reads that order too).
  hu: ['január|jan', 'február|febr', 'március|márc', 'április|ápr', 'május|máj', 'június|jún', 'július|júl', 'augusztus|aug', 'szeptember|szept', 'október|okt', 'november|nov', 'december|dec'],
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  ms: ['januari', 'februari', 'mac', 'april', 'mei', 'jun', 'julai', 'ogos', 'september', 'oktober', 'november', 'disember'],
  // Hebrew: the month alone, and with the prefix "in" a date writes ("9 במרץ 2026").
  he: ['ינואר', 'פברואר', 'מרץ|מרס', 'אפריל', 'מאי', 'יוני', 'יולי', 'אוגוסט', 'ספטמבר', 'אוקטובר', 'נובמבר', 'דצמבר'],
  // Arabic: the names of Egypt and the Gulf, of the Levant and Iraq (two words for four of them), of the Maghreb.
  ar: [
    'يناير|كانون الثاني|كانون ثاني|جانفي',
    'فبراير|شباط|فيفري',
    'مارس|آذار',
    'أبريل|ابريل|نيسان|أفريل',
    'مايو|أيار|ماي',
    'يونيو|يونيه|حزيران|جوان',
    'يوليو|يوليه|تموز|جويلية|يوليوز',
    'أغسطس|اغسطس|آب|أوت|غشت',
    'سبتمبر|أيلول|شتنبر',
    'أكتوبر|اكتوبر|تشرين الأول|تشرين أول',
    'نوفمبر|تشرين الثاني|تشرين ثاني|نونبر',
    'ديسمبر|كانون الأول|كانون أول|دجنبر',
  ],
  fa: ['ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه|می', 'ژوئن', 'ژوئیه|ژوییه|جولای', 'اوت|آگوست', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر'],
  ur: ['جنوری', 'فروری', 'مارچ', 'اپریل', 'مئی', 'جون', 'جولائی', 'اگست', 'ستمبر', 'اکتوبر', 'نومبر', 'دسمبر'],
  hi: ['जनवरी', 'फ़रवरी|फरवरी', 'मार्च', 'अप्रैल|अप्रेल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर|सितम्बर', 'अक्टूबर|अक्तूबर', 'नवंबर|नवम्बर', 'दिसंबर|दिसम्बर'],
  bn: ['জানুয়ারি|জানুয়ারী', 'ফেব্রুয়ারি|ফেব্রুয়ারী', 'মার্চ', 'এপ্রিল', 'মে', 'জুন', 'জুলাই', 'আগস্ট|আগষ্ট', 'সেপ্টেম্বর', 'অক্টোবর', 'নভেম্বর', 'ডিসেম্বর'],
  // Thai: the full names and the short forms with their full stops ("มี.ค." is March; the last stop is
  // dropped before a lookup). thai-dates.ts reads them, and the years of the Buddhist era they come with.
  th: ['มกราคม|ม.ค', 'กุมภาพันธ์|ก.พ', 'มีนาคม|มี.ค', 'เมษายน|เม.ย', 'พฤษภาคม|พ.ค', 'มิถุนายน|มิ.ย', 'กรกฎาคม|ก.ค', 'สิงหาคม|ส.ค', 'กันยายน|ก.ย', 'ตุลาคม|ต.ค', 'พฤศจิกายน|พ.ย', 'ธันวาคม|ธ.ค'],
};

/** Hebrew joins "in" to the month it dates: "במרץ". */
const HEBREW_IN = 'ב';

/**
 * A month word as the table compares it: lower case, Latin, Greek and Cyrillic accents dropped ("března"
 * and "BŘEZNA", "Μαρτίου" and "ΜΑΡΤΙΟΥ" alike; Turkish dotless ı as i), Arabic letters in one spelling
 * (hamza seats, Persian and Arabic yeh and kaf, vowel marks and the stretching tatweel), spaces single.
 */
export function monthKey(word: string): string {
  // Most words asked are ASCII with no white space (an English word after a figure, a date's month):
  // on those the normal forms and the replacements of monthKeyInFull change nothing but the case.
  if (printableAscii(word)) return word.toLowerCase();
  return monthKeyInFull(word);
}

/** Every character printable ASCII, none white space: what monthKey reads as its lower case only. */
function printableAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f) return false;
  }
  return true;
}

/** The key read in full, for any word (monthKey takes a shortcut on ASCII; tests/ingest/text-speed-name-words.test.ts holds the one to the other). */
export function monthKeyInFull(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .normalize('NFC')
    .replace(/ı/g, 'i')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/\s+/g, ' ');
}

function buildTable(): Map<string, number> {
  const table = new Map<string, number>();
  const add = (form: string, month: number, lang: string) => {
    const key = monthKey(form);
    const had = table.get(key);
    // One key, one month: a name two languages give to two months (Croatian "listopad" is October,
    // Czech and Polish November) would date a page a month off, and is left out.
    if (had !== undefined && had !== month) throw new Error(`month-names: "${form}" (${lang}) is month ${had} in another language`);
    table.set(key, month);
  };
  for (const [lang, months] of Object.entries(NAMES)) {
    months.forEach((forms, i) => {
      for (const form of forms.split('|')) {
        add(form, i + 1, lang);
        if (lang === 'he') add(HEBREW_IN + form, i + 1, lang);
      }
    });
  }
  return table;
}

const TABLE = buildTable();

/**
 * The month (1–12) a word or two names in any language of the table, 0 for none. "مارس/آذار", two
 * names of one month set off by a slash (as Arabic pages write it), name it when both do.
 */
export function monthOfName(words: string): number {
  const key = monthKey(words.replace(/\.$/, ''));
  const month = TABLE.get(key);
  if (month !== undefined) return month;
  if (!key.includes('/')) return 0;
  const [a, b] = key.split('/').map((part) => TABLE.get(part.trim()) ?? 0);
  return a && a === b ? a : 0;
}
