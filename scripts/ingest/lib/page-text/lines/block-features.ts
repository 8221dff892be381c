/**
 * What plain text shows about one block (line) of a scraped page: how long it is, whether it reads
 * as sentences (stopword share, sentence punctuation, capitalised words), and the marks of page
 * furniture (counters like "(185)" or "13 hours ago", calls to action, comment-section marks, date
 * lines, named chrome rules). The main-text stage weighs these; no single feature decides alone.
 */
import { countWords, endsLikeSentence } from '../language/text.ts';
import { withoutDirectionalMarks } from '../language/directional-marks.ts';
import { findFullDates } from '../../dates/dates.ts';
import { STAMP_LABEL } from '../../dates/date-labels.ts';
import { figuresByTheirShape } from './figure-by-its-shape.ts';
import { pricesNotTimes } from './price-not-time.ts';
import { LINE_OPENING_BYLINE, PREPOSITIONS, titleAfterBylineLabel } from '../../bylines/byline-labels.ts';
import { stopwordCount, type Language } from '../language/language.ts';
import { chromeRuleOf, type ChromeRule } from '../chrome/chrome-rules.ts';
import { RIGHTS_RESERVED, RIGHTS_RESERVED_MAY_MATCH } from '../chrome/rights-reserved.ts';
import { BoundedMemo } from '../../bounded-memo.ts';
import { lineRecord, REMEMBERED_LINE_CHARS } from './line-record.ts';
import { nameWithItsDate, PICTURE_KIND } from '../headline/title.ts';
import { isTitleCaseMenu } from './title-case-menu.ts';
import { endsOnCreditTail } from './caption-credit-tails.ts';
import { creditNamedByItsLabel } from './caption-credit-labels.ts';
import { opensOnACaptionMark } from './caption-openers.ts';
import { creditInAnotherShape } from './picture-credit-shapes.ts';
import { ratedHeading } from './rated-heading.ts';
import { emailImperative, signUpInboxWords } from './cta-words.ts';
import { ACCOUNT_NETWORKS, SHARE_NETWORKS } from '../../social-networks.ts';

export interface BlockFeatures {
  words: number;
  /** Ends with sentence punctuation (Latin or CJK). */
  sentenceEnd: boolean;
  /** Sentence marks inside the block: a block with two or more is text, not a label. */
  sentenceMarks: number;
  /**
   * Chinese or Japanese that ends on an ellipsis with no sentence ended before it, no longer than a
   * link's text: a title cut to its box's width; the ellipsis marks the cut, not a sentence's end.
   */
  truncated: boolean;
  /** Share of the words that are stopwords of the page's language (NaN when the language has none). */
  stopwordShare: number;
  /** Share of the words that start with a capital (0 for scripts without case). */
  capitalShare: number;
  /** A count or an age shown by the site: "(185)", "13 hours ago", "5 min read", "1.2K views". */
  counter: boolean;
  /** A relative age: "13 hours ago", "32M ago", "5 min read". */
  age: boolean;
  /** The page speaking to its reader: "Click here to subscribe to our newsletter", "Follow us on …". */
  callToAction: boolean;
  /** Starts or belongs to a comment section: "12 Comments", "Leave a Reply", "Jane says:", "Reply". */
  commentMark: boolean;
  /** Heads a box of other stories: "Trending News", "More in World", "You might also like", "Up next". */
  boxHeading: boolean;
  /** "By Jane Smith": a byline. */
  byline: boolean;
  /** The site's legal furniture: cookie consent (however long), privacy and terms links, copyright. */
  legal: boolean;
  /** A copyright line ("© 2023 …", "All rights reserved"): the page's foot, below any article. */
  copyright: boolean;
  /** A Title-Case headline run straight into a sentence ("…At Birch Lane GrillA party of six left…"): a teaser link. */
  fusedTeaser: boolean;
  /** A date or time stamp with hardly anything else on the line. */
  dateLine: boolean;
  /**
   * A line that would be a date line but for its figure being a price or a player's timer ("$99.99",
   * "USD 14.95", "0:00"): a shop card's or a player's furniture, weighed as a date line is, but no stamp.
   */
  price: boolean;
  /** A named chrome rule that matches the whole line. */
  chrome: ChromeRule | undefined;
  /** Ends with a colon: a sentence that introduces what follows (a list, a quote). */
  introducesList: boolean;
  /** Starts with a list bullet. */
  bullet: boolean;
  /**
   * Words with no clause punctuation between them, or items split by separators ("Tech • Apps •
   * Games"): a tag cloud, a keyword list or a row of links, however long. Prose of forty words
   * has a comma or a full stop somewhere.
   */
  wordList: boolean;
  /** Mostly markup or addresses a scraper left in the text (`<img src="…">`, a bare URL). */
  markup: boolean;
  /** A line of program code or a command, as a technical article quotes it (indented, or shaped as code). */
  code: boolean;
  /** A clock time then a headline ("14:44 Storm hits the coast"): a ticker of other stories. */
  ticker: boolean;
  /**
   * A picture's caption: it ends with the photo's credit ("… on Monday. Photograph by Jane
   * Smith/Agency", "(Photo: John Doe)") or starts with its slide number ("1of4Grass Valley's…") or
   * another mark only a caption opens on ("FILE - …", "[1/2]…", "(L-R) …": caption-openers.ts), or
   * is a credit in another shape ("Foto:" alone, "Photos via …", "… Image credit: …": picture-credit-shapes.ts).
   */
  caption: boolean;
}

