/**
 * Page chrome: the furniture a scraper copies along with an article. Each rule is data — a name,
 * why it exists, and a pattern — so the report can say which rule removed which line, and each rule
 * has its own tests (tests/ingest/clean.test.ts). Patterns are matched against one trimmed line.
 *
 * A rule never names an outlet or an article: it describes a kind of furniture.
 */
import { BoundedMemo } from '../../bounded-memo.ts';
import { lineRecord, REMEMBERED_LINE_CHARS } from '../lines/line-record.ts';
import { SplitUnion } from '../../regex-alternatives.ts';
import { ACCOUNT_NETWORKS, EVERYDAY_WORD_NETWORKS, SHARE_NETWORKS } from '../../social-networks.ts';
import { OTHER_STORIES_HEADING, READ_ALSO_CAPITALS_LINE, READ_ALSO_LINE, SHARE_LABEL } from './other-stories-labels.ts';
import { SIGN_UP_CONSENT, SIGN_UP_CONSENT_MAY_MATCH } from './sign-up-consent.ts';
import { CALL_BUTTON, CALL_BUTTON_MAY_MATCH } from './call-buttons.ts';
import { ARROW_LINK, ARROW_LINK_MAY_MATCH } from './arrow-links.ts';
import { SHOP_PRICE_BUTTON, SHOP_PRICE_BUTTON_MAY_MATCH } from './shop-price-buttons.ts';
import { CONTINUES_BELOW, CONTINUES_BELOW_MAY_MATCH } from './continues-below.ts';
import { AD_BLOCKER_NOTICE, AD_BLOCKER_NOTICE_MAY_MATCH } from './ad-blocker-notice.ts';
import { BOX_TOGGLE } from './box-toggle.ts';
import { MEMBERS_FEATURE_NOTE, MEMBERS_FEATURE_NOTE_MAY_MATCH } from './members-feature-note.ts';
import { MEDIA_PLAYER, MEDIA_PLAYER_MAY_MATCH } from './media-player-labels.ts';
import { BROADCAST_NOTE, TEASER_MORE_LINK } from './teaser-and-broadcast-lines.ts';
import { JAVASCRIPT_NOTICE, JAVASCRIPT_NOTICE_MAY_MATCH } from './javascript-notice.ts';
import { SERVER_ERROR_LINE, SERVER_ERROR_LINE_MAY_MATCH } from './server-error-lines.ts';
import { COMMENT_FORM_NOTE, COMMENT_FORM_NOTE_MAY_MATCH } from './comment-form-notes.ts';
import { READER_WIDGET, READER_WIDGET_MAY_MATCH } from '../boxes/reader-widgets.ts';
import { ENTRY_FOOTER, ENTRY_FOOTER_MAY_MATCH } from './entry-footer.ts';
import { RIGHTS_RESERVED, RIGHTS_RESERVED_MAY_MATCH } from './rights-reserved.ts';
import { AGENCY_CREDIT, CREDIT_LINE_MAY_MATCH, STAFF_CREDITS, WIRE_CREDITS } from './credit-lines.ts';

export interface ChromeRule {
  id: string;
  why: string;
  /** The whole line is furniture when this matches. */
  line: RegExp;
  /** Furniture that also ends the article: what follows it in the footer is furniture too. */
  endsArticle?: boolean;
  /**
   * A cheap pattern that every line `line` matches also matches: most lines fail it, and `line`
   * (unanchored, with Unicode classes) is not run on them.
   */
  mayMatch?: RegExp;
  /**
   * Main-text detection weighs the line as its other features read (a call to action, a legal
   * notice, a short line), though never as prose: the rule names furniture without moving where an
   * article ends. A rule of its own may weigh it less (main-text/inside/sign-up-box.ts).
   */
  weighsAsItReads?: boolean;
  /**
   * With weighsAsItReads: a line its other features weigh against the run (a short line under a box,
   * -6) keeps that weight rather than chrome's -2, so the run stops at it as it did before the rule
   * named it; one they weigh for the run weighs -2 all the same.
   */
  keepsItsWeight?: boolean;
}

/**
 * Every alternative of the comment-form rule either holds "comment" or opens with one of these
 * (same flags, so the same case folding): a paragraph is not scanned again by its `.*comments? may be`.
 */
const COMMENT_FORM_MAY_MATCH = /comment|^(?:go to forum|user ?name|your |enter the |racist|abusive|submit|captcha)/iu;