const BULLET = /^[•·▪●◦‣∙*–-]\s+|^\d{1,2}[.)]\s+/;
const COUNTER =
  /^\(?\d[\d,.]*[KkMm]?\)?$|\(\d[\d,.]*[KkMm]?\)$|^\d[\d,.]*[KkMm]?\s+(?:comments?|replies|repl(?:y|ies)|likes?|shares?|views?|reads?|votes?|points?|followers?|subscribers?)$|^(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$|^\d+\s*(?:min|minute)s?\s+read$|^(?:just now|yesterday|today)$/i;
/**
 * "Average rents for a one-bedroom flat (2024)", "Top 10 towns to live in(2026)": the year a heading
 * or a headline speaks of, not a count like "Comments (185)" (a count of two thousand closes no
 * heading of three words). The HTML path's furniture and the headline chooser read it so too.
 */
const YEAR_IN_BRACKETS = /\((?:1[89]|20)\d\d\)$/;
const YEAR_HEADING_WORDS = 3;
/** Relative ages inside a short line: "Jane Doe · 13 hours ago". */
const AGE = /\b\d+[smhdSMHD]\s+ago\b|\b(?:\d+|an?)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|\b\d+\s*(?:min|minute)s?\s+read\b|\b\d+\s*[smhd]\s+ago\b/i;
/**
 * The same relative ages as news pages in other languages write them: "vor 14 Minuten", "il y a 3
 * heures", "hace 2 horas", "há 2 dias", "2 ore fa", "3 uur geleden", "5 timer siden", "2 godziny temu",
 * "před 3 hodinami", "5 минут назад", "2 saat önce", "5 menit yang lalu", "منذ ساعتين", "14分前", "3시간 전",
 * "2小时前". A teaser's age, or the article's own under its headline.
 */
const AGE_OTHER_LANGUAGES = new RegExp(
  [
    String.raw`(?<!\p{L})vor\s+(?:\d+|einer?|einem)\s+(?:Sekunden?|Minuten?|Stunden?|Tag(?:en)?|Wochen?|Monat(?:en)?|Jahr(?:en)?)(?!\p{L})`,
    String.raw`(?<!\p{L})il y a\s+(?:\d+|une?)\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:hace|há)\s+(?:\d+|una?|uma?)\s+(?:segundos?|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|meses|a[ñn]os?)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:\d+|un[a']?)\s+(?:secondi|minuti|ore|ora|giorni|giorno|settimane|mesi|mese|anni|anno)\s+fa(?!\p{L})`,
    String.raw`(?<!\p{L})\d+\s+(?:seconden|minuten|minuut|uur|dagen|dag|weken|maanden|jaar)\s+geleden(?!\p{L})`,
    String.raw`(?<!\p{L})\d+\s+(?:sekunder|minuter|minutter|timmar|timme|timer|time|dagar|dager|dage|dag|veckor|uker|uger)\s+(?:sedan|siden)(?!\p{L})`,
    String.raw`(?<!\p{L})\d+\s+(?:sekund|minut[y]?|godzin[y]?|godzinę|dni|tygodni)\s+temu(?!\p{L})`,
    String.raw`(?<!\p{L})před\s+\d+\s+(?:sekundami|minutami|minutou|hodinami|hodinou|dny|dnem|týdny)(?!\p{L})`,
    String.raw`(?<!\p{L})\d+\s+(?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[юиь])\s+назад(?!\p{L})`,
    // Turkish ("2 saat önce") and Indonesian ("5 menit yang lalu").
    String.raw`(?<!\p{L})\d+\s+(?:saniye|dakika|saat|gün|hafta|ay|yıl)\s+önce(?!\p{L})`,
    String.raw`(?<!\p{L})\d+\s+(?:detik|menit|jam|hari|minggu|bulan|tahun)\s+(?:yang\s+)?lalu(?!\p{L})`,
    // Arabic ("منذ ساعتين", "منذ 3 ساعات"): alone on its line only, for a sentence says "for years" so ("منذ سنوات").
    String.raw`^منذ\s+(?:[0-9٠-٩]+\s+)?(?:ثانية|ثوان[ٍي]?|دقيقة|دقيقتين|دقائق|ساعة|ساعتين|ساعات|يوم|يومين|أيام|أسبوع|أسبوعين|أسابيع|شهر|شهرين|أشهر|سنة|سنتين|سنوات)$`,
    // Chinese, Japanese and Korean write the age run into prose as well ("投票の3日前に"): alone on its line only.
    String.raw`^\d+\s*(?:秒|分|時間|日|分钟|小时|天)前$`,
    String.raw`^\d+\s*(?:초|분|시간|일)\s*전$`,
  ].join('|'),
  'iu',
);
/** The age of the page, as a notice: "This article is more than 3 months old". */
const AGE_NOTICE = /\b(?:more than|over) (?:\d+|an?|one) (?:days?|weeks?|months?|years?) old\b/i;
/** The reader addressed by an imperative that sends them elsewhere. */
const CTA_VERB =
  /^(?:click|tap|subscribe|sign(?:\s+up|\s+in)?|log\s*in|register|follow|download|install|join|read|watch|listen|share|get|like|support|donate|visit|discover|explore|check out|see|view|browse|send|tell|contact|find|want|don['’]t miss|never miss|stay (?:up to date|informed|updated|connected|tuned))\b/i;
/**
 * What the imperative sends the reader to: the site, its channels, its accounts on the networks
 * (lib/social-networks.ts's, those no everyday word names; not after an "@": "email us at jo@gmail.com"
 * names an address, no network).
 */
export const CTA_TARGET = new RegExp(
  `\\b(?:here|our|us|friends?|newsletters?|inbox|app|podcasts?|channel|feeds?|updates|alerts|coverage|stories|headlines|briefing|digest|subscription|account|(?<!@)(?:${[...SHARE_NETWORKS, ...ACCOUNT_NETWORKS].join('|')})|rss|notifications|more (?:news|stories|articles))\\b`,
  'i',
);
/** The imperative that opens a call to action ("Email" only as a verb: cta-words.ts). */
export const CTA_START = { test: (line: string): boolean => CTA_VERB.test(line) || emailImperative(line) };
/** "Click here" in the languages of most news on the web besides English (CTA_START and CTA_TARGET have the English). */
const CLICK = /^(?:clique|clica|cliquez|clicca|haga clic|haz clic|pulse|pulsa|klicken sie|klick|нажмите|klik)(?!\p{L})/iu;
const HERE = /(?<!\p{L})(?:aqui|aquí|ici|hier|qui|здесь|сюда|di sini|disini)(?!\p{L})/iu;
/** A newsletter, a subscription or the reader's e-mail address, in the languages of most news on the web. */
const SUBSCRIPTION =
  /(?<!\p{L})(?:newsletters?|(?:un|re)?subscri(?:be|bed|ption)s?|sign(?:ed)?[ -]?up|e-?mail address|boletim|boletín|bulletin d['’]information|inscreva-se|inscri(?:ption|ção)|assinatura|abonn(?:ement|ieren|ez)|suscri(?:pción|birse|bete)|iscri(?:viti|zione)|рассылк\p{L}*|подпи(?:ска|сат)\p{L}*)(?!\p{L})/iu;
const SUBSCRIPTION_ALL = new RegExp(SUBSCRIPTION.source, 'giu');
/** Every line SUBSCRIPTION matches has one of these: most lines are not looked at further. */
const SUBSCRIPTION_MAY_MATCH = /letter|subscri|sign|inbox|mail|bolet|bulletin|inscr|assinat|abonn|suscri|iscri|рассыл|подпи/i;
/** How many mentions of a subscription a line makes: a long sentence about the reader's inbox is prose, a sign-up form's text says it twice. */
function subscriptionWords(line: string): number {
  return (line.match(SUBSCRIPTION_ALL)?.length ?? 0) + signUpInboxWords(line);
}
/** The page speaking to its reader: "you", "your", and their kin. */
const READER = /(?<!\p{L})(?:you|your|yours|você|vous|votre|vos|sie|ihr|ihre|usted|tu|tus|ti|tuo|tua|вы|ваш\p{L}*)(?!\p{L})/iu;
/**
 * "seu", "sua", "su correo": the reader's ("Receba a sua newsletter"), or his, her, its, their ("O
 * jornal oferece a sua newsletter"). The sentence decides: see THIRD_PARTY_SUBJECT.
 */
const READER_OR_THIRD_PARTY = /(?<!\p{L})(?:seu|sua|su correo)(?!\p{L})/iu;
/**
 * The page speaking for itself to the reader, as a form does: "Assine a nossa newsletter",
 * "Suscríbete a nuestro boletín" (the English "our" is CTA_TARGET's, after an imperative).
 */
const PAGE_ITSELF = /(?<!\p{L})(?:nossa|nosso|nossas|nossos|nuestra|nuestro|nuestras|nuestros)(?!\p{L})/iu;
/**
 * A sentence that opens on its subject, an article and a noun ("O jornal oferece…", "El diario
 * envía…", "A revista lançou…"): a third party acts, and its "sua"/"su" is its own. A form's
 * imperative opens on its verb ("Receba…", "Reciba…"); "A sua newsletter semanal" opens on the
 * reader's.
 */
const THIRD_PARTY_SUBJECT = /^(?:o|a|os|as|um|uma|el|la|los|las|un|una)\s+(?!(?:seu|sua|seus|suas|su|sus|nossa|nosso|nossas|nossos|nuestra|nuestro|nuestras|nuestros)(?!\p{L}))\p{L}/iu;
/** Is the reader addressed, or does the page speak to them for itself? */
function addressesReader(line: string): boolean {
  return READER.test(line) || PAGE_ITSELF.test(line) || (READER_OR_THIRD_PARTY.test(line) && !THIRD_PARTY_SUBJECT.test(line));
}
/**
 * A sentence about someone else's subscription is the article's, not a form's: a form speaks for the
 * page ("our newsletter", "Subscribe to Jane's newsletter") to the reader. Prose reports speech
 * ("officials said", "according to", "selon", "dijo"), names the owner by a third person's pronoun
 * ("its archive", "their programme", "sa newsletter"). In the benchmarks' pages no form line has
 * these shapes; prose lines do. (A sentence opening on a third party, "The ministry launched…", is
 * not one: "An email has been sent to your inbox" opens the same way.)
 */
const REPORTED_SPEECH =
  /(?<!\p{L})(?:(?<!(?:being|having|that|all|enough)\s)said|says|told|according to|disse|afirmou|segundo|dijo|afirmó|según|selon|a déclaré|a dit|sagte|sagten|laut|ha detto|secondo|сказал\p{L}*|по словам)(?!\p{L})/iu;
const THIRD_PERSON_OWNER = /(?<!\p{L})(?:its|his|her|their|sa|son|ses|leur|leurs|dele|dela|deles|delas|seine[mnrs]?)(?!\p{L})/iu;
/**
 * A sign-up form speaks in the page's or its author's voice ("our newsletter", "we will never
 * share…", "meinen kostenlosen Newsletter") or with a
 * form's words ("subscribe", "enter", "has been sent", "thank you", "free", "will not be
 * published"), or opens on an imperative (CTA_START, German's "Bleiben Sie…"). A sentence that only names the reader's own newsletter or
 * subscription ("your newsletter has to pass through an intermediary…", "as long as you have an
 * active subscription…") is an article's advice: prose.
 */
const PAGE_VOICE = /(?<!\p{L})(?:our|us|we|my|mine|me|mein\p{L}*|mon|mes|mi|mis|meu|minha|mio|mia|мой|моя|мою|we['’]ll|we['’]ve|nos(?:so|sa|sos|sas|tre|otros)?|nuestr\p{L}*|notre|nous|unser\p{L}*|wir|nostr\p{L}*|noi|наш\p{L}*|мы)(?!\p{L})/iu;
const FORM_ACTION = /(?<!\p{L})(?:(?:un|re)?subscri(?:be|bed|bing)|sign(?:ed)?[ -]?up|enter(?:ed|ing)?|invalid|incorrect|confirm\p{L}*|verif\p{L}*|activat\p{L}*|sent|published|required|please|thank|thanks|free|kostenlos\p{L}*|gratis|gratuit\p{L}*|receba|reciba|inscreva|abonn\p{L}*|suscr[ií]b\p{L}*|iscriv\p{L}*|подпи\p{L}*)(?!\p{L})/iu;
/** German's polite imperative opens on the verb and "Sie": "Bleiben Sie auf dem Laufenden", "Holen Sie sich…". */
const POLITE_IMPERATIVE = /^\p{Lu}\p{Ll}+(?:en|ern|eln) Sie(?!\p{L})/u;
function formVoice(line: string): boolean {
  return PAGE_VOICE.test(line) || FORM_ACTION.test(line) || signUpInboxWords(line) > 0 || CTA_START.test(line) || POLITE_IMPERATIVE.test(line);
}
/** "Watch the tide tables before you go: the causeway floods twice a day, so read…": a short label, a colon, then the advice. */
const LABELLED_LINE = /^([^:]{2,80}):\s+(\S.*)$/u;
const STEP_LABEL_WORDS = 8;
const STEP_ADVICE_WORDS = 10;
/**
 * A guide's step, its label and its advice on one line: the label may open on a verb that sends the
 * reader elsewhere ("Watch…", "Visit the website:"), but a whole sentence of some length follows the
 * colon, in no voice of the page ("our", "we"). A button's label over a title ("Read more: Get the
 * best guides from our experts!") or over a row of links ("Follow us: Facebook | Instagram") is none,
 * nor is a newsletter's name over its call ("Harbor Weekly: Sign up for…") or a call to subscribe
 * over the newsletter's description ("Subscribe to Harbor Weekly: a free round-up of…").
 */
function labelledStep(line: string, sentenceEnd: boolean): boolean {
  if (!sentenceEnd || !line.includes(':')) return false;
  const m = LABELLED_LINE.exec(line);
  return !!m && countWords(m[1]) <= STEP_LABEL_WORDS && countWords(m[2]) >= STEP_ADVICE_WORDS && !PAGE_VOICE.test(line) && !SUBSCRIPTION.test(m[1]) && !CTA_START.test(m[2]) && !CLICK.test(m[2]);
}
/** A whole sentence of some length, in no form's voice: the article's advice to its reader. A label or a form's fragment ("A sua newsletter semanal, direto no seu e-mail") has no full stop. */
const ADVICE_WORDS = 8;
function advicePlainly(line: string, words: number, sentenceEnd: boolean): boolean {
  return sentenceEnd && words >= ADVICE_WORDS && !formVoice(line);
}
function aboutThirdParty(line: string): boolean {
  return REPORTED_SPEECH.test(line) || THIRD_PERSON_OWNER.test(line);
}
/**
 * The page's comment section: its heading, a commenter's "says:" line, the reply buttons. The heading's
 * count may stand with spaces inside its brackets ("Kommentare ( 56 )"), as some templates write it, and
 * its closing bracket may be gone: `bare` below strips a line's last bracket ("Kommentare (56" is left).
 */
const COMMENT_MARK =
  /^(?:\d+\s+)?(?:comments?|responses?|replies|reader comments|discussion)(?:\s*\(\s*\d+(?:\s*\))?)?\s*:?$|^(?:leave|post|add|write|join)\s+(?:(?:a|an|your|the)\s*)?(?:comment|reply|response|discussion)\b.{0,40}$|^.{2,60}\s(?:says|said|wrote|writes|sagt|schreibt|meint|dice|escribe|escribió|dit|écrit|diz|escreve|scrive|pisze|napisał|пишет|schreef|zegt)\s*:$|^(?:reply|reply to (?:this )?comment|report abuse|load more comments|show more comments|view all comments|view comments)$|^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+(?:says|wrote)$|^(?:(?:\d+|keine|sin|aucun|nessun|brak|нет)\s+)?(?:comentários?|comentarios?|komentar|kommentare?|commentaires?|commenti|komentarz[ey]?|komentarzy|reacties|комментари\p{L}*|댓글|コメント|评论|評論|留言)(?:\s*\(\s*\d+(?:\s*\))?)?\s*:?$|^(?:antwort abbrechen|responder|répondre|rispondi|odpowiedz|ответить|beantwoorden|reageer|balas|yanıtla|odpovědět|svara|vastaa|返信|返信する|回复|回覆|답글(?:\s*달기)?)$/iu;
/**
 * A commenter's name with the reply button run into it by the page's innerText ("Ann Lee antworten",
 * "Bo Chen Reply"): capitalised words, then the button. Case-sensitive, so a heading such as "How to
 * reply" is none (COMMENT_MARK matches in any case, where \p{Lu} is any letter).
 */
const NAME_THEN_REPLY = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+(?:[Aa]ntworten|[Rr]eply|[Rr]épondre|[Rr]esponder|[Rr]ispondi|[Oo]dpowiedz|[Оо]тветить)$/u;
/**
 * "Leave a comment" in the languages of most news on the web besides English (COMMENT_MARK has the
 * English), and the link that opens the readers' comments ("Leggi i commenti", "Kommentare lesen").
 */
export const COMMENT_INVITATION =
  /^(?:lascia(?:te)? un commento|deixe (?:um |o seu |seu |sua )?(?:comentário|resposta)|deja (?:un|tu) (?:comentario|respuesta)|(?:laissez|laisser) un commentaire|(?:hinterlasse|schreibe)(?:n sie)? einen kommentar|hinterlasse(?:n sie)? eine antwort|(?:laissez|laisser) une réponse|lascia(?:te)? una risposta|zostaw odpowiedź|(?:оставьте|оставить) ответ|(?:die )?kommentare sind geschlossen|(?:los )?comentarios están cerrados|(?:les )?commentaires sont fermés|(?:i )?commenti sono chiusi|(?:os )?comentários estão (?:fechados|encerrados)|kommentar (?:schreiben|verfassen|hinzufügen)|escribe (?:un|tu) comentario|(?:ajouter|écrire|rédiger) un commentaire|scrivi un commento|escreva (?:um |o seu |seu )?comentário|napisz komentarz|(?:написать|напишите|добавить) комментарий|plaats een reactie|schrijf een reactie|(?:оставьте|оставить) (?:комментарий|отзыв)|tinggalkan (?:komentar|balasan)|tulis komentar|(?:zostaw|dodaj) komentarz|laat een reactie achter|geef een reactie|(?:leggi|vedi) (?:tutti )?i commenti|i commenti dei lettori|kommentare (?:lesen|anzeigen)|(?:lire|voir) (?:tous )?les commentaires|(?:leer|ver) (?:todos )?(?:los )?comentarios|(?:ler|ver) (?:todos )?(?:os )?comentários)(?!\p{L})|^(?:我要)?(?:發表|发表|留下|撰寫|撰写)(?:留言|評論|评论|回應|回应)|^コメント(?:を(?:書く|書き込む|残す|する|投稿する)|する)|^댓글\s*(?:쓰기|달기|작성|남기기)/iu;
/**
 * "59 Comments on “The Title”", "One thought on “The Title”": a blog's comment section heading; and
 * the same in other languages ("12 Antworten zu „…“", "3 respuestas a «…»", "2 réponses à « … »").
 * A count in figures of comments, responses or replies may name the title unquoted ("1 Comment on The
 * Title"); thoughts may not ("3 Thoughts on Leadership" is a headline's shape).
 */
export const COMMENTS_ON =
  /^(?:\d+|one|two|three)\s+(?:comments?|thoughts?|responses?|replies)\s+(?:on|to)\s+["“«„'‘]|^\d+\s+(?:comments?|responses?|replies)\s+(?:on|to)\s+\p{Lu}|^\d+\s+(?:antworten|kommentare|gedanken|comentarios|respuestas|commentaires|réponses|commenti|risposte|comentários|respostas|komentarz[ey]?|komentarzy|odpowiedzi|комментари\p{L}*|ответ\p{L}*|reacties)\s+(?:zu|auf|zum|zur|a|en|sobre|à|sur|su|para|em|do|на|к|op)\s+["“«„'‘]/iu;
/** Lower-case letters running straight into a capitalised word: two texts joined without a space. */
// The sentence must go on in lower case ("…DetroitIn the market…"), so brand names written in
// camel case ("MacBook Pro", "iPhone") are not junctions.
// After a digit the capital starts a word ("…in 2019The committee…"): a single capital after a
// number is its unit ("$449K on new ads", "5G networks"), no junction.
const FUSED = /(\p{Ll}{2}|\d(?=\p{Lu}\p{Ll})|\p{Ll}[?!’'"”])(?=\p{Lu}\p{Ll}*\s+\p{Ll})/u;
/**
 * The same junction before any word ("…Millbrook NeighborhoodVisiting Millbrook, or just…"): taken
 * only when a sentence follows it, so a Title-Case headline with a camel-case name ("New MacBook
 * Pro Review") is no teaser.
 */
const FUSED_BEFORE_ANY_WORD = /(\p{Ll}{2}|\d|\p{Ll}[?!’'"”])(?=\p{Lu}\p{Ll}+\s+\p{L})/u;
/** Words after such a junction that make a teaser's summary. */
const SUMMARY_WORDS = 10;
const FUSED_ALL = new RegExp(FUSED.source, 'gu');
/** A lower-case letter run into a capital: a brand ("AirPods") or two texts joined. */
const CAMEL_JOINS = /\p{Ll}\p{Lu}/gu;
/**
 * After "By" comes a name: "By Any Means Necessary", "By All Accounts", "By Far the Best" are a
 * menu's or a headline's phrases. No name starts with a determiner or a quantifier.
 */
const NOT_A_NAME = String.raw`(?:${PREPOSITIONS})\s+(?:any|every|each|some|no|all|this|that|these|those|my|our|your|their|its|far)\b`;
export const NOT_A_NAME_AFTER_BY = new RegExp(`^${NOT_A_NAME}`, 'i');
const BYLINE = new RegExp(`^(?!${NOT_A_NAME})${LINE_OPENING_BYLINE}`, 'iu');
/**
 * Headings of boxes of other stories, in the languages of most news on the web ("More:" alone too: a bare "More" may be a button).
 * A blog's or a writer's list is headed "Recent Posts", "Recent stories by …:", "Other posts you'll love:": the
 * word after "recent" or "other" names the site's items, so "Recent studies show …" and "Other articles of the
 * treaty …" (a sentence, or more than the heading's six words) stay prose.
 * "Mehr aus dem Ressort" is none: news sites set that box between the article's sections, and the
 * article goes on under it past its questions as sub-headings, which the box's teasers rule reads as more teasers.
 */
const BOX_HEADING = new RegExp(
  String.raw`^(?:trending|related|recommended|popular|most (?:popular|read|viewed|watched|shared|commented)|top (?:stories|news|headlines|videos?)|latest(?: news| headlines| stories| videos?)?|more (?:in|from|on|news|stories|videos?|headlines)\b|more \p{L}+$|more(?=\s*[:：]\s*$)|more(?: \p{L}+){1,2} (?:stories|news|articles|videos|headlines)$|read (?:more|next|also)|also read|people (?:are |who (?:read|viewed|liked) this,? )?also (?:read|reading|viewed|liked)|readers (?:are )?also (?:read|reading|viewed|liked)|see also|explore more|you (?:may|might) (?:also )?like|don['’]t miss|up next|next up|watch next|editor(?:s['’]|['’]s|s)? picks?|in case you missed it|what to read next|further reading|other (?:stories|news|posts|articles)|recent (?:stories|posts|articles)|more to explore|featured(?: stories| articles)?|sponsored(?: stories| links)?|promoted stories|around the web|from our partners|leia (?:também|mais)|veja também|mais lidas|relacionad[ao]s|(?:artigos|posts|matérias|conteúdos?) relacionad[ao]s|читайте также|популярное|самые (?:популярные|читаемые)|самое (?:популярное|читаемое)|baca juga|berita terkait|関連記事|関連ニュース|相关新闻|相关阅读|热门|관련 ?기사|많이 본|sur le même sujet|(?:à )?lire aussi|la rédaction vous conseille|à découvrir(?: (?:également|aussi))?|à voir aussi|les plus lus|articles en relation|articles similaires|dans la même rubrique|vous aimerez aussi|mehr zum thema|mehr (?:zu|zur|von|vom)(?= \p{L})|noch mehr (?:stories|artikel|beiträge|news|nachrichten|themen)|weitere top-?themen|verwandte themen|weiterführende (?:artikel|beiträge)|neues aus (?:der|dem|den)|aktuelle (?:news|nachrichten)|top-themen|aktuelles: schlagzeilen|weitere nachrichten|lesen sie auch|auch interessant|das könnte sie (?:auch )?interessieren|meistgelesen|ähnliche artikel|weitere artikel|(?:también )?te puede interesar|le[eé] también|mirá también|seguí leyendo|más sobre(?= \p{L})|últimas notas|imperdibles(?=\s*:?$)|más noticias|últimas noticias|lo último|te recomendamos|recomendad[oa]s?|noticias relacionadas|artículos relacionados|lo más leído|más leíd[ao]s|você (?:também )?pode gostar|notícias relacionadas|mais notícias|leggi anche|(?:ti )?potrebbe interessarti|articoli correlati|più lett[ie]|lees ook|lees meer over|meer nieuws|aangeboden door (?:onze )?partners|meest gelezen|mest (?:lest|leste|läst|lästa|læst|læste)|gerelateerde artikelen|czytaj (?:też|także)|zobacz (?:też|także)|najczęściej czytane|najpopularniejsze(?=\s*:?$)|čtěte také|související články|nejčtenější|ilgili haberler|artikel terkait|berita lainnya|terpopuler|похожие новости|другие новости|(?:материалы|новости) по теме|смотрите также|рекомендуем|おすすめ記事|人気記事|あわせて読みたい|こちらもおすすめ|相关文章|相關文章|推荐阅读|推薦閱讀|延伸阅读|延伸閱讀|猜你喜欢|熱門|相關新聞|인기 ?기사|추천 ?기사)(?:(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])|(?![\p{L}\p{N}])).*$`,
  'iu',
);
/**
 * A box's heading names its box in a few words ("Latest stories", "Popular this week", "Latest smart
 * home security reviews"). Opening on the same adjective, a line of six words or more is a clause or
 * a section's title of the article ("Latest boards keep their fans quiet", "Popular garden tools with
 * free trials"): no box heading.
 */
const OPENS_LIKE_A_CLAUSE = /^\P{L}*(?:latest|popular|featured|recommended|trending)\s/iu;
const CLAUSE_WORDS = 6;
/**
 * "Popular front-end languages include:", "Die beliebtesten Sorten sind:": a clause whose verb
 * introduces the article's list, however few its words. A box's label names its box ("Popular now:",
 * "Related stories:"), with no verb before its colon.
 */
const VERBS_BEFORE_A_LIST = new Set(['include', 'includes', 'are', 'were', 'sind', 'waren', 'umfassen', 'son', 'incluyen', 'sont', 'incluent', 'são', 'incluem', 'sono', 'includono', 'zijn']);
function introducedByAVerb(line: string): boolean {
  const text = line.trim();
  const last = text.charCodeAt(text.length - 1);
  if (last !== 0x3a && last !== 0xff1a) return false;
  const head = text.slice(0, -1).trimEnd();
  return VERBS_BEFORE_A_LIST.has(head.slice(head.lastIndexOf(' ') + 1).toLowerCase());
}
/** "Weitere Videos", "Weitere Beiträge": more of the site's stories, in German ("Weitere Informationen" often heads the article's own contacts). */
const MORE_STORIES_IN_GERMAN = /^weitere (?:videos|beiträge|meldungen|news|stories)$/iu;
const HEADING_BRACKETS = /^[【\[「『]\s*|(?:(?<!\s)\s+)?[】\]」』]$|(?:(?<!\s)\s+)?(?:\.{3}|…)$/gu;
const TRAILING_ELLIPSIS = /(?:\.{3}|…)$/;
/** What a consent banner asks of the reader, or the site's "we use", in the languages of most news on the web. */
const CONSENT = /\b(?:we use|uses cookies|accept|consent|agree|by (?:continuing|using|clicking)|manage (?:your )?(?:preferences|settings)|akzeptier|zustimm|einwillig|aceptar?|acepto|accepter|acceptez|aceitar?|aceito|consentimento|accett|согласи|принять|stimmen sie|durch die (?:weitere )?nutzung|utilizamos|usamos|utilizziamo|usiamo|używamy|korzystamy|zgod[eęya]|gebruiken)/i;
const COOKIES = /\bcookies?\b|\bcookie-|\bкуки\b|クッキー|쿠키/i;
/** A sentence of this many words that names cookies, in no banner's voice, is prose ("Bake the cookies for ten minutes."). */
const COOKIE_PROSE_WORDS = 5;
/** What a consent panel's sentences name: the site itself and its visitors ("…essential for the website to function"). */
const SITE_ITSELF = /\b(?:(?:this|the) (?:web)?site|websites?|visitors?|user experience)\b/i;
const LEGAL = /^(?:©|\(c\)|copyright\s*©)|\b(?:telephone|phone|tel|fax|e-?mail)\s*:\s*[+(\d\w]|\bprivacy (?:policy|overview|settings|notice)\b|\bterms (?:of (?:use|service)|(?:&|and) conditions)\b|\ball rights reserved\b/i;
/**
 * A line of code: indented by two spaces or more, ending or opening on a brace or a semicolon, with an
 * operator between spaces, a call, a comment mark or a statement's first keyword. Prose has none.
 */
const CODE = /^ {2,}\S|[;{}]$|^[{}]|\s(?:=|==|===|!=|=>|->|-->|:=|\+=|&&|\|\|)\s|\w\([^()]*\);?$|^(?:\/\/|\/\*|#include|#!|\$ |>>> |def |function |const |let |var |import |return |SELECT |FROM |WHERE |INSERT |CREATE |npm |pip |git |sudo )/;
/** A line of code is a statement or two; a longer line is prose whatever it holds. */
const CODE_LINE_WORDS = 25;
/** Clause and sentence punctuation of any script. */
const CLAUSE_MARK = /[,;:.!?、。，；：！？،؛؟।]/;
const SEPARATORS = /\s[•·|/»›]\s/g;
/** In scripts written without spaces a row of links may have none around its bars either: "首页|新闻|图片|评论". */
const WIDE_SEPARATORS = /\s[•·|/»›]\s|[|｜]/g;
/** The ellipsis that ends a cut title, and the marks that end a sentence before it. */
const CUT = /(?:(?<!\s)\s+)?(?:(?<!\.)\.{3,}|(?<!…)…+)$/;
const BREADCRUMB = /\s[»›>]\s/;
const SENTENCE_INSIDE = /[.!?。！？](?=["'”’)\]」』]*(?:\s|$))/;
/**
 * The sentence marks inside a line: a mark then a space or the end, after any closing quote (in
 * Latin, Devanagari, Arabic… and Chinese or Japanese at a line's end); WIDE_SENTENCE_MARK, a run of
 * Chinese or Japanese full stops, question or exclamation marks wherever it stands, as no space
 * follows them inside a paragraph ("…した。次に…").
 */
const SENTENCE_MARK = /[.!?。！？।॥؟۔።။។៕](?=["'”’)\]」』»«“›‹）]*(?:\s|$))/g;
const WIDE_SENTENCE_MARK = /[。！？｡]+/g;
/** Thai and Lao letters, a space between two phrases of them, and the words of a line of prose (as a paragraph's). */
const UNMARKED_SCRIPT = /[\u0e00-\u0eff]/;
const PHRASE_BREAK = /[\u0e00-\u0eff] +(?=[\u0e00-\u0eff])/g;
const UNMARKED_PROSE_WORDS = 15;
const WIDE_MARK_MAY_MATCH = /[。！？｡]/;
/**
 * A box cuts its titles at its width, a line or so: longer text that trails off is prose, and so is
 * a short line that trails off on purpose. Taken in Chinese and Japanese only, whose boxes cut titles
 * by the character: in scripts with spaces a line that trails off is as often the page's own headline
 * or a writer's pause ("I bet you didn't know this, but…"), and reading it so cost headlines on the
 * metadata set (held out 0.716 -> 0.713) for no body gain.
 */
const CUT_TITLE_CHARACTERS = { min: 15, max: 50 };
const MARKUP = /<\/?[a-z][^>]*>?|\b(?:https?:\/\/|www\.)\S+|\b[\w-]+="[^"]*"?/gi;
const TICKER = /^\d{1,2}[:h]\d{2}\s+\S/;
/**
 * A site's copyright line; "© Jane Doe" under a photo is a credit, not the foot of the page. (Its
 * "all rights reserved" in other languages: RIGHTS_RESERVED.)
 */
// The sign comes in several forms: "©", "ⓒ" (Korean pages), "(c)", "@" typed for it.
const COPYRIGHT = /^(?:[©ⓒ]|\(c\)|copyright\b)\s*(?:(?:[©ⓒ@]|\(c\))\s*)?\d{4}|^copyright\s*(?:[©ⓒ@]|\(c\))|\ball rights reserved\b/i;
const TIME = /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\b|\b\d{1,2}\s*[ap]\.?m\.?\b/i;
/** A Japanese or Chinese time written with the units' characters: "20時01分", "21时37分". */
const CJK_TIME = /\d{1,2}\s*[時时]\s*\d{1,2}\s*分(?:\s*\d{1,2}\s*秒)?/u;

/**
 * A sentence signed by its author's initials or an agency's short name: "… voraus. (bsc)",
 * "… said. (dpa/AFP)". Words in brackets ("(mehr)", "(Video)") are links, not signatures.
 */
const SIGNED = /[.!?…。！？]["'”’)\]]*\s*\((?:\p{Ll}{2,3}|\p{Lu}{2,5})(?:\s*[/,]\s*(?:\p{Ll}{2,3}|\p{Lu}{2,5}))*\)$/u;

/**
 * A photo's credit at the end of a line: "Photo: Name", "(Image: © Name)", "Photograph by Name/Agency",
 * "…last yearCredit: Name" (a caption run into its credit), "© Agency / Name"; the credit itself has
 * no sentence mark. The credit's name starts with a capital (case-sensitive on purpose: "image/jpeg"
 * or "Picture this:" is no credit), and the word is not part of another ("entity_picture:") nor the
 * last of a name in capitals ("Container Images: Fewer Flaws…" is a headline: a credit's label opens
 * its line or follows the caption's last word or sentence).
 */
const PHOTO_WORD = '(?:[Pp]hoto(?:graph)?s?|PHOTOS?|[Ii]mages?|IMAGES?|[Pp]ictures?|[Cc]redits?|CREDITS?|[Ff]otos?|FOTOS?|[Bb]ild(?:er|rechte|quelle)?|BILD(?:ER|RECHTE|QUELLE)?)';
const PHOTO_CREDIT = new RegExp(
  String.raw`(?:(?:^|[\s(\[.,;\p{Ll}])(?<!\p{Lu}[\p{L}'’-]*\s)${PHOTO_WORD}(?:\s+(?:[Cc]redit|[Cc]ourtesy(?: of)?))?\s*[:/]\s*©?\s*(?=[\p{Lu}\d])|(?:^|[\s(\[.,;])(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture)s?\s+(?:by|courtesy of)\s+(?=\p{Lu})|(?:^|\s)©\s*(?=\p{Lu}|\p{Ll}+\/\p{Lu}))[^.!?…。！？]{1,80}$`,
  'u',
);

/**
 * Other marks of a caption: its label ("Image caption …"), the credits in brackets after its last
 * sentence ("… of Titan. (NASA/JPL/ASU)"), a credit run into it ("…on July 25.J. Smith / Agency
 * file"), the button that expands it ("… you can try one ... [+]", "… the river crossings ... more") or
 * collapses it again ("… with the nation. less").
 */
// Case-sensitive but for the label: the credits' names are capitalised ("… said. (dpa/AFP)" signs a paragraph).
const CAPTION_MARK =
  /^(?:[Ii]mage|IMAGE|[Pp]hoto|PHOTO|[Pp]icture|PICTURE) (?:[Cc]aption|CAPTION)\s|[.!?]["”’]?\s*\((?:\p{Lu}[\p{L}\d.&'’-]*(?: (?:\p{Lu}[\p{L}\d.&'’-]*|via|for|of|and|de|du|von|van))*\s*\/\s*)+\p{Lu}[\p{L}\d.&'’-]*(?: (?:\p{Lu}[\p{L}\d.&'’-]*|via|for|of|and|de|du|von|van))*\)$|[.!?](?=\p{Lu})[^.!?]{2,60}\s\/\s[^.!?/]{1,30}$|\s\[\+\]$|(?:\.\.\.|…)\s*more$|[.!?)"”]\s+less$/u;
/**
 * A wire photo's credit as the wires sign it: the agency's name before the photo word, in brackets at
 * the caption's end ("… in Riverside, Calif. (AP Photo/Jane Smith, File)", "(AFP Photos: Name)"), or
 * the photographer's name and the agency after the caption's last sentence, parted by a spaced slash
 * ("… to oppose it. Jane SMITH / AFP", "Fot. Jan Kowalski / Agencja Foto"). PHOTO_CREDIT leaves the
 * first out on purpose (a capitalised word before the photo word is a name's, as in "Container
 * Images: …"), but inside a bracket that closes the line the words are the agency's.
 */
const WIRE_PHOTO_CREDIT = new RegExp(
  String.raw`\((?:\p{Lu}[\p{L}.&'’-]*\s+){1,2}${PHOTO_WORD}\s*[:/]\s*\p{Lu}[^()]{1,60}\)$|[.!?]["”’]?\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s\/\s\p{Lu}[\p{L}&.-]*(?:\s(?:\p{Lu}[\p{L}&.-]*|file|via))?$`,
  'u',
);
/**
 * The credit after a caption's last sentence as many sites sign it, the agency and the photographer
 * joined by a slash with no space ("… in Schmalkalden. IMAGO/Jan Ritter", "… | Jan Ritter/Harbor Images via
 * Coastline"), or the source in brackets ("… am Montag. (Quelle: Hafenblatt/Ann Lee)"). Capitalised on
 * both sides of the slash, with no sentence mark after it: "… von AC/DC und Queen." ends a sentence, and
 * "Read more / Share" (spaced) is a row of links, and "8. Seamless UX/UI Design" a numbered heading (the
 * sentence ends on a word, not on an initial: "… Queens.Credit Chang W. Lee/The Times" is no such credit). A source cited within a sentence ("… (Quelle: Amt).") too.
 */
const SLASHED_CREDIT = /(?<=\p{L}\p{L})[.!?]["”’]?\s*(?:\|\s*)?(?:\p{Lu}(?:[\p{L}\d&'’ -]{0,40}[\p{L}\d])?\/\p{Lu}[^.!?…|/]{0,60}(?:\/\p{Lu}[^.!?…|/]{0,40})?|\((?:[Qq]uelle|QUELLE)\s*:\s*[^()]{2,80}\))$/u;
/**
 * "… festgenommen. (Symbolfoto: harbor images/dpa | Jane Roe)": in brackets that close the line, a
 * picture's label (a compound of it too: "Symbolfoto", "Archivbild") and its colon say the rest is the
 * credit, whatever case the agency writes its name in.
 */
const BRACKETED_PHOTO_LABEL = new RegExp(String.raw`[.!?]["”’]?\s*\(${PICTURE_KIND}?(?:photo|foto|bild|image|picture)s?\s*:\s*[^()]{2,70}\)$`, 'iu');
/**
 * Every line PHOTO_CREDIT, WIRE_PHOTO_CREDIT, SLASHED_CREDIT, BRACKETED_PHOTO_LABEL or CAPTION_MARK
 * matches has one of these words or marks, or ends on " more" or " less": most lines are not looked
 * at further. The end is read at the end: as one pattern with the words (CAPTION_MAY_MATCH_FOR_TESTS),
 * " more" was tried after every space of every line.
 */
const CAPTION_WORDS = /photo|image|picture|credit|foto|bild|quelle|©|\/|\[\+\]/i;
const MORE_OR_LESS_TAIL = /^\s(?:more|less)$/i;
export const captionMayMatch = (line: string): boolean => CAPTION_WORDS.test(line) || (line.length >= 5 && MORE_OR_LESS_TAIL.test(line.slice(-5)));
/** The one pattern captionMayMatch stands for, for the test that holds the one to the other (tests/ingest/text-speed-caption-prechecks.test.ts). */
export const CAPTION_MAY_MATCH_FOR_TESTS = /photo|image|picture|credit|foto|bild|quelle|©|\/|\[\+\]|\s(?:more|less)$/i;
/**
 * A Chinese or Japanese caption ends on its credit: the photographer or the source in brackets
 * ("（Name撮影）", "（Name提供）", "（记者 Name 摄）", "（Source供图）"), or the agency or source
 * after "＝" ("…＝ＡＰ" in capitals, a wire's name in kana, "＝Name提供"). Prose says who took a
 * picture in a sentence that closes on its full stop.
 */
const CJK_PHOTO_CREDIT = /(?:撮影|提供|摄|攝|供图|供圖)\s*[）)]$|＝(?:\p{Lu}{2,6}|ロイター|共同|時事|ゲッティ(?:イメージズ)?|[^\s＝。、]{1,12}提供)$/u;
const CJK_CREDIT_MAY_MATCH = /[）)]$|＝/;
/** A gallery's caption, run into its slide number: "1of4Grass Valley's mayor looks at…". */
const SLIDE_CAPTION = /^\d{1,3}\s*of\s*\d{1,3}(?=\p{Lu}[\p{Ll}\s])/u;

/** A social post's author as its embed signs it: "(@jane_doe)". */
const HANDLE = /\(@\w{2,}\)/;

/** Every line COUNTER matches starts with a bracket, a digit or one of its words, or ends with a bracket: most lines are not looked at further. */
// (Read as characters: a pattern anchored at the end only is tried from every character of the line.)
const COUNTER_FIRST = new Set([...'(0123456789AaOoJjYyTt'].map((c) => c.charCodeAt(0)));
const counterMayMatch = (line: string) => COUNTER_FIRST.has(line.charCodeAt(0)) || line.endsWith(')');
/** A line that may lose a bracket at either end. */
const bracketed = (line: string) => line.startsWith('[') || line.startsWith('(') || line.endsWith(']') || line.endsWith(')');

/** What each code unit of the Basic Multilingual Plane is, as met: see `charKind`. */
const CHAR_KINDS = new Uint8Array(0x10000);
const KNOWN = 1, LETTER = 2, UPPER_CASE = 4, LOWER_CASE = 8, WORD_START_MARK = 16;
function kindOf(ch: string): number {
  return KNOWN | (/^\p{L}$/u.test(ch) ? LETTER : 0) | (/^\p{Lu}$/u.test(ch) ? UPPER_CASE : 0) | (/^\p{Ll}$/u.test(ch) ? LOWER_CASE : 0) | (/^[\s"“(‘'-]$/u.test(ch) ? WORD_START_MARK : 0);
}
function charKind(code: number): number {
  let kind = CHAR_KINDS[code];
  if (!kind) CHAR_KINDS[code] = kind = kindOf(String.fromCharCode(code));
  return kind;
}

/** Does the text after `at` read as a sentence: more words in lower case than capitalised? */
function readsOnAsSentence(text: string, at: number): boolean {
  const rest = wordStarts(text.slice(at));
  return rest.lowers > rest.capitals;
}

/** Marks FUSED takes as the end of the first text after a lower-case letter ("…it?Next story"). */
const JUNCTION_MARKS = new Set([...'?!’\'"”'].map((c) => c.charCodeAt(0)));
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Could FUSED (or FUSED_BEFORE_ANY_WORD) match: is there a capital right after two lower-case
 * letters, a digit, or a lower-case letter and a closing mark? Most lines have none, and the
 * patterns are costly to run. A character outside the BMP is left to the patterns to judge.
 */
function mayJoinTwoTexts(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 ? code < 0x41 || code > 0x5a : !(code >= 0xd800 && code <= 0xdbff) && !(charKind(code) & UPPER_CASE)) continue;
    const before = text.charCodeAt(i - 1);
    if ((before >= 0x30 && before <= 0x39) || isLowSurrogate(before)) return true;
    if (i < 2 || !(charKind(before) & LOWER_CASE || JUNCTION_MARKS.has(before))) continue;
    const twoBefore = text.charCodeAt(i - 2);
    if (isLowSurrogate(twoBefore) || charKind(twoBefore) & LOWER_CASE) return true;
  }
  return false;
}

/**
 * The letters that start a word (at the start, or after a space, a quote, a bracket or a hyphen), and
 * how many of them are upper and lower case: what `/(?:^|[\s"“(‘'-])\p{L}/gu` finds, counted in one
 * pass without allocating, since every line of every page is read.
 */
function wordStarts(text: string): { starts: number; capitals: number; lowers: number } {
  let starts = 0, capitals = 0, lowers = 0;
  let afterMark = true; // the start of the text counts as a mark
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let kind: number;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      kind = kindOf(text.slice(i, i + 2));
      i++;
    } else kind = charKind(code);
    if (afterMark && kind & LETTER) {
      starts++;
      if (kind & UPPER_CASE) capitals++;
      if (kind & LOWER_CASE) lowers++;
      // The letter is taken: the next word start needs a mark of its own.
      afterMark = false;
    } else afterMark = (kind & WORD_START_MARK) !== 0;
  }
  return { starts, capitals, lowers };
}

/**
 * Pages of one site repeat their furniture (menus, share rows, footers, cookie banners), and a short
 * line costs as many pattern tests as a paragraph: a line's features are remembered across pages, on
 * its record (line-record.ts). They depend on the line and on the language's stopwords and script
 * only, so the record says which stopword list and script they were read with (every language without
 * a list reads alike), and a page of another language reads them again. Only short lines (furniture is
 * short; prose seldom repeats from page to page). Features are never changed in place (callers copy a
 * record to change it), so copies may share one.
 */
const NO_STOPWORDS: ReadonlySet<string> = new Set();

export function blockFeatures(text: string, language: Language): BlockFeatures {
  if (text.length > REMEMBERED_LINE_CHARS) return readBlockFeatures(text, language);
  const list = language.stopwords.size ? language.stopwords : NO_STOPWORDS;
  const cjk = !!language.cjk;
  const record = lineRecord(text);
  if (record.features && record.featuresStopwords === list && record.featuresCjk === cjk) return record.features;
  const features = readBlockFeatures(text, language);
  record.features = features;
  record.featuresStopwords = list;
  record.featuresCjk = cjk;
  return features;
}

/**
 * The features that need no language: a line's words and every mark of furniture a short line can
 * carry. They are all the HTML path's furniture rules read (lib/html/furniture/html-furniture.ts), which need none
 * of the rest (stopword and capital shares, chrome rules, fused teasers, captions: most of the cost).
 */
export type FurnitureFeatures = Pick<
  BlockFeatures,
  'words' | 'markup' | 'sentenceEnd' | 'age' | 'counter' | 'callToAction' | 'commentMark' | 'copyright' | 'legal' | 'dateLine' | 'price' | 'byline' | 'boxHeading'
>;

/** The longest line read as a stamp shown twice: a stamp row is short. */
const MAX_TWICE_SHOWN_STAMP = 300;

/** The first half of a short line that is the same text twice run together ("May 2, 2025May 2, 2025"), or null. */
function shownTwice(line: string): string | null {
  const half = line.length / 2;
  return line.length <= MAX_TWICE_SHOWN_STAMP && Number.isInteger(half) && half > 0 && line.slice(0, half) === line.slice(half) ? line.slice(0, half) : null;
}

/** `line`: the block trimmed; `head`: its first 300 characters. */
function readFurnitureFeatures(line: string, head: string): FurnitureFeatures {
  // Markup and addresses are not words of the text: `<div><a href="…">` is not a paragraph.
  let markup = false;
  let words: number;
  const countedBare = line.includes('<') || line.includes('://') || line.includes('www.') || line.includes('="');
  if (countedBare) {
    const bare = line.replace(MARKUP, ' ');
    words = countWords(bare);
    markup = bare.trim().length < line.length * 0.5;
  } else words = countWords(line);
  const sentenceEnd = endsLikeSentence(line) || (line.endsWith(')') && SIGNED.test(line));
  const age = words <= 10 && (AGE.test(line) || (line.includes(' old') && AGE_NOTICE.test(line)) || AGE_OTHER_LANGUAGES.test(line));
  const counter = age || (counterMayMatch(line) && COUNTER.test(line) && !(words >= YEAR_HEADING_WORDS && YEAR_IN_BRACKETS.test(line)) && !ratedHeading(line, words));
  // Or a line about the reader's own subscription or e-mail ("You can unsubscribe at any time", "An
  // email has just been sent to your email address"): a sign-up form's text, however it is worded,
  // unless it is about a third party's subscription (aboutThirdParty).
  const callToAction =
    ((words <= 30 && ((CTA_START.test(line) && CTA_TARGET.test(line)) || (CLICK.test(line) && HERE.test(line)))) || (words <= 40 && SUBSCRIPTION_MAY_MATCH.test(line) && addressesReader(line) && subscriptionWords(line) >= (words <= 25 ? 1 : 2) && !aboutThirdParty(line) && !advicePlainly(line, words, sentenceEnd))) &&
    !labelledStep(line, sentenceEnd);
  const bare = bracketed(line) ? line.replace(/^[[(]\s*|(?:(?<!\s)\s+)?[\])]$/g, '') : line;
  const commentMark = (words <= 12 && (COMMENT_MARK.test(bare) || NAME_THEN_REPLY.test(bare) || COMMENT_INVITATION.test(bare) || (words <= 4 && /\bcomments\b/i.test(bare) && !/\bno comments\b/i.test(bare)))) || (words <= 40 && COMMENTS_ON.test(bare));
  // A banner asks for consent; a paragraph about cookies or privacy policies (an article on
  // tracking) is prose. A link to the terms is a few words, or no sentence.
  const copyright = words <= 40 && (COPYRIGHT.test(line) || (RIGHTS_RESERVED_MAY_MATCH.test(line) && RIGHTS_RESERVED.test(line)));
  // A short line that names cookies is a banner's when it is no sentence ("Cookie Policy", "Essential
  // cookies") or speaks in the site's voice ("…so that we and our partners…"); a sentence of prose
  // A consent panel describes each kind of cookie: what it does for "the website" and its "visitors".
  // A sentence of prose about cookies (a recipe, a bakery's rules, an article on tracking) is none.
  const cookieBanner = words <= 200 && COOKIES.test(head) && (CONSENT.test(line) || (words <= 40 && (!sentenceEnd || words < COOKIE_PROSE_WORDS || PAGE_VOICE.test(line) || SITE_ITSELF.test(line))));
  const legal = copyright || cookieBanner || (words <= 40 && (words <= 12 || !sentenceEnd) && LEGAL.test(line));
  let dateLine = false;
  let price = false;
  // "— Jane Doe (@jane) November 18, 2019" signs a social post the article quotes: not the page's stamp.
  // "12 March 2024 / 09:15 CET12 March 2024 / 09:15 CET": a stamp the page shows twice (one for
  // each screen size), run together by innerText, is read once; its words count once.
  const stampLine = shownTwice(line) ?? line;
  // "Harbor Digest 11.18.19": a series' name and its issue's date in figures is that issue's headline,
  // though "11.18" reads like a time (headline/title.ts nameWithItsDate).
  // Counted to 13 at most: a paragraph is not read to its end to learn it has more than 12 words.
  // The line's own count, when its words were counted on the line itself: min(words, 13) is what counting it again would give.
  const stampWords = stampLine === line && !countedBare ? words : countWords(stampLine, 13);
  if (stampWords <= 12 && /\p{Nd}/u.test(stampLine) && !HANDLE.test(stampLine) && !nameWithItsDate(stampLine)) {
    const rest = stampLine.replace(STAMP_LABEL, '');
    const dates = findFullDates(rest);
    // A stamp's time counts with its date, in digits ("20:01") or in characters ("20時01分").
    const stripped = dates.reduce((s, d) => s.replace(d.text, ' '), rest).replace(TIME, ' ').replace(CJK_TIME, ' ');
    // "Average GPA: 3.69", "Market share: 12.89%": figures, not times (lines/figure-by-its-shape.ts);
    // "$99.99", "0:00": a price, a player's timer (lines/price-not-time.ts), furniture but no stamp.
    const shortLine = countWords(stripped.replace(/\b(?:at|on|am|pm|a\.m|p\.m|et|gmt|utc|bst|est|edt|pst|cst|ist|jst|kst|bjt)\b/gi, '')) <= 3;
    const timed = dates.length === 0 && TIME.test(rest) && !figuresByTheirShape(rest);
    price = timed && shortLine && pricesNotTimes(rest);
    dateLine = (dates.length > 0 || (timed && !price)) && shortLine;
  }
  return {
    words,
    markup,
    sentenceEnd,
    age,
    counter,
    callToAction,
    commentMark,
    copyright,
    legal,
    dateLine,
    price,
    byline: words <= 12 && BYLINE.test(line) && !titleAfterBylineLabel(line),
    // "【関連記事】", "Você pode gostar...": a heading may be bracketed, or trail off (a clause that trails off is no heading).
    boxHeading: words <= 6 && !(words >= CLAUSE_WORDS && OPENS_LIKE_A_CLAUSE.test(line)) && !introducedByAVerb(line) && (!sentenceEnd || (TRAILING_ELLIPSIS.test(line) && !CLAUSE_MARK.test(line.replace(TRAILING_ELLIPSIS, '')))) && (BOX_HEADING.test(line.replace(HEADING_BRACKETS, '')) || MORE_STORIES_IN_GERMAN.test(line.trim())),
  };
}

const rememberedFurniture = new BoundedMemo<FurnitureFeatures>();

/** How much of a line its shares read: they settle within its first fifty words, so long paragraphs are not read to the end. */
const HEAD_CHARS = 300;
/** A trimmed line's head, the part its shares read. */
export const headOf = (line: string): string => (line.length > HEAD_CHARS ? line.slice(0, HEAD_CHARS) : line);

/** The share of stopwords among a line's head's words (NaN: a CJK page, a language without a list, no words), as blockFeatures reads it. */
export function stopwordShareOfHead(head: string, language: Language): number {
  // Without a stopword list the share is NaN whatever the words: they are not read.
  const { tokens, stops } = language.cjk || !language.stopwords.size ? { tokens: 0, stops: 0 } : stopwordCount(head, language.stopwords);
  return language.stopwords.size && tokens ? stops / tokens : NaN;
}

/** The furniture features of a block (what blockFeatures gives of them, in any language), remembered across pages like them. */
export function furnitureFeatures(text: string): FurnitureFeatures {
  const remembered = text.length > REMEMBERED_LINE_CHARS ? undefined : rememberedFurniture.get(text);
  if (remembered) return remembered;
  // Read as its reader sees it: without the marks that only set its direction (language/directional-marks.ts).
  const line = withoutDirectionalMarks(text).trim();
  const features = readFurnitureFeatures(line, headOf(line));
  return text.length > REMEMBERED_LINE_CHARS ? features : rememberedFurniture.remember(text, features);
}

/** The features read afresh, never remembered (what blockFeatures remembers; tests hold the two together). */
export function readBlockFeatures(text: string, language: Language): BlockFeatures {
  // Read as its reader sees it: without the marks that only set its direction (language/directional-marks.ts).
  const line = withoutDirectionalMarks(text).trim();
  const head = headOf(line);
  const marks = readFurnitureFeatures(line, head);
  const { words, markup, sentenceEnd, copyright } = marks;
  const spaced = (line.match(SENTENCE_MARK) ?? []).length;
  // Chinese and Japanese marks with text after them count from two: one inside a line is as often a
  // site's tagline ("港町の老舗です。贈り物ならお任せ") as a sentence.
  const wide = WIDE_MARK_MAY_MATCH.test(line) ? (line.match(WIDE_SENTENCE_MARK) ?? []).length : 0;
  // Thai and Lao mark no sentence's end: a space between two phrases ends one, and so does the line's
  // end after the last. Only in a line long enough to be prose: a menu's labels are spaced so too.
  const phrases = words >= UNMARKED_PROSE_WORDS && UNMARKED_SCRIPT.test(line) ? (line.match(PHRASE_BREAK)?.length ?? 0) : 0;
  const sentenceMarks = Math.max(wide >= 2 ? Math.max(spaced, wide) : spaced, phrases ? phrases + 1 : 0);
  const stopwordShare = stopwordShareOfHead(head, language);
  const { starts, capitals, lowers } = wordStarts(head);
  const hasCase = capitals > 0 || lowers > 0;
  const capitalShare = hasCase && starts ? capitals / starts : 0;
  let fusedTeaser = false;
  // A teaser's headline is at most a line long: the junction is near the start.
  const teaserHead = head.length > 160 ? head.slice(0, 160) : head;
  const mayJoin = words <= 120 && mayJoinTwoTexts(teaserHead);
  let junction = mayJoin ? FUSED.exec(teaserHead) : null;
  // A junction found only with a sentence after it has its summary already.
  let summaryFollows = false;
  if (!junction && sentenceEnd && mayJoin) {
    const loose = FUSED_BEFORE_ANY_WORD.exec(teaserHead);
    if (loose && countWords(line.slice(loose.index + loose[1].length)) >= SUMMARY_WORDS) {
      junction = loose;
      summaryFollows = true;
    }
  }
  if (junction) {
    // A brand or a model inside a Title-Case headline ("Zentra EarBeats and Watches, and More") looks
    // like a junction too: what follows a teaser's junction is its summary, a sentence in lower case,
    // or more teasers run together ("…Water TestedHomemade Apple Jam RecipeWhere to Buy…"); two
    // brands are common in a headline, three texts run together make a row of teasers.
    let at = junction.index + junction[1].length;
    if (!summaryFollows && !readsOnAsSentence(head, at) && (teaserHead.match(CAMEL_JOINS)?.length ?? 0) < 3) {
      at = -1;
      FUSED_ALL.lastIndex = junction.index + 1;
      for (let next = FUSED_ALL.exec(teaserHead); next && at === -1; next = FUSED_ALL.exec(teaserHead)) {
        if (readsOnAsSentence(head, next.index + next[1].length)) at = next.index + next[1].length;
      }
    }
    if (at !== -1) {
      const leadWords = head.slice(0, at).match(/(?:^|\s)\p{L}/gu) ?? [];
      fusedTeaser = leadWords.length >= 3 && leadWords.filter((w) => /\p{Lu}/u.test(w)).length >= leadWords.length * 0.7;
    }
  }
  let wordList = false;
  if (words >= 20) {
    // A sentence may run twenty words without a comma; forty words without one are a list. (Not
    // in Chinese or Japanese, whose "words" are characters and whose blogs pause with spaces.)
    wordList = language.cjk
      ? (head.match(WIDE_SEPARATORS)?.length ?? 0) >= 3
      : (words >= 40 && !CLAUSE_MARK.test(line)) || (head.match(SEPARATORS)?.length ?? 0) >= 3 || isTitleCaseMenu(line, words, capitalShare, sentenceMarks, sentenceEnd);
  }
  let truncated = false;
  // A breadcrumb trail ("首页 > 新闻 > 标题…") ends on the page's own title, cut or not: it is the header, left as it reads.
  if (language.cjk && sentenceEnd && words >= CUT_TITLE_CHARACTERS.min && words <= CUT_TITLE_CHARACTERS.max && CUT.test(line) && !BREADCRUMB.test(line)) truncated = !SENTENCE_INSIDE.test(line.replace(CUT, ''));
  const ticker = words <= 25 && !sentenceEnd && TICKER.test(line);
  // Read on the untrimmed text: a code block keeps its indentation in innerText, a paragraph has none.
  const code = words <= CODE_LINE_WORDS && !sentenceEnd && CODE.test(text);
  // A copyright line is the page's foot (copyright, legal), not a caption.
  const caption =
    !copyright &&
    !markup &&
    words <= 80 &&
    ((captionMayMatch(line) && (PHOTO_CREDIT.test(line) || CAPTION_MARK.test(line) || WIRE_PHOTO_CREDIT.test(line) || SLASHED_CREDIT.test(line) || BRACKETED_PHOTO_LABEL.test(line))) ||
      SLIDE_CAPTION.test(line) ||
      (language.cjk && CJK_CREDIT_MAY_MATCH.test(line) && CJK_PHOTO_CREDIT.test(line)) ||
      endsOnCreditTail(line) ||
      creditNamedByItsLabel(line) ||
      opensOnACaptionMark(line) ||
      creditInAnotherShape(line));
  return {
    caption,
    words,
    wordList,
    markup,
    code,
    ticker,
    sentenceEnd,
    sentenceMarks,
    truncated,
    stopwordShare,
    capitalShare,
    counter: marks.counter,
    age: marks.age,
    callToAction: marks.callToAction,
    commentMark: marks.commentMark,
    dateLine: marks.dateLine,
    price: marks.price,
    legal: marks.legal,
    copyright,
    byline: marks.byline,
    boxHeading: marks.boxHeading,
    fusedTeaser,
    // Chrome rules describe lines of furniture; a paragraph of eighty words is none.
    chrome: words <= 80 ? chromeRuleOf(line) : undefined,
    bullet: BULLET.test(line),
    introducesList: line.endsWith(':') || line.endsWith('：'),
  };
}