/** A share bar's actions, and the words between its buttons ("and", "comments"): this rule's own beside the networks. */
const SHARE_ACTIONS = 'print|e-?mail|share(?: this(?: article| story)?)?|bookmark(?: and share)?|tweet|copy link|save|and|comments?';
/**
 * A share bar alone on its line names the networks a page shares on, the everyday words' too (lib/social-networks.ts):
 * two words or more make the bar. Networks only followed ("Instagram, TikTok, YouTube") may be an article's list on one line.
 */
const SHARE_WORDS = `(?:${SHARE_ACTIONS}|${[...SHARE_NETWORKS, ...EVERYDAY_WORD_NETWORKS].join('|')})`;
/**
 * Share words fused onto the start of a line of content: the networks no word of everyday text names,
 * and "X", as share rows name Twitter now. An everyday word's network ("Line", "Truth", "SMS") may open
 * the line's own text ("SMS and e-mail alerts …"), so it is not cut from it.
 */
const PREFIX_SHARE_WORDS = `(?:${SHARE_ACTIONS}|x|${SHARE_NETWORKS.join('|')})`;

/** "Reporting by Jane Smith", "Editing by Tom Hogue and Li Wei": a credit names people, capitalised. */
// No `i` flag where this is used: with it, \\p{Lu} would match lower case too.
const CREDIT = "(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Tt]ranslated|[Gg]raphics) by (?:\\p{Lu}[\\p{L}'’.-]*(?:\\s+and\\s+|,\\s*|\\s+)?){1,8}";

/** A moderation notice names the comments and what will be done to them ("…não serão aprovados pelo moderador"). */
export const MODERATION =
  /^(?=[^]{0,320}$)[^]*?(?<!\p{L})(?:coment[aá]rios?.{0,120}(?:ser[aã]o|poder[aã]o ser|s[aã]o)\s+(?:\p{L}+\s+)?(?:moderad|removid|exclu[ií]d|apagad|aprovad|deletad)|comentarios?.{0,120}(?:ser[aá]n?|podr[aá]n ser|son)\s+(?:\p{L}+\s+)?(?:moderad|eliminad|borrad|aprobad|revisad)|commentaires?.{0,120}(?:seront|sera|sont|peuvent être)\s+(?:\p{L}+\s+)?(?:modérés|supprimés|validés)|kommentare?.{0,120}(?:werden|wird)\s+.{0,40}(?:moderiert|gelöscht|freigeschaltet)|commenti?.{0,120}(?:saranno|sarà|verranno|vengono|sono|possono essere)\s+(?:\p{L}+\s+)?(?:moderat|rimoss|cancellat|approvat)|комментари\p{L}*.{0,120}(?:будут|будет|могут быть)\s+(?:\p{L}+\s+)?(?:удален|модерир|проверен)|komentar.{0,120}(?:akan|dapat)\s+(?:\p{L}+\s+)?(?:dihapus|dimoderasi|ditinjau)|reacties?.{0,120}(?:worden|wordt)\s+.{0,30}(?:verwijderd|gemodereerd)|komentarze?.{0,120}(?:będą|zostaną|mogą zostać)\s+(?:\p{L}+\s+)?(?:usunięte|moderowane))/iu;

const READ_ALSO_WHY = 'a "read also: <another story>" link between paragraphs';
/** Both read-also rules' check: a label's colon, bar or bracket, or a run-in label's first word. */
const READ_ALSO_MAY_MATCH = /[:：|】\]］]|^(?:les|læs|läs|lees|à lire|lire) /i;

/**
 * A follow-us prompt in the languages of most news besides English: es, fr, de, pt, it, ru, ar, id, tr,
 * zh, ja, ko. The label, then where to follow ("… en Instagram", "… auf X", "… على فيسبوك"), no
 * sentence's end after it ("Síguenos en este viaje por la costa." reads on); in Japanese and Korean
 * the button's few words ("カテゴリーをフォローする", "기자 팔로우하기").
 */
const SOCIAL_FOLLOW_OTHER_LANGUAGES = new RegExp(
  '^(?:' +
    [
      's[ií]g(?:ue|a)nos en .{2,60}',
      '(?:suivez|retrouvez)[- ]nous sur .{2,60}',
      'folg(?:en sie|t|e) uns (?:auf|bei|in) .{2,60}',
      '(?:siga|segue)-nos (?:no|na|nos|nas|em) .{2,60}',
      'seguici (?:anche )?su .{2,60}',
      '(?:подписывайтесь на (?:нас|наш канал)|следите за нами) (?:в|на) .{2,60}',
      'تابع(?:و)?نا (?:على|عبر|في) .{2,60}',
      'ikuti (?:kami|juga) (?:di|melalui) .{2,60}',
      'bizi .{2,40} takip edin',
      '(?:欢迎)?[关關]注我[们們].{0,30}',
      '.{1,20}をフォロー(?:する|しよう)?',
      '.{1,20} 팔로우(?:하기)?',
    ].join('|') +
    ')(?<![.!?。])$',
  'iu',
);
/** Every line SOCIAL_FOLLOW_OTHER_LANGUAGES matches has one of these. */
const SOCIAL_FOLLOW_OTHER_LANGUAGES_MAY_MATCH = /s[ií]g|suivez|retrouvez|uns|nos|seguici|подписывайтесь|следите|تابع|ikuti|takip|注我|フォロー|팔로우/iu;

export const CHROME_RULES: ChromeRule[] = [
  { id: 'site-navigation', why: 'the site\'s own navigation: skip links, sign-in, menu and search buttons', line: /^(?:(?:skip|jump) to (?:the )?(?:main |primary )?(?:content|navigation|article|search|footer|menu)|sign in|sign up|log ?in|sign out|log ?out|my account|register|menu|main menu|open menu|close menu|toggle navigation|search|close|back to top|go to top|home)$/i },
  // The label alone, in the languages of most news on the web, perhaps between marks ("» Advertisement", "- Anzeige -") or with a colon ("Advertisement:").
  // A numbered slot ("Advertisement 3") and the note left where the advertisement has not loaded are the label too,
  // and so are the label run into its note ("Advertisement - Continue Reading Below") and the link that skips it ("Skip Ad", "Werbung überspringen").
  { id: 'ad-label', why: 'advertisement placeholder', line: /^[»«›‹•*|\[(–—-]*\s*(?:advertisements|advertisement|advertising|advert|ad|ads|sponsored(?: content)?|promoted(?: content)?|paid content|scroll to continue(?: with content)?|continue reading below|anzeige|werbung|iklan|publicidad|publicidade|publicité|pubblicità|reklama|реклама|광고|広告|广告|annons|annonse|annonce|reklam|reklame|mainos|advertentie|hirdetés|διαφήμιση|annonsørinnhold|sponset|sponsrad|gesponsert|patrocinado|contenido patrocinado|contenu sponsorisé|contenuto sponsorizzato)(?:\s+\d{1,2})?\s*[»«›‹•*|\])–—:-]*$|^this (?:advertisement|ad) has not loaded yet\.?$|^(?:advertisement|advert|ad)\s*[-–—:|]\s*(?:continue reading below|scroll to continue(?: with content)?|story continues below)$|^(?:skip (?:this )?(?:ad|advert|advertisement)|(?:werbung|anzeige) überspringen|passer (?:la )?publicité|saltar (?:la )?publicidad|salta (?:la )?pubblicità|pular (?:o )?anúncio|pomiń reklamę|přeskočit reklamu)$/i },
  // "Article content": the label a page sets over the article's text for screen readers, alone on its line.
  { id: 'article-label', why: 'a label over the article\'s text for screen readers ("Article content")', line: /^article (?:content|body|text)$/i },
  // Another story's teaser, its "mehr" link run onto it: it may stand between paragraphs, so it ends nothing.
  { id: 'teaser-more-link', why: 'another story\'s teaser with its "mehr" / "more" link', line: TEASER_MORE_LINK, mayMatch: /\s(?:mehr|more)$/ },
  { id: 'broadcast-note', why: 'a note on when the station covered the subject on air ("Über dieses Thema berichtete …")', line: BROADCAST_NOTE, mayMatch: /dieses thema/i },
  { id: 'media-player', why: 'an audio or video player\'s controls and notes ("Artikel anhören", "Laufzeit 8 Minuten", "1.0x")', line: MEDIA_PLAYER, mayMatch: MEDIA_PLAYER_MAY_MATCH },
  // "Story continues below advertisement", "Continua depois da publicidade" (continues-below.ts): the article goes on
  // under the advertisement (and under any box of other stories set above it), so it ends nothing.
  { id: 'continues-below', why: 'a note that the article goes on under an advertisement', line: CONTINUES_BELOW, mayMatch: CONTINUES_BELOW_MAY_MATCH },
  { id: 'share-bar', why: 'share / print / e-mail buttons', line: new RegExp(`^(?:${SHARE_WORDS}[\\s|,/·•]*){2,}$`, 'i'), endsArticle: true },
  // The controls after "text size" are any run of their marks, spaces and size words ("small" is spelt
  // with marks only). Read as one- or two-mark steps, "AAAA…" split in exponentially many ways: 28
  // capitals after "Text size" took 0.16 s of CPU, 38 took 3 s, each one more 1.6 times as long.
  { id: 'font-size', why: 'text size controls', line: /^(?:adjust |change )?(?:font|text) size(?:\s*:)?(?:[-+AaSML\s]|medium|large)*$|^(?:A[+-]?\s*){2,}$/i },
  // A row of page numbers has two or more, apart ("1 2 3 Next"): a number alone ("83", "720") is a table's cell or a score.
  { id: 'pagination', why: 'page number row', line: /^(?:[<«‹]|prev(?:ious)?|first)?\s*\d{1,3}(?:\s+\d{1,3})+\s*(?:(?:[>»›]|next|last)\s*)?$|^(?:page \d+ of \d+|next page|previous page|[<«‹]+\s*prev(?:ious)?|next\s*[>»›]+)$/i, endsArticle: true },
  { id: 'comment-form', why: 'comment count, form and moderation notice', line: new RegExp(String.raw`^(?:\d+\s*comments?(?:\(s\))?|(?:no|view|show|read|add|post|leave|write)(?: your| a)? comments?\.*(?:\s*\(\d+\))?|go to forum\b.*|comments?\s*\(\d+\)|user ?name(?: required)?|your (?:comment|name|e-?mail)(?: required)?|enter the (?:words|code|characters) you see:?.*|.*comments? (?:may|will) be (?:removed|deleted|moderated)\b.*|(?:racist|abusive).{0,40}off-topic.*|submit|captcha)$`, 'iu'), endsArticle: true, mayMatch: COMMENT_FORM_MAY_MATCH },
  // Other languages' notice. It does not end the article as the English rule does: said of a page
  // whose article is mostly a table, whose few sentences weigh less than the promotions under the
  // notice, ending the article there left the promotions as the article.
  { id: 'comment-moderation', why: 'the comment section\'s moderation notice, in other languages than English', line: MODERATION, mayMatch: /coment|comment|kommentar|комментар|komentar|reactie/i },
  // The comment form's notes (spam filter, sign in to comment, the e-mail field): like the other languages'
  // moderation notice, they end nothing, since a form may stand above the article's last lines.
  { id: 'comment-form-note', why: "a comment form's note (spam filter, sign in to comment, the e-mail field's)", line: COMMENT_FORM_NOTE, mayMatch: COMMENT_FORM_NOTE_MAY_MATCH },
  // A Japanese page's note that a button's feature is for members ("記事に『リアクション』ができます。ご利用には会員登録が必要です。"): it stands under the article or over it, so it ends nothing.
  { id: 'members-feature-note', why: "a note that one of the page's buttons is for signed-up members", line: MEMBERS_FEATURE_NOTE, mayMatch: MEMBERS_FEATURE_NOTE_MAY_MATCH },
  { id: 'social-follow', why: 'follow-us prompt', line: /^(?:follow (?:us )?on .{2,60}|join the conversation\.?|like us on facebook\.?|follow .{2,40} to join the conversation\.?)$/i, endsArticle: true },
  // Other languages' follow-us prompt ("Síguenos en Instagram", "Folgen Sie uns auf X", "تابعونا على فيسبوك",
  // "この特集をフォロー"), no sentence after it. Like the other languages' moderation notice it ends nothing:
  // a prompt between paragraphs must not cut an article the English rule's pages never showed.
  { id: 'social-follow', why: 'follow-us prompt', line: SOCIAL_FOLLOW_OTHER_LANGUAGES, mayMatch: SOCIAL_FOLLOW_OTHER_LANGUAGES_MAY_MATCH },
  // A social post embedded in the article: its button and its signature stand between paragraphs.
  {
    id: 'social-embed',
    why: "an embedded social post's button and signature (\"View this post on Instagram\", \"A post shared by Jane (@jane)\")",
    // Any network of lib/social-networks.ts's, the everyday words too: the button's own words around it say it is one.
    line: new RegExp(`^(?:view (?:this|the) (?:post|profile|video|reel) on (?:${[...SHARE_NETWORKS, ...ACCOUNT_NETWORKS, ...EVERYDAY_WORD_NETWORKS].join('|')})|a (?:post|video|photo|reel) shared by .{1,80}\\(@[\\w.]{2,}\\))$`, 'i'),
    mayMatch: /post|profile|video|photo|reel/i,
  },
  // The site's appeal to readers who block its ads, in a line of 300 characters at the most (ad-blocker-notice.ts, which the closing notes read too): an article about ad blockers reports on them, it does not ask the reader.
  { id: 'ad-blocker-notice', why: "the site's appeal to switch off an ad blocker", line: new RegExp(`^(?=[^]{0,300}$)[^]*?(?:${AD_BLOCKER_NOTICE.source})`, 'iu'), mayMatch: AD_BLOCKER_NOTICE_MAY_MATCH },
  { id: 'app-promo', why: 'app download prompt', line: /^(?:.{0,30}\bapp download|download (?:our|the) .{0,30}app.*|get the .{0,30}app.*)$/i, endsArticle: true },
  { id: 'newsletter', why: 'newsletter / personalisation promotion', line: /^(?:sign up (?:for|to) .{0,60}|subscribe(?: now| to .{0,60})?|get more with \S+|a personali[sz]ed news feed of stories that matter to you|learn more|read more:?|more from .{0,40}|send your stories.*|get more from.*)$/i, endsArticle: true },
  // A shop's, a sign-up's or a donation's button alone on its line (call-buttons.ts): it may stand between paragraphs, so it ends nothing.
  { id: 'call-button', why: 'a button\'s call alone on its line ("Jetzt kaufen", "Hier bestellen!", "Kostenlos registrieren und weiterlesen", "Abonnez-vous")', line: CALL_BUTTON, mayMatch: CALL_BUTTON_MAY_MATCH },
  // A buying guide's price button under each product (shop-price-buttons.ts): it stands between paragraphs, so it ends nothing;
  // and it weighs as it reads (a short line), so a product list's stretch counts as it did before and the items under it stay.
  { id: 'shop-price-button', why: 'a shop\'s price button alone on its line ("$26 at Sephora", "$19 $14 at Glossier", "29,99 € bei Amazon")', line: SHOP_PRICE_BUTTON, mayMatch: SHOP_PRICE_BUTTON_MAY_MATCH, weighsAsItReads: true },
  // A sign-up box may stand between paragraphs (a newsletter's pitch, its form, this line): it ends nothing.
  { id: 'sign-up-consent', why: "the consent line under a sign-up form (\"By signing up you agree to our Terms\")", line: SIGN_UP_CONSENT, mayMatch: SIGN_UP_CONSENT_MAY_MATCH, weighsAsItReads: true },
  // A box inside the article (a person's profile, a question and its answer) opens and closes by these: the article goes on.
  { id: 'box-toggle', why: 'the open and close buttons of a box ("Box aufklappen", "Show more")', line: BOX_TOGGLE },
  // Where the comments, a gallery, a form or the article would be: it may stand between paragraphs, so it ends nothing.
  { id: 'javascript-notice', why: 'a note that the page needs its scripts turned on ("Please enable JavaScript to view the comments")', line: JAVASCRIPT_NOTICE, mayMatch: JAVASCRIPT_NOTICE_MAY_MATCH },
  // Printed over the page's text by its server (server-error-lines.ts): it may stand anywhere, so it ends nothing.
  { id: 'server-error', why: 'a message the site\'s server printed into the page ("Deprecated: … in /www/…/wp-settings.php on line 520")', line: SERVER_ERROR_LINE, mayMatch: SERVER_ERROR_LINE_MAY_MATCH },
  { id: 'cookie-notice', why: 'cookie consent prompt', line: /^(?:.{0,80}\bwe use cookies\b.*|accept(?: all)? cookies|cookie (?:policy|settings|preferences))$/i, endsArticle: true, mayMatch: /cookie/i },
  // English, then other languages' heading over the list of other stories (other-stories-labels.ts).
  { id: 'related-links', why: 'related-content heading', line: new RegExp(String.raw`^(?:related(?: articles| stories| news| content| reading)?|recommended(?: for you)?|you may also like|most (?:read|popular|viewed)|trending(?: now)?|top stories|editor'?s picks?|see also)\s*:?$|${OTHER_STORIES_HEADING.source}`, 'iu'), endsArticle: true },
  // A link to another story between paragraphs: the article goes on under it, so it ends nothing.
  { id: 'read-also', why: READ_ALSO_WHY, line: READ_ALSO_LINE, mayMatch: READ_ALSO_MAY_MATCH },
  // The same link under an English label in capitals: a case-sensitive pattern of its own, and the same check object (read once).
  { id: 'read-also', why: READ_ALSO_WHY, line: READ_ALSO_CAPITALS_LINE, mayMatch: READ_ALSO_MAY_MATCH },
  // A link's text with its arrow alone on its line (arrow-links.ts): between paragraphs too, so it ends nothing. It weighs as it
  // reads (a box's heading, a call, a headline): a donation box's button or a box's "more" link stopped the run there before.
  { id: 'arrow-link', why: 'a link ending on its arrow ("Grading the new stadium deal »", "More photos ›"): another story, a section or a gallery', line: ARROW_LINK, mayMatch: ARROW_LINK_MAY_MATCH, weighsAsItReads: true, keepsItsWeight: true },
  // The share buttons' label alone ("Teilen Sie dies mit:"): it may stand under the headline, so it ends nothing.
  { id: 'share-label', why: "the share buttons' label", line: SHARE_LABEL },
  { id: 'video-timestamp', why: 'video player duration', line: /^\d{1,2}:\d{2}(?::\d{2})?$/ },
  // Other languages' "Foto: …" counts only at the line's start or after a sentence: "ein klares Bild: Die Preise steigen" reads on.
  { id: 'photo-credit', why: 'photo caption with its credit', line: /(?:^|[.\s])(?:photo|photograph|image|picture|file photo|credit)(?: by| credit)?\s*[:/]\s*[\p{L}][\p{L}\s.&'/-]{0,40}\)?$|\((?:photo|file photo|image)(?: by|:)\s*[^)]{2,40}\)$|^\(?(?:photo|file photo|image)(?: by)? [\p{Lu}][\p{L}\s.'/-]{0,40}\)?$|^file photo$|(?:^|[.)]\s+)(?:foto|fotos|fotografía|imagen|bild|zdjęcie|фото)\s*[:/]\s*[\p{L}][\p{L}\s.&'/-]{0,40}\)?$/iu, mayMatch: /photo|image|picture|credit|foto|imagen|bild|zdjęcie|фото/i },
  // A blog's note of the categories and tags its post was filed under: the post is over.
  { id: 'entry-footer', why: "a blog post's filing note (\"This entry was posted in … and tagged …. Bookmark the permalink.\")", line: ENTRY_FOOTER, mayMatch: ENTRY_FOOTER_MAY_MATCH, endsArticle: true },
  { id: 'print-edition', why: 'print-edition note at the end of an online article', line: /^this (?:article|story) (?:first )?appeared in (?:the )?.{2,80}? print edition\b.*$/i, endsArticle: true },
  { id: 'credits', why: 'agency production credits', line: new RegExp(`^\\(?${CREDIT}(?:;\\s*${CREDIT})*\\)?\\.?$`, 'u'), endsArticle: true },
  // An agency's name alone ("(AFP)", "mit dpa", "SDA/sep") and the roles that worked on the piece ("Redaktion: …",
  // "Reporting by … in …; Editing by …"): they may stand over the article or between its paragraphs, so they end nothing.
  { id: 'agency-credit', why: "an agency's name alone, crediting the copy (\"(AFP)\", \"mit dpa\")", line: AGENCY_CREDIT, mayMatch: CREDIT_LINE_MAY_MATCH },
  { id: 'staff-credits', why: 'the names of who edited, translated or checked the piece ("Redaktion: …", "Übersetzung: …")', line: STAFF_CREDITS, mayMatch: CREDIT_LINE_MAY_MATCH },
  { id: 'wire-credits', why: 'agency production credits with where each reporter was ("Reporting by … in …; Editing by …")', line: WIRE_CREDITS, mayMatch: CREDIT_LINE_MAY_MATCH, endsArticle: true },
  { id: 'relative-time', why: 'page age shown by the site ("Updated 2 years ago")', line: /^(?:(?:updated|posted|published|last updated)\s+)?(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$/i },
  {
    id: 'article-tools',
    why: "the article's tool buttons: enlarge or open a picture full screen, print, reprints, listen, gift, the author's archive",
    line: /^(?:view (?:the )?author(?:['’]s)? (?:archive|profile)|e-?mail the (?:author|reporter)|enlarge (?:this )?(?:image|photo|picture)|(?:view|open) (?:this )?(?:image|photo|picture) in full ?screen|öppna bild(?:en)? i helskärm|(?:vis|åpne) bilde(?:t)? i fullskjerm|bild im vollbild (?:anzeigen|öffnen)|(?:order )?reprints?(?: (?:&|and) permissions)?|print (?:this )?(?:article|story|page)|(?:listen to|hear) this (?:article|story)|gift (?:this )?(?:article|story)|save (?:this )?(?:article|story))$/i,
  },
  {
    id: 'reading-time',
    why: 'how long the article takes to read ("4 min read", "Tempo de leitura: 1 minuto", "2min" alone)',
    line: /^(?:(?:estimated )?(?:reading|read) time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|lesedauer|tempo di lettura|leestijd|czas czytania|время чтения|waktu baca)\s*(?:[:：]\s*)?(?:about |ca\.? |около )?\d+\s*(?:min\p{L}*\.?|минут\p{L}*)$|^\d+\s?min\.?$|^\d+\s*(?:min(?:ute)?s?|minuten|minutos|minuti|minutes|минут\p{L}*)\.?\s+(?:read|de leitura|de lectura|de lecture|lesezeit|lesedauer|di lettura|leestijd|чтения)$/iu,
    mayMatch: /\d\s*(?:min|минут)/i,
  },
  // The box under (or inside) an article that asks the reader to report a mistake: its button, its
  // question ("Fehler gefunden?") and its one-line explanation (mark the words, or write to an address).
  // It can stand high on the page, under the headline, so it ends nothing.
  {
    id: 'error-report',
    why: 'a box asking the reader to report a mistake in the article ("Report an error", "Fehler gefunden?")',
    line: /^(?:(?:sie haben )?(?:einen )?fehler(?: (?:im|in|auf) \S+(?: \S+)?)? (?:gefunden|entdeckt)\s*\?(?:\s*jetzt melden\.?)?|(?:inhaltlichen |einen )?fehler melden|(?:\p{L}+\s+){0,3}fehlerhinweis|anmäl (?:fel|text- och faktafel)(?:\s+anmäl till .{0,40})?|report (?:an? )?(?:error|typo|mistake|correction)|reportar (?:un )?error|signaler une (?:erreur|faute)|segnala (?:un )?errore|zgłoś błąd|meld (?:een )?fout)\.?$|^(?=[^]{0,240}$)(?:bitte )?markieren sie (?:den|die|das)\b.{0,40}\b(?:text|wörter|stelle)[^]*fehler|^(?=[^]{0,240}$)sollten (?:ihnen|sie) .{0,30}fehler.{0,60}(?:mail|melden|schreiben)|^(?=[^]{0,240}$)[^]*\bfehler(?:hinweis)?@/iu,
    mayMatch: /fehler|anmäl|error|erreur|errore|typo|mistake|correction|błąd|fout/i,
  },
  // A button or heading asking for the reader's opinion, alone on its line: the box of a feedback form.
  {
    id: 'feedback-prompt',
    why: 'a prompt asking for the reader\'s feedback ("Schicken Sie uns Ihr Feedback!")',
    line: /^(?:(?:schicken|senden) sie uns )?(?:ihr |inhaltliches )?feedback\s*[!?.]?$|^(?:send us |give |share )?(?:your )?feedback\s*[!?.]?$/i,
    mayMatch: /feedback/i,
  },
  // The widgets under an article for the reader to act on (a question about the article, a rating, a
  // note on logging in to comment or that the comments are closed): a page may set them above the
  // article's last lines too (a rating under the headline), so they end nothing.
  {
    id: 'reader-widget',
    why: 'a widget for the reader under the article: a question about it, a rating, a login-to-comment or comments-closed note ("Was this article helpful?", "Kommentare geschlossen")',
    line: READER_WIDGET,
    mayMatch: READER_WIDGET_MAY_MATCH,
  },
  { id: 'breadcrumbs', why: 'navigation path above the headline', line: /^(?:home|首页)\s*(?:[/>»›|]\s*[\p{L}][\p{L} &'-]{0,30}\s*){1,5}$/iu },
  { id: 'copyright', why: 'copyright line', line: new RegExp(String.raw`^(?:Â?©|\(c\)|copyrights?)\s*(?:(?:Â?©)\s*)?(?:\d{4}\b.{0,100}|.{0,80}\ball rights reserved\.?)$|^.{0,80}\ball rights reserved\.?$|^(?=[^]{0,160}$)[^]*?(?:${RIGHTS_RESERVED.source})`, 'iu'), endsArticle: true, mayMatch: new RegExp(String.raw`^(?:Â?©|\(c\)|copyright)|all rights reserved|${RIGHTS_RESERVED_MAY_MATCH.source}`, 'i') },
];

/** Furniture fused onto the start of a line that holds real content ("0 Comment(s)Print E-mail, …"). */
export const INLINE_PREFIX = new RegExp(`^(?:\\d+\\s*comments?\\(s\\)\\s*|(?:${PREFIX_SHARE_WORDS})(?=[\\s,|]|[A-Z])[\\s,|]*)+`, 'i');

/** The outlet named by a print-edition note: "appeared in the South China Morning Post print edition". */
export const PRINT_EDITION_OUTLET = /appeared in (?:the )?(.{2,80}?) print edition/i;
/** "© 2023 Outlet Name. All rights reserved." ("Copyrights", and "Â©": © as UTF-8 read as Windows-1252, too) */
export const COPYRIGHT_OUTLET = /^(?:Â?©|\(c\)|copyrights?)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(.{2,60}?)[.,]?\s*(?:all rights reserved\.?)?$/i;

// main-text (block features) and clean both ask about the same lines of a page: the answer for a
// line is remembered, so the rules run once per line. A line of a menu's or a label's length keeps it
// on its record (lines/line-record.ts), with what the other readers of the line remember. A longer
// line, in a memory of its own that holds few: the two stages ask about the same paragraph on the
// same page (block features for every line of up to eighty words, clean for every line kept), and a
// paragraph matches no rule after ~10 µs of patterns, where hashing and copying it costs well under one.
const ruleOfLongLine = new BoundedMemo<ChromeRule | null>(256);

/**
 * The rules whose `mayMatch` scans the whole line with the same flags ("i"): most lines are paragraphs
 * none of them can match, and one pass of their union (which matches exactly where one of them does)
 * tells so instead of a dozen scans (a third of the rules' time on the metadata set's lines). The
 * read-also rule's check (a colon) passes a fifth of all lines, and would let the union pass them too.
 */
const SCANNED_TOGETHER = new Set(CHROME_RULES.filter((r) => r.mayMatch?.flags === 'i' && r.id !== 'read-also'));
/** The union, its alternatives anchored at the line's start tried there only (lib/regex-alternatives.ts: half the union's time). */
export const ANY_SCANNED_MAY_MATCH = new SplitUnion([...SCANNED_TOGETHER].map((r) => r.mayMatch!.source), 'i');

/** The named chrome rule that matches the whole (trimmed) line, if any. */
export function chromeRuleOf(line: string): ChromeRule | undefined {
  if (line.length <= REMEMBERED_LINE_CHARS) {
    const record = lineRecord(line);
    return (record.chrome === undefined ? (record.chrome = readChromeRule(line)) : record.chrome) ?? undefined;
  }
  const known = ruleOfLongLine.get(line);
  return (known !== undefined ? known : ruleOfLongLine.remember(line, readChromeRule(line))) ?? undefined;
}

/**
 * The rules with no `mayMatch` are all anchored at the line's start, and a paragraph fails each of them
 * at its first characters: what it costs is the call, a fortieth of a microsecond's work done a dozen
 * times a line. Those that share their flags are asked together first, by their union (`SplitUnion`:
 * it matches exactly where one of them does), and one by one only when it matches. A flag group of one
 * rule is asked as it is.
 */
const UNCHECKED_BY_FLAGS = new Map<string, ChromeRule[]>();
for (const r of CHROME_RULES) if (!r.mayMatch) UNCHECKED_BY_FLAGS.set(r.line.flags, [...(UNCHECKED_BY_FLAGS.get(r.line.flags) ?? []), r]);
export const UNCHECKED_GROUPS: readonly ChromeRule[][] = [...UNCHECKED_BY_FLAGS.values()].filter((rules) => rules.length > 1);
const UNCHECKED_UNIONS = UNCHECKED_GROUPS.map((rules) => new SplitUnion(rules.map((r) => r.line.source), rules[0].line.flags));
/** Per rule, in CHROME_RULES' order: 1 its `mayMatch` is in the union of scanned checks; 2 + k its pattern is in the k-th union of unchecked rules; 0 neither. */
const HOW_CHECKED = CHROME_RULES.map((r) => {
  if (SCANNED_TOGETHER.has(r)) return 1;
  const group = UNCHECKED_GROUPS.findIndex((g) => g.includes(r));
  return group === -1 ? 0 : 2 + group;
});

/** The rule read afresh, never remembered (null: none matches): the first of CHROME_RULES whose check and pattern match. */
export function readChromeRule(line: string): ChromeRule | null {
  // Each union asked once, at the first rule of its own, and only if the rules before it did not match.
  let anyScanned: boolean | undefined;
  // Bit k of `asked`: the k-th union of unchecked rules was asked; of `passed`: it matched.
  let asked = 0;
  let passed = 0;
  // Rules side by side may share their check (the credit lines' three): its answer is read again, not the line.
  let lastCheck: RegExp | undefined;
  let lastAnswer = false;
  for (let i = 0; i < CHROME_RULES.length; i++) {
    const r = CHROME_RULES[i];
    const how = HOW_CHECKED[i];
    if (how === 1) {
      if (!(anyScanned ??= ANY_SCANNED_MAY_MATCH.test(line)) || !r.mayMatch!.test(line)) continue;
    } else if (how >= 2) {
      const bit = 1 << (how - 2);
      if (!(asked & bit)) {
        asked |= bit;
        if (UNCHECKED_UNIONS[how - 2].test(line)) passed |= bit;
      }
      if (!(passed & bit)) continue;
    } else if (r.mayMatch) {
      if (r.mayMatch !== lastCheck) {
        lastCheck = r.mayMatch;
        lastAnswer = r.mayMatch.test(line);
      }
      if (!lastAnswer) continue;
    }
    if (r.line.test(line)) return r;
  }
  return null;
}
