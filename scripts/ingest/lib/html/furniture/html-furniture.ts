/**
 * Page furniture the extractor kept inside the article, told by the markup's own names: an element
 * whose class, id or role says it holds related stories, share buttons, a newsletter box, an author's
 * bio, a photo gallery or comments. Readability scores containers by their text, and a box of other
 * stories' teasers or a gallery's captions is text; the publisher's own label for the box is the
 * clearer signal. The words are web-building vocabulary (what templates name these boxes), not any
 * site's names.
 *
 * Used by lib/html/article/html-blocks.ts while it walks the article; every block it removes is reported with the
 * element's label (stages/html.ts), so nothing is lost silently.
 */
import { furnitureFeatures, CTA_START, CTA_TARGET, type FurnitureFeatures } from '../../page-text/lines/block-features.ts';
import { countWords } from '../../page-text/language/text.ts';
import { literalPattern } from '../../literal-pattern.ts';
import { BoundedMemo } from '../../bounded-memo.ts';
import { isAdSlotLabel, isTeaserUnderLabel } from './html-label-lines.ts';
import { isCopyrightCaption } from './caption-copyright.ts';
import { isConsentPlaceholder } from './consent-placeholder.ts';
import { FORM_FIELD_NOTE_WHY, isFormFieldNote } from './form-field-notes.ts';
import { LOADING_PLACEHOLDER_WHY, isLoadingPlaceholder } from './loading-placeholder.ts';
import { ADVERTISING_DISCLOSURE_WHY, isAdvertisingDisclosure } from './advertising-disclosure.ts';
import { markClosingTeasers } from './read-more-teaser.ts';
import { FORM_KIND, isFormBox } from './form-box.ts';
import { FIGURE_CREDIT_WHY, isFigureCredit } from './figure-credit.ts';
import { isFigureNotTime } from './figure-not-time.ts';
import { opensNumberedSection } from './numbered-section-head.ts';
import { isHeadlineRunIn } from './headline-run-in.ts';
import { UPDATE_LABELS } from '../../dates/date-labels.ts';
import { markTablesOfContents } from './table-of-contents.ts';
import { markMembersNote } from './members-note.ts';
import { markContactBox } from './contact-box.ts';
import { markLinkBoxHeads, LINK_LIST } from './link-box-heads.ts';
import { markTeaserCards } from './teaser-cards.ts';
import { CLOSING_NAVIGATION_WHY, isClosingNavigation } from './closing-navigation.ts';
import { CLOSING_ADDRESS_WHY, isClosingAddress } from './closing-address.ts';
import { STAMP_ABOVE_ARTICLE_WHY, isStampAboveArticle } from './stamp-above-article.ts';
import { markHeadlineLists } from './headline-list.ts';
import { markAppPromotion } from './app-promotion.ts';
import { markClosingTagList } from './closing-tag-list.ts';
import { isScriptLabelledByline } from '../../bylines/script-labelled-byline.ts';
import { readerWidgetOf } from '../../page-text/boxes/reader-widgets.ts';
import { upperCaseTag } from '../prune/tag-name-case.ts';
import { withoutInvisibleMarks } from '../../safety/invisible-marks.ts';
import { FILED_SHORT_FORM, FILING_NOTE } from '../../page-text/chrome/filing-note-phrases.ts';

const PICTURE_BOX = "a picture's box";
const CAPTION_BOX = "a picture's caption";
const VIDEO_BOX = "a video's box";
/**
 * "credits", "media-credit", "photoCredit": a picture's credit line the template sets apart from its
 * caption (the photographer, the agency, the archive), often a <span> under the picture: a line no
 * reader of the prose reads. Only a box of a short line goes (fitsLabel); "credit-card" names a
 * card, not a credit (CREDIT_CARD), and "creditor" is another word.
 */
const CREDIT_BOX = "a picture's credit";
/**
 * A credit names a photographer or an agency in a few words; a longer line in a box so named is the
 * picture's caption, a sentence the truth of the metadata set keeps ("Always check the prices as …":
 * a dev page lost F1 at 160 characters).
 */
const CREDIT_BOX_CHARS = 80;
/**
 * "silic-after-content", "after-post-widgets", "afterEntry": the box a template fills after the article
 * (the site's "about us", a promotion, a sign-up), named for where it stands, not what it holds. The
 * pair of words is the mark ("after" alone is any word); no single class word is it, so the pair
 * stands in FURNITURE_WORDS under a key no word can be.
 */
const AFTER_THE_ARTICLE = 'after the article';
const AFTER_THE_ARTICLE_KIND = "the site's box after the article";
const AFTER_WHAT = new Set(['content', 'post', 'entry', 'article', 'story']);
/**
 * "recent-posts", "more-stories", "posts-list", "articles-grid": other stories' box, named for the posts
 * it holds; "post" alone is the article's own name ("post-content"), so the pair is the mark. One post's
 * list is not: a template's article may be a list of its own sections ("postList": a body-set dev page
 * lost a quarter of its F1 to it).
 */
const OTHER_STORIES_PAIR = 'other stories, by a pair of words';
const POSTS = new Set(['post', 'posts', 'articles', 'stories']);
const WHICH_POSTS = new Set(['recent', 'latest', 'more', 'other', 'popular']);
const MANY_POSTS = new Set(['posts', 'articles', 'stories']);
const POSTS_AS = new Set(['list', 'grid', 'loop']);
/**
 * "nav-previous", "nav-next", "next-post", "prev_next_text", "previous-article": the box that links to the
 * post before or after this one (its title, its teaser, "Next article"), named by a pair of words: "next"
 * or "previous" beside a post's name, "nav", or each other. Either word alone is any word ("next-steps",
 * "post-content"). Meta set dev: the links' titles and teasers stood after the article on 2 pages, fundus
 * dev on 1.
 */
const NEIGHBOUR_POST_PAIR = 'the previous or next post, by a pair of words';
const NEIGHBOUR = new Set(['next', 'prev', 'previous']);
const NEIGHBOUR_OF = new Set(['next', 'prev', 'previous', 'nav', 'post', 'article', 'story', 'entry']);

/**
 * "news-letter-section", "news_letter", "newsLetterBox": the newsletter's box with its name written as two
 * words; "news" alone is the site's news, "letter" a reader's letter, so the pair in that order is the mark.
 */
const NEWS_LETTER_PAIR = 'a newsletter, by a pair of words';

/**
 * "public-login", "login-form", "register-success", "signin-modal": the site's sign-in or registration box
 * (its form and every message a script may show in it: "Forgot your password?", "We've sent you an
 * email", "Choose a username"), left in the page until a reader asks for it and kept by Readability when
 * it stands in the article's container. Its lines are the site's, in any language the site is in, but its
 * name is web-building vocabulary. Written as two words ("sign-in", "log-in", "logIn") it is a pair:
 * "sign" or "log" alone is any word ("sign-up" is the newsletter's, "log" a live blog's). Utomo set dev: a
 * sign-in dialog's twenty lines closed the article on 7 pages, a forum's "Need to register?" box on 2.
 * HTML F1 dev / held out: utomo +0.0022 / +0.0005 (12 pages up), aed +0.0002 / +0.0007, snippets
 * +0.0003 / 0, metadata set 1 dev page up; no page down on any set.
 */
const SIGN_IN_BOX = 'a sign-in box';
const SIGN_IN_PAIR = 'a sign-in box, by a pair of words';
const SIGN_OR_LOG = new Set(['sign', 'log']);

/**
 * "third-party-services--placeholder", "privacy-placeholder", "_brlbs-content-blocker": the box that stands
 * in for an embedded post, map or video until the reader lets its provider in ("Klicken Sie auf den
 * unteren Button, um den Inhalt von www.example.de zu laden", "We do not connect to the platform without
 * your consent", and the button that loads it). Its lines name no "external content" the text rule
 * (consent-placeholder.ts) could read, but the box's name says what it is, by a pair of words:
 * "placeholder" beside the provider or the reader's consent it waits for, or a "content blocker".
 * Either word alone is any box ("placeholder" a lazy picture's, "content" the article's own).
 */
const EMBED_PLACEHOLDER_PAIR = "an embed's placeholder, by a pair of words";
const PLACEHOLDER_FOR = new Set(['third', 'party', 'privacy', 'consent', 'cookie', 'cookies', 'external']);

/**
 * "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "assistive-text": text the page
 * hides from sight and writes for screen readers only ("Author of the article:", "Navigation for News
 * Categories", "This dialog contains the full navigation menu"), a label for what the eye reads from the
 * layout. No reader of the page sees it, and no set's truth holds it: dev lines so named, mostly false /
 * mostly true, fundus 4 / 0, metadata 5 / 0, utomo 1 / 0, the others none. By a pair of words ("only",
 * "hidden", "text" alone are any box's) or the pair run together.
 */
const SCREEN_READER_PAIR = 'text for screen readers only, by a pair of words';
const SCREEN_READER_ONLY = 'text for screen readers only';
const SCREEN_READER_PAIRS = new Set(['sr only', 'visually hidden', 'screen reader', 'assistive text']);

/** Class/id words that name a box of furniture (matched as whole words: "share-bar", "relatedPosts"). */
const FURNITURE_WORDS = new Map<string, string>([
  ['related', 'related stories'],
  // "jp-relatedposts", "relatedlinks__content": the same word run together with what it relates, in
  // lower case, so no capital parts them ("relatedPosts" is read as two words).
  ['relatedposts', 'related stories'],
  ['relatedlinks', 'related stories'],
  ['relatedarticles', 'related stories'],
  ['relatedstories', 'related stories'],
  ['relatedcontent', 'related stories'],
  ['relateditems', 'related stories'],
  ['relatednews', 'related stories'],
  ['share', 'share buttons'],
  ['sharing', 'share buttons'],
  ['social', 'share buttons'],
  ['newsletter', 'a newsletter box'],
  ['signup', 'a newsletter box'],
  ['subscribe', 'a newsletter box'],
  ['subscription', 'a newsletter box'],
  ['promo', 'a promotion'],
  ['sponsor', 'a promotion'],
  ['sponsored', 'a promotion'],
  ['advert', 'an advertisement'],
  ['advertisement', 'an advertisement'],
  ['ads', 'an advertisement'],
  // "ad-container", "adSlot": the word alone ("head", "loader" are other words).
  ['ad', 'an advertisement'],
  ['advertising', 'an advertisement'],
  ['comment', 'comments'],
  ['comments', 'comments'],
  ['bio', "the author's bio"],
  // "author-info", "entry-author": the author's box (name, picture, bio) or the byline; a box that
  // holds the article itself is kept whatever its name (html-blocks.ts).
  ['author', "the author's box"],
  // "embed-consent": the box that stands in for an embedded post until the reader accepts it.
  ['consent', 'a consent box'],
  ['donation', 'an appeal for donations'],
  ['donations', 'an appeal for donations'],
  ['donate', 'an appeal for donations'],
  ['breadcrumb', 'breadcrumbs'],
  ['breadcrumbs', 'breadcrumbs'],
  ['gallery', 'a photo gallery'],
  ['slideshow', 'a photo gallery'],
  ['carousel', 'a photo gallery'],
  ['slide', 'a photo gallery'],
  ['cta', 'a call to action'],
  ['trending', 'other stories'],
  ['recommended', 'other stories'],
  ['disclaimer', 'a disclaimer'],
  // "affiliate-note", "product__affiliate": the note on the site's affiliate links (in any
  // language: isDisclosure reads English) or their prices and shops.
  ['affiliate', "a box of affiliate links or their disclosure"],
  ['copyright', 'a copyright notice'],
  ['rail', 'a side rail'],
  ['player', 'a media player'],
  // "wp-caption-text", "image-caption", "leadMediaCaption": a picture's caption outside a <figcaption>
  // (markBlockFurniture's rule for <figcaption> says why it goes). Metadata set HTML F1 dev +0.0007, held
  // out +0.0003; fundus +0.0033 / +0.0008; body set +0.0014 / +0.0007.
  ['caption', CAPTION_BOX],
  ['captions', CAPTION_BOX],
  ['figcaption', CAPTION_BOX],
  ['credit', CREDIT_BOX],
  ['credits', CREDIT_BOX],
  // "picBox", "article-img__text", "story-image", "video__meta": the box of a picture or a
  // video, whose text is its caption and credit, or the video's title and length (the picture itself
  // is not built: lib/html/prune/html-prune.ts). Only a box a caption could be goes (fitsLabel). HTML F1
  // dev / held out: fundus +0.0009 / +0.0007, metadata set +0.0001 / 0 (held-out recall -0.0003:
  // captions WCXB's truth keeps), body set -0.0001 / +0.0001.
  ['image', PICTURE_BOX],
  ['img', PICTURE_BOX],
  ['photo', PICTURE_BOX],
  ['picture', PICTURE_BOX],
  ['pic', PICTURE_BOX],
  ['figure', PICTURE_BOX],
  ['foto', PICTURE_BOX],
  ['bild', PICTURE_BOX],
  ['video', VIDEO_BOX],
  // "hbg-after-post-optin", "enews-signup": the box that asks for the reader's address (an opt-in form).
  ['optin', 'a newsletter box'],
  ['enews', 'a newsletter box'],
  [AFTER_THE_ARTICLE, AFTER_THE_ARTICLE_KIND],
  [OTHER_STORIES_PAIR, 'other stories'],
  [NEIGHBOUR_POST_PAIR, 'a link to the previous or next story'],
  [EMBED_PLACEHOLDER_PAIR, 'a consent box'],
  [NEWS_LETTER_PAIR, 'a newsletter box'],
  ['login', SIGN_IN_BOX],
  ['signin', SIGN_IN_BOX],
  ['logon', SIGN_IN_BOX],
  ['register', SIGN_IN_BOX],
  ['registration', SIGN_IN_BOX],
  [SIGN_IN_PAIR, SIGN_IN_BOX],
  ['visuallyhidden', SCREEN_READER_ONLY],
  ['sronly', SCREEN_READER_ONLY],
  [SCREEN_READER_PAIR, SCREEN_READER_ONLY],
]);

/** Words that name the box less closely than another word beside them ("author-bio", "author-social", "photo-gallery", "image-caption"). */
const BROAD_WORDS = new Set(['author', 'video', 'image', 'img', 'photo', 'picture', 'pic', 'figure', 'foto', 'bild']);
/** A quote's or a testimonial's author is the attribution of words the article quotes ("pullquote-testimonial__author"). */
const QUOTED = new Set(['quote', 'pullquote', 'blockquote', 'testimonial', 'testimonials', 'cite', 'citation', 'review']);

/** Class names that state a fact about the page, not what the element holds ("category-social", "has-comments"). */
const STATE_CLASS = /^(?:category|tag|tags|topic|section|format|has|with|no|is)-/;

interface Labelled {
  nodeName: string;
  getAttribute?(name: string): string | null;
}

/**
 * Boxes are containers: a labelled <span> or <code> is a word's style (a syntax highlighter's
 * "hljs-comment"), not a box of the page.
 */
const CONTAINERS = new Set(['DIV', 'SECTION', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'FORM', 'UL', 'OL', 'DL', 'LI', 'P', 'FIGURE', 'TABLE', 'BLOCKQUOTE', 'ARTICLE', 'CENTER', 'DETAILS', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** An id of more words is a heading's anchor ("sharing-with-a-single-developer"), not a box's label. */
const MAX_ID_WORDS = 4;

/**
 * The words of a class or id value: of each name (a state class left out), its runs of ASCII letters
 * and digits without a digit, each cut where a small letter meets a capital ("authorBio": author,
 * bio), lower-cased. What `name.split(/[^A-Za-z0-9]+/)`, a filter, a join, the camel-case replace, a
 * lower-casing and a split gave, read in one pass over the name (the chain made five strings or
 * arrays a name; tests/ingest/furniture-label-words.test.ts holds the two equal).
 */
export function wordsOf(value: string, classes: boolean): string[] {
  const words: string[] = [];
  for (const name of value.split(/\s+/)) {
    if (!name || (classes && STATE_CLASS.test(name.toLowerCase()))) continue;
    let negated = false;
    const word = (w: string) => {
      // "no-promo", "without-sidebar": the name says the box is not there.
      if (!negated) words.push(w);
      negated = w === 'no' || w === 'without' || w === 'hide';
    };
    for (let i = 0; i < name.length; ) {
      if (!isAsciiLetterOrDigit(name.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      let digit = false;
      for (; i < name.length && isAsciiLetterOrDigit(name.charCodeAt(i)); i++) if (name.charCodeAt(i) <= 0x39) digit = true;
      // A part of letters and digits is a generated key ("0243ad1", "08ad"), not words.
      if (digit) continue;
      let from = start;
      for (let j = start + 1; j < i; j++) {
        if (isAsciiLower(name.charCodeAt(j - 1)) && !isAsciiLower(name.charCodeAt(j))) {
          word(name.slice(from, j).toLowerCase());
          from = j;
        }
      }
      word(name.slice(from, i).toLowerCase());
    }
  }
  return words;
}
const isAsciiLower = (c: number) => c >= 0x61 && c <= 0x7a;
const isAsciiLetterOrDigit = (c: number) => isAsciiLower(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);

/**
 * A box the markup's own label names as furniture: what it holds (`kind`: "an advertisement", "share
 * buttons", "something other than the article") and the reason reported for each of its blocks
 * (`label`: `inside share buttons (class "share-bar")`).
 */
export interface FurnitureBox {
  kind: string;
  label: string;
}

/** The furniture this element is by its own label (class "share-bar": share buttons), or null. */
export function furnitureLabel(element: Labelled): FurnitureBox | null {
  if (!element.getAttribute) return null;
  const name = upperCaseTag(element.nodeName);
  // A <span> is a word's style, but one named for a caption holds the caption ("media-caption"), one named for a credit the credit ("photoCredit").
  const span = name === 'SPAN';
  if (!span && !CONTAINERS.has(name)) return null;
  for (const attr of ['class', 'id'] as const) {
    const value = element.getAttribute(attr);
    if (!value) continue;
    const word = furnitureWordOf(value, attr);
    const kind = word && FURNITURE_WORDS.get(word);
    if (kind && (!span || kind === CAPTION_BOX || kind === CREDIT_BOX)) {
      return { kind, label: `inside ${kind} (${attr} "${value.trim().slice(0, 60)}")` };
    }
  }
  const role = element.getAttribute('role');
  if (role === 'complementary' || role === 'navigation' || role === 'contentinfo') return { kind: OTHER_THAN_ARTICLE, label: `inside ${OTHER_THAN_ARTICLE} (role "${role}")` };
  // A comment or sign-up form's labels, a poll's choices (lib/html/furniture/form-box.ts).
  if (isFormBox(name, element)) return { kind: FORM_KIND, label: `inside ${FORM_KIND} (<${name.toLowerCase()}>${role ? ` role "${role}"` : ''})` };
  return null;
}
const OTHER_THAN_ARTICLE = 'something other than the article';

/**
 * The furniture word a class or id names, or null. A page's template gives the same class to box after
 * box ("col-md-8", "entry-content"), and furnitureLabel is asked of every box the extractor flattens and
 * every element the block walker meets: splitting the same value into words again and again was a
 * twentieth of the HTML path's time. The answer depends on the value alone, so it is remembered across
 * elements and pages (a value longer than a line is not: a cache holds short keys).
 */
const wordOfClass = new BoundedMemo<string | null>();
const wordOfId = new BoundedMemo<string | null>();
const REMEMBERED_VALUE_CHARS = 200;

function furnitureWordOf(value: string, attr: 'class' | 'id'): string | null {
  const memo = attr === 'class' ? wordOfClass : wordOfId;
  const remembered = value.length > REMEMBERED_VALUE_CHARS ? undefined : memo.get(value);
  if (remembered !== undefined) return remembered;
  const words = withoutCreditCard(wordsOf(value, attr === 'class'));
  // A word that says more comes first: "author-bio" is the author's bio.
  const word =
    attr === 'id' && words.length > MAX_ID_WORDS
      ? null
      : (words.find((w) => FURNITURE_WORDS.has(w) && !BROAD_WORDS.has(w)) ??
        (namesTheBoxAfterTheArticle(words) ? AFTER_THE_ARTICLE : undefined) ??
        (namesOtherStories(words) ? OTHER_STORIES_PAIR : undefined) ??
        (namesNeighbourPost(words) ? NEIGHBOUR_POST_PAIR : undefined) ??
        (namesEmbedPlaceholder(words) ? EMBED_PLACEHOLDER_PAIR : undefined) ??
        (namesNewsLetter(words) ? NEWS_LETTER_PAIR : undefined) ??
        (namesSignIn(words) ? SIGN_IN_PAIR : undefined) ??
        (namesScreenReaderOnly(words) ? SCREEN_READER_PAIR : undefined) ??
        (words.some((w) => QUOTED.has(w)) ? undefined : words.find((w) => FURNITURE_WORDS.has(w))) ??
        null);
  return value.length > REMEMBERED_VALUE_CHARS ? word : memo.remember(value, word);
}

/** "credit-card-offer", "creditCards": a card the article may compare, not a picture's credit (CREDIT_BOX). */
function withoutCreditCard(words: string[]): string[] {
  const card = words.findIndex((w, i) => (w === 'credit' || w === 'credits') && (words[i + 1] === 'card' || words[i + 1] === 'cards'));
  return card === -1 ? words : words.filter((w) => w !== 'credit' && w !== 'credits');
}

/** "after" and then what it stands after: "after-content", "afterPost" (AFTER_THE_ARTICLE). */
function namesTheBoxAfterTheArticle(words: string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) if (words[i] === 'after' && AFTER_WHAT.has(words[i + 1])) return true;
  return false;
}

/** "recent posts", "posts list" (OTHER_STORIES_PAIR). */
function namesOtherStories(words: string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    if (WHICH_POSTS.has(words[i]) && POSTS.has(words[i + 1])) return true;
    if (MANY_POSTS.has(words[i]) && POSTS_AS.has(words[i + 1])) return true;
  }
  return false;
}

/** "nav-next", "next-post", "prev-next", "article-previous" (NEIGHBOUR_POST_PAIR), in either order. */
function namesNeighbourPost(words: string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i], words[i + 1]];
    if ((NEIGHBOUR.has(a) && NEIGHBOUR_OF.has(b)) || (NEIGHBOUR.has(b) && NEIGHBOUR_OF.has(a))) return true;
  }
  return false;
}

/** "news-letter" (NEWS_LETTER_PAIR): "news" right before "letter". */
function namesNewsLetter(words: string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) if (words[i] === 'news' && words[i + 1] === 'letter') return true;
  return false;
}

/** "sign-in", "log-in", "signIn" (SIGN_IN_PAIR): "sign" or "log" right before "in". */
function namesSignIn(words: string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) if (SIGN_OR_LOG.has(words[i]) && words[i + 1] === 'in') return true;
  return false;
}

/** "sr-only", "visually-hidden", "screen-reader-text", "assistive-text" (SCREEN_READER_PAIR): two words side by side. */
function namesScreenReaderOnly(words: string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) if (SCREEN_READER_PAIRS.has(`${words[i]} ${words[i + 1]}`)) return true;
  return false;
}

/** "third-party-placeholder", "placeholder-privacy", "content-blocker" (EMBED_PLACEHOLDER_PAIR), among the words of one class or id value. */
function namesEmbedPlaceholder(words: string[]): boolean {
  if (words.includes('placeholder')) return words.some((w) => PLACEHOLDER_FOR.has(w));
  for (let i = 0; i + 1 < words.length; i++) if (words[i] === 'content' && words[i + 1] === 'blocker') return true;
  return false;
}

/**
 * A picture's caption and credit are a few lines (CAPTION_LINE), under no heading: a box of more text
 * named for a picture, or one that is or holds a heading (a list's item with its picture: a product's
 * name over its summary; a heading whose anchor is "h-ferry-video") or a quote (an embedded post in a
 * "video-container"), holds more than its caption.
 */
const PICTURE_BOX_CHARS = 480;
const NOT_IN_CAPTIONS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE']);
interface BoxNode {
  nodeName: string;
  childNodes: ArrayLike<BoxNode>;
}
function holdsMoreThanCaption(element: BoxNode): boolean {
  if (NOT_IN_CAPTIONS.has(upperCaseTag(element.nodeName))) return true;
  for (let i = 0; i < element.childNodes.length; i++) if (holdsMoreThanCaption(element.childNodes[i])) return true;
  return false;
}

/**
 * Whether a labelled box of `chars` characters is what its label says, in an article of
 * `articleChars`: a box that holds most of the article is the article, whatever its name. An
 * advertisement's slot holds a label, a picture, a line or two: one that holds more text is a
 * box the page's markup left open round the article's paragraphs (an "ad-container" whose end tag
 * comes after a list of the article's items), so it stays; so does a picture's or a video's box that
 * holds more than a caption (holdsMoreThanCaption).
 */
const AD_BOX_CHARS = 600;
const AD_KIND = FURNITURE_WORDS.get('ad');
export function fitsLabel(box: FurnitureBox, chars: number, articleChars: number, element?: BoxNode): boolean {
  if (chars >= articleChars / 2) return false;
  if (box.kind === PICTURE_BOX || box.kind === VIDEO_BOX) return chars <= PICTURE_BOX_CHARS && !(element && holdsMoreThanCaption(element));
  if (box.kind === CREDIT_BOX) return chars <= CREDIT_BOX_CHARS && !(element && holdsMoreThanCaption(element));
  return chars <= AD_BOX_CHARS || box.kind !== AD_KIND;
}

/** What the block-level rules read of an extracted block. */
export interface ExtractedBlock {
  text: string;
  kind?: string;
  linkShare?: number;
  /** Share of its characters inside links to places on the page (lib/html/furniture/table-of-contents.ts). */
  localLinkShare?: number;
  furniture?: string;
  /** Inside a <blockquote>; inside a <figure> (lib/html/furniture/figure-credit.ts). */
  quoted?: true;
  inFigure?: true;
}

/** Why a line that names other stories' box ("Related articles", "Lesen Sie auch") is left out. */
const OTHER_STORIES_HEADING = 'the heading of a box of other stories';

/** A block that is mostly link text: a teaser, a tag, a "read more" row. */
const LINKED = 0.8;
/** Teasers are a headline long; a linked paragraph of more words is prose that cites a source. */
const TEASER_WORDS = 25;
/** Three linked lines in a row are a list of other pages, not the article's text. */
const LINK_RUN = 3;

/** A paragraph of this many words, ending as a sentence, starts the article proper. */
const PROSE_WORDS = 15;
/** A caption is a few lines long; the lines the other rules are about are shorter (a call to action of thirty words). */
const CAPTION_LINE = 480;
const SHORT_LINE = 240;
/**
 * A caption ends with its photo's credit: "…sought treatmentCredit: EPA", "Photo: Jane Doe, AP",
 * "(AP Photo/Ruth Calder, File)", "Photograph by Jane Doe/AFP/Getty Images", "(Image credit: NASA)".
 */
const PHOTO_CREDIT =
  /(?:^|[.\s(|]|(?<=\p{Ll}))(?:[Cc]redit|[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|[Ff]oto|Bild(?:quelle)?|PHOTO|IMAGE)(?:\s+[Cc]redit)?(?:\s*[:/|]\s*|\s+by\s+)\p{Lu}[^.!?]{0,60}\)?\.?$|(?:[|/]\s*|\s)Getty Images\)?$/u;
/**
 * Whether PHOTO_CREDIT matches, asked of every short block: the pattern (a look-behind tried at every
 * character) only where one of its words can be, which a plain search tells first: "redit" (Credit,
 * credit), "oto" (Photo, photo, Foto, foto), "mage" (Image, image, Getty Images), "icture", "Bild", "PHOTO", "IMAGE".
 */
export function isPhotoCredit(text: string): boolean {
  if (!(text.includes('oto') || text.includes('mage') || text.includes('redit') || text.includes('icture') || text.includes('Bild') || text.includes('PHOTO') || text.includes('IMAGE'))) return false;
  return PHOTO_CREDIT.test(text);
}
/** The pattern alone, for the test that holds isPhotoCredit to it. */
export const PHOTO_CREDIT_PATTERN = PHOTO_CREDIT;
/**
 * "Image caption …", "Caption: …", "Image: …", "Legende: …": a caption that says it is one (the label often
 * hidden from sight). The German "Legende" only with its colon: without, it is a legend ("Legende des …").
 */
const CAPTION_LABEL = /^(?:(?:image|media|photo|video) caption|caption|bildunterschrift|legenda|légende)(?:\s+(?:[:：]\s+)?|[:：]\s+)\S|^(?:image|photo|picture|foto|bild|imagen|imagem)\s*[:：]\s*\p{Lu}|^legende[:：]\s+\S/iu;
/** "Image 2 of 5", "3/12": a gallery's position. */
const PICTURE_COUNT = /^(?:(?:image|photo|picture|slide|foto|bild)\s+)?\d{1,3}\s*(?:of|\/|von|de|di)\s*\d{1,3}$/i;
/** The signature line of an embedded post (a tweet's "— Name (@handle) date"). */
const EMBED_SIGNATURE = /^[—–-]|\(@\w+\)/;
/** "Common problems in newsrooms (2011)": a year, not a count. */
const YEAR_IN_BRACKETS = /\((?:1[89]|20)\d\d\)$/;


/**
 * Lines the extractor kept that plain text already shows to be furniture (lib/page-text/lines/block-features.ts, the
 * text path's own tests): a bare date or byline line, the headline again, a call to action, comment
 * marks, legal lines, counters; a heading of other stories' box with the linked teasers under it; and
 * runs of short linked lines (lists of other stories). Marks each such block with why.
 */
/** Why a <figcaption>'s text leaves the article's text: it comes back beside it, shown as a caption (lib/html/article/picture-captions.ts). */
export const PICTURE_CAPTION = "a picture's caption";

export function markBlockFurniture(blocks: ExtractedBlock[], headline: string | null, author: string | null = null, outlet: string | null = null): void {
  const title = headline ? normalise(headline) : null;
  // The site's name as a line of its own ("Harbor Ledger" for the site "harborledger"): a logo or a credit.
  const site = outlet ? normalise(outlet).replace(/\s+/g, '') : null;
  // Every rule below is about short lines: a paragraph is not read (the text path's features cost a
  // dozen patterns a line), a caption only to its end. Of a line's features they read only those that
  // need no language (furnitureFeatures: not the shares, chrome rules and teaser tests that are most
  // of the cost).
  const features = blocks.map((b) => (b.text.length <= SHORT_LINE ? furnitureFeatures(b.text) : null));
  const linked = (i: number) => (blocks[i].linkShare ?? 0) >= LINKED && (features[i]?.words ?? Infinity) <= TEASER_WORDS;
  let inBox = false;
  // The headline repeated in the body stands above the article's first paragraph.
  let beforeProse = true;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const f = features[i];
    if (b.furniture) continue;
    if (inBox && !linked(i) && !partlyLinkedTeaser(b, f)) inBox = false;
    const why = (() => {
      if (b.text.length <= CAPTION_LINE && isPhotoCredit(b.text)) return 'a photo caption with its credit';
      if (b.text.length <= CAPTION_LINE && isCopyrightCaption(b.text)) return 'a photo caption with its copyright credit';
      if (b.text.length <= CAPTION_LINE && CAPTION_LABEL.test(b.text)) return 'a photo caption, labelled as one';
      // A picture's caption (<figcaption>) says what the photo shows, not what the article says: the
      // human-marked bodies of three sets leave it out wherever it stands (Zyte's, WCXB's, fundus'),
      // and the snippet set's precision rises; only Readability's test pages, whose "truth" is
      // Readability's own output, keep it. HTML F1 dev / held out: metadata set .956/.953 → .957/.954,
      // fundus .946/.942 → .951/.946, body set's Zyte pages up, its Readability pages down.
      if (b.kind === 'caption') return PICTURE_CAPTION;
      if (b.text.length <= CAPTION_LINE && isDisclosure(b.text)) return "the site's affiliate-links disclosure";
      // "Dieser Beitrag enthält Werbung", "… one or more of our advertisers. We may receive compensation …" (advertising-disclosure.ts).
      if (isAdvertisingDisclosure(b.text)) return ADVERTISING_DISCLOSURE_WHY;
      if (isConsentPlaceholder(b.text)) return 'the placeholder of embedded external content, waiting for consent';
      if (isFormFieldNote(b.text)) return FORM_FIELD_NOTE_WHY;
      // "Loading…", "Wird geladen…": a script's placeholder the saved page caught (lib/html/furniture/loading-placeholder.ts).
      if (isLoadingPlaceholder(b.text)) return LOADING_PLACEHOLDER_WHY;
      if (!f) return null;
      // "Getty Images", "Jane Roe/Insider" alone in a <figure>, outside its caption (lib/html/furniture/figure-credit.ts).
      if (isFigureCredit(b, f.words, f.sentenceEnd)) return FIGURE_CREDIT_WHY;
      if (isAdSlotLabel(b.text)) return "an advertisement slot's label";
      if (isTeaserUnderLabel(b.text, b.linkShare ?? 0)) return "another story's teaser, under its label";
      if (beforeProse && title && normalise(b.text) === title) return 'the headline, repeated above the article';
      if (beforeProse && headline && b.kind === 'heading' && isHeadlineRunIn(b.text, headline)) return 'the headline, its kicker run into it, above the article';
      if (site && f.words <= SITE_NAME_WORDS && normalise(b.text).replace(/\s+/g, '') === site) return "the site's name";
      if (PICTURE_COUNT.test(b.text)) return "a gallery's picture count";
      // "— Jane Doe (@jane) November 18, 2019" closes an embedded post: its date is the post's.
      // "4.58" under a review's stars, "Average GPA: 3.64": a figure, not a stamp's time (lib/html/furniture/figure-not-time.ts).
      if (f.dateLine && !EMBED_SIGNATURE.test(b.text) && !isFigureNotTime(b.text)) return 'a date line';
      if (isStampLine(b.text, f.words)) return "a line of the page's stamps (dates, labels, a byline)";
      // "بقلم: محمد أحمد", "记者 张三": a labelled byline in a script without capitals, which `byline` (read by case) passes over.
      if (f.byline || isScriptLabelledByline(b.text)) return 'a byline';
      // "9/26/2023 8:59 AM PT", "Jane RoeDecember 20, 2023" over the first paragraph: the stamp in a shape
      // `dateLine` does not read (stamp-above-article.ts); not an embedded post's signature, whose day is the post's.
      if (beforeProse && !EMBED_SIGNATURE.test(b.text) && isStampAboveArticle(b.text, f.words, f.sentenceEnd)) return STAMP_ABOVE_ARTICLE_WHY;
      if (f.boxHeading || (f.words <= BOX_HEADING_WORDS && MORE_STORIES.test(b.text))) {
        inBox = true;
        return OTHER_STORIES_HEADING;
      }
      if (inBox) return 'a linked teaser in a box of other stories';
      // A point of a list (<li>, <dt>, <dd>) is the article's own: its steps ("Create and log in to your
      // account, then…"), its features ("Email, SMS, WhatsApp campaigns"), its pointer to a full review
      // under each pick ("Read my review of this hotel here"). The words a call to action or a paywall's
      // prompt opens on are common there, and the human-marked bodies keep those points: the metadata
      // set's ~55 such items, three in four of their words in its bodies, the body set's two. A sign-up
      // box that is a list is left out by its label or as a list of links (below).
      if (b.kind !== 'item' && f.callToAction) return 'a call to action';
      if (b.kind !== 'item' && f.words <= PAYWALL_WORDS && PAYWALL.test(b.text) && PAYWALL_ASKS.test(b.text) && !REPORTED.test(b.text)) return "a paywall's prompt";
      if (f.commentMark) return 'a comment-section mark';
      // A question about the article, its rating, a note on logging in to comment (the text path's chrome rule `reader-widget`).
      const widget = readerWidgetOf(b.text);
      if (widget) return widget;
      if (f.legal) return 'a legal line';
      if (f.counter && !YEAR_IN_BRACKETS.test(b.text)) return 'a counter';
      return null;
    })();
    if (why) b.furniture = why;
    else if (!f || (f.words >= PROSE_WORDS && f.sentenceEnd)) beforeProse = false;
  }
  markMembersNote(blocks);
  markContactBox(blocks);
  // The closing lines come in any order (a credit, a call to action, the bio): each rule stops at a
  // line that is none of its own, so a second round reads past what the others found.
  for (let round = 0; round < 2; round++) {
    closingCredits(blocks);
    closingCallsToAction(blocks);
    if (author) closingAuthorBio(blocks, author);
    // A link back to the article's section or a pager under it (lib/html/furniture/closing-navigation.ts).
    markClosingLines(blocks, (b) => (isClosingNavigation(b.text, countWords(b.text, CLOSING_WORDS + 1), b.linkShare ?? 0, b.localLinkShare ?? 0) ? CLOSING_NAVIGATION_WHY : null));
    // The writer's e-mail address alone on its line under the story (lib/html/furniture/closing-address.ts).
    markClosingLines(blocks, (b) => (isClosingAddress(b.text) ? CLOSING_ADDRESS_WHY : null));
  }
  // The app stores' badges and the line selling the site's app (lib/html/furniture/app-promotion.ts),
  // then the page's tags the article ends on, each a heading or a link of a word or two, read over the
  // furniture after them (lib/html/furniture/closing-tag-list.ts).
  markAppPromotion(blocks);
  markClosingTagList(blocks);
  // Runs of short linked lines: a list of other pages, unless it is the article's own list (below).
  const proseBefore: number[] = [];
  let prose = 0;
  for (let i = 0; i < blocks.length; i++) {
    proseBefore.push(prose);
    const f = features[i];
    if (!blocks[i].furniture && (!f || (f.words >= PROSE_WORDS && f.sentenceEnd))) prose++;
  }
  markTablesOfContents(blocks, features);
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j < blocks.length && linked(j)) j++;
    const articleList = j < blocks.length && isArticleList(blocks, i, j, proseBefore[i], prose - proseBefore[j]);
    // A numbered heading with the article's text under it ends the list: it opens the next pick (numbered-section-head.ts).
    const end = j > i && opensNumberedSection(blocks, j - 1) ? j - 1 : j;
    if (end - i >= LINK_RUN && !articleList) for (let k = i; k < end; k++) blocks[k].furniture ??= LINK_LIST;
    i = Math.max(j, i + 1);
  }
  // A question or a label over two links or more closing the article: other stories' box (lib/html/furniture/link-box-heads.ts).
  markLinkBoxHeads(blocks, (j) => (j < blocks.length ? prose - proseBefore[j] : 0));
  // Other stories' cards, each a title and its summary, closing the article (lib/html/furniture/teaser-cards.ts).
  markTeaserCards(blocks, (b) => b.furniture === OTHER_STORIES_HEADING);
  // Other stories' headlines listed between the article's paragraphs, kicker and title (lib/html/furniture/headline-list.ts).
  markHeadlineLists(blocks);
  // "… Seht selbst! Weiterlesen", "… mehr •••": other pages' teasers closing the article, each its link
  // to read on there (read-more-teaser.ts). Asked last: other stories' cards (teaser-cards.ts) read such
  // a summary under its title and take both, which they could not once the summary were marked.
  markClosingTeasers(blocks);
}

/** Paragraphs of the article's prose on each side of a list that is the article's own. */
const LIST_PROSE_BEFORE = 1;
const LIST_PROSE_AFTER = 2;

/**
 * A list of linked items the article's prose leads into and goes on after ("Here are some of the
 * courses you can take:" and the courses, each linking to its page) is the article's, not a box of
 * other pages: those come under a heading of their own ("More recipes"), as breadcrumbs before
 * the article, or after its last paragraph. Dev pages of the metadata and body sets: of the linked
 * lists this keeps, 56 of 58 are in the article as annotated (metadata set body F1 dev +0.0005,
 * held out +0.0002, page by page; body set unchanged but for one page up).
 */
function isArticleList(blocks: ExtractedBlock[], from: number, to: number, proseBefore: number, proseAfter: number): boolean {
  if (proseBefore < LIST_PROSE_BEFORE || proseAfter < LIST_PROSE_AFTER) return false;
  if (from > 0 && blocks[from - 1].kind === 'heading') return false;
  for (let k = from; k < to; k++) if (blocks[k].kind !== 'item') return false;
  return true;
}

/** A paywall's prompt is a line: "This article is exclusive to subscribers", "Already have an account? Log in". */
const PAYWALL_WORDS = 25;
const PAYWALL = /\b(?:subscrib\w*|subscriptions?|log ?in|sign ?in|unlock (?:this|the|full) (?:article|story|content|post))\b/i;
/** …and it speaks to the reader of this article: "you", "the rest of this story", "exclusive to". */
const PAYWALL_ASKS = /\b(?:you|your|this (?:article|story|content|post)|the rest of|to (?:read|continue|keep reading)|already have an account|exclusive to)\b/i;
/** Reported speech is the story's: "…can subscribe for free, the ministry said." */
const REPORTED = /\b(?:said|says|told|according to)\b|["“”]/i;

const SITE_NAME_WORDS = 6;

/** A disclosure is a sentence or two; a paragraph about affiliate marketing is longer. */
const DISCLOSURE_WORDS = 60;
const AFFILIATE = /\baffiliate\b[^.!?]{0,80}\b(?:links?|commissions?|programs?|partners?)\b|\b(?:links?|commissions?)\b[^.!?]{0,80}\baffiliate\b/i;
/** The site speaks of itself ("we", "I", "this post"), as its disclosures do and a news report does not. */
const SITE_SPEAKS = /\b(?:we|I|us|our|my|me|this (?:post|article|page|site|blog|story))\b/;
/** What a disclosure explains: the site may be paid ("commission", "kick back", "at no extra cost"), or where to read more. */
const PAID = /\b(?:commissions?|compensat\w*|earn\w*|kick ?backs?|at no (?:extra|additional) cost|disclos\w*|may contain|contains)\b/i;

/** "This post may contain affiliate links. Please see my disclosure page." */
function isDisclosure(text: string): boolean {
  // The word is looked for first: a regular expression on every block costs more than a search.
  return (text.includes('ffiliate') || text.includes('FFILIATE')) && AFFILIATE.test(text) && PAID.test(text) && SITE_SPEAKS.test(text) && countWords(text, DISCLOSURE_WORDS + 1) <= DISCLOSURE_WORDS;
}

/** Separators between the parts of a stamp line: "Updated … | Posted …", "05/10/2018 - Publicado por: …". */
const STAMP_SEPARATOR = /(?:(?<!\s)\s+)?[|;•·]\s*|(?<!\s)\s+[/–—-]\s+/;
const HAS_STAMP_SEPARATOR = /[|;•·]|\s[/–—-]\s/;
/** "Categoria: Saúde", "Tags: climate science", "Publicado por: Jane Roe": a label and its short value. */
const LABELLED = /^\p{L}[\p{L} ]{1,24}[:：]\s*\S/u;
const LABEL_WORDS = 6;
const DIGIT = /\d/;
/** "05/10/2018", "2018-10-05 14:20": a date, whichever of day and month comes first. */
const NUMERIC_DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?:,?\s+\d{1,2}[:h]\d{2}(?::\d{2})?)?$/;
const STAMP_WORDS = 30;
/** "Zuerst veröffentlicht am 30/04/2024", "Publié le 06/01/2026": a few words of label, then the day in figures. */
const LABELLED_NUMERIC_DATE = /^(?:\p{L}+ ){1,3}(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})$/u;
/**
 * "16:17", "14:16 UTC+1", "14:02 MEZ", "9:05 pm": the clock time a stamp gives after its day, set apart by
 * a dash or a bar. A part of the stamp, dating nothing alone (a score "2:1" beside a team is no stamp: no day).
 */
const CLOCK_TIME = /^\d{1,2}[:h]\d{2}(?:\s?(?:[Uu]hr|[AaPp]\.?[Mm]\.?))?(?:\s?\(?(?:UTC|GMT|[A-Z]{2,4})?(?:[+-]\d{1,2}(?::\d{2})?)?\)?)?$/;

/**
 * The day a page was changed written after the day it was published with nothing between them but a
 * space, or run into it ("Publisert 14.03.2023, kl. 08.15 Oppdatert 14.03.2023, kl. 09.40", "Publicerad
 * 9 mars 2023 kl 07.05Uppdaterad kl 11.30"): the change's label (lib/dates/date-labels.ts) after a figure,
 * a space or a comma starts the second stamp, and each stamp holds its own date or time (a label with
 * a short value, allowed beside a stamp after a separator, is not). The labels are words, each tried
 * where it may start: linear.
 */
const CHANGE_LABEL_AFTER_STAMP = new RegExp(`(?<=[\\d\\s.,])(?:${UPDATE_LABELS})(?![\\p{L}\\p{N}])`, 'iu');

/** Whether the line is two stamps with no separator: cut where the change's label starts (CHANGE_LABEL_AFTER_STAMP), each part a date line of its own. */
function twoStampsRunTogether(text: string): boolean {
  const at = text.search(CHANGE_LABEL_AFTER_STAMP);
  if (at <= 0) return false;
  return [text.slice(0, at).trim(), text.slice(at).trim()].every((part) => furnitureFeatures(part).dateLine && !isFigureNotTime(part));
}

/**
 * "Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM", "PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED: …",
 * "05/10/2018 - Publicado por: Jane Roe - Categoria: Saúde": the article's stamps in one line, each
 * part a date line, a byline, a short label with its value or an age or count ("Last updated 1 day ago",
 * "2 minute read"), one of them at least a date.
 */
function isStampLine(text: string, words: number): boolean {
  // A date has digits: most lines have none, and each part is read as a line of its own.
  if (words > STAMP_WORDS || !DIGIT.test(text)) return false;
  if (!HAS_STAMP_SEPARATOR.test(text)) return twoStampsRunTogether(text);
  const parts = text.split(STAMP_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return false;
  let dated = false;
  let labelledDay = false;
  let clock = false;
  for (const part of parts) {
    const f = furnitureFeatures(part);
    if ((f.dateLine && !isFigureNotTime(part)) || NUMERIC_DATE.test(part)) dated = true;
    // The day in figures under its label, and the time after it, only beside each other.
    else if (LABELLED_NUMERIC_DATE.test(part)) labelledDay = true;
    else if (CLOCK_TIME.test(part)) clock = true;
    // An age or a count beside the date ("Last updated 1 day ago", "2 minute read") is the site's stamp too.
    else if (!f.byline && !f.counter && !(LABELLED.test(part) && f.words <= LABEL_WORDS)) return false;
  }
  return dated || (labelledDay && clock);
}

/**
 * An address to write to: an e-mail, a profile's address, a handle. An e-mail starts only where its
 * run of name characters starts (the lookbehind): tried from every letter of a long word, it scanned
 * the rest of the word from each (a word of 50,000 letters took 5 s); a match from inside the run is
 * found from its start as well.
 */
const ADDRESS = /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+|\bhttps?:\/\/\S+|\b(?:twitter|x|facebook|instagram|linkedin)\.com\/\S+|(?:^|\s)@\w{2,}/i;
/** How the reader reaches the reporter: "Write to Jane Roe at …", "Have a tip? … may be reached at …". */
const CONTACT = /^(?:write to|reach|contact|e-?mail|follow|have a (?:news )?tip|got a tip|send (?:us )?(?:your )?(?:tips|news))\b|\b(?:may|can) be reached at\b/i;
/**
 * The article's credits: "(Reporting by …, editing by …)", "Li Wei contributed to this report.", "With
 * files from the Harbor Wire", "With reports from …", "Additional reporting from …", "Mit Material der …",
 * "Mit Agenturmaterial.", "Con información de …", a translator's "Aus dem Englischen von …", "Traduit de
 * l'anglais par …". Not where the story ran first ("This article was originally published by …"): the
 * body set's truth keeps that line.
 */
const CREDIT_LINE =
  /^\(?(?:with )?(?:additional )?(?:reporting|writing|editing|research|compiled|translated)(?: and \p{L}+)? by \p{Lu}[^()]*\)?\.?$|\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?$|^(?:with files from|aus dem \p{L}+en (?:übersetzt )?von|traduit de l['’]\p{L}+ par|mit (?:material|informationen|agenturmaterial) (?:von|der|des|aus)) \p{Lu}/iu;
/**
 * More of them, the owner's name in its capital (no "i" flag: under it \p{Lu} takes any letter, and "With
 * reports from the coast still coming in, …" would be one).
 */
const CREDIT_FROM = /^(?:[Ww]ith (?:additional )?(?:reports?|reporting|files|information|material)|[Aa]dditional reporting) from (?:the )?\p{Lu}|^[Cc]on informaci[oó]n de \p{Lu}|^[Mm]it [Aa]genturmaterial\.?$/u;
/**
 * The article's copyright line closing it ("Copyright: Example Syndicate, 2025", "© 2025 Example. All rights
 * reserved."): the owner's name after the sign or the word, not "Copyright law …". Fundus dev: it stood under
 * a translator's credit and kept the walk up from reaching it.
 */
const COPYRIGHT_LINE = /^(?:©|\([Cc]\)|[Cc]opyright|COPYRIGHT)\s*(?::\s*)?(?:©\s*)?(?:\d{4}\s*)?\p{Lu}/u;
const COPYRIGHT_WORDS = 12;
/**
 * The post's categories and tags closing it: a blog's "Posted in …", "Filed under: …", "This entry was posted
 * in …", a label with its terms ("Tags: …", "Schlagwörter: …", "Etiquetas: …"), or the label alone over
 * them. Where the post is filed, not what it says: no set's truth keeps one at the article's foot.
 */
const TAXONOMY_LABEL =
  /^(?:tags?|tagged|schlagw(?:ö|oe)rter|schlagworte|stichw(?:ö|oe)rter|etiquetas|étiquettes|categor(?:y|ies|ía|ías|ia|ie)|kategorien?|catégories?)\s*[:：]\s*\S|^(?:tags|categories|kategorien|schlagwörter|catégories|categorías|etiquetas)$/iu;
/**
 * The filing note's short form, its first term a name in its capital: not "Posted in 1923 from …"; or
 * the whole note in any of its languages, as the text path reads it ("Dieser Eintrag wurde
 * veröffentlicht in …"). Both from the one phrase list, lib/page-text/chrome/filing-note-phrases.ts.
 */
const TAXONOMY_FILED = FILED_SHORT_FORM;
const TAXONOMY_WORDS = 25;
/**
 * A source's label and the sources, in a few words, closing the article ("Quelle: dpa", "Source: Reuters,
 * AFP", "Fuente: EFE"): where its facts came from, not its story. Fundus HTML P dev .9485 → .9487,
 * held out .9444 → .9445; the body set's one page up; none down.
 */
const SOURCE_LINE = /^(?:quelle|quellen|source|sources|fuente|fuentes|fonte|fonti|bron|bronnen|źródło|kilde|källa)\s*:\s*\S/iu;
const SOURCE_WORDS = 8;
const CREDIT_WORDS = 40;
/** A line that is an address alone: "jane.roe@example.com", "twitter.com/janeroe". */
const ADDRESS_ALONE = 3;

/**
 * The article's last lines that credit its reporters or say how to reach them: they are about the
 * article, not its story.
 */
function closingCredits(blocks: ExtractedBlock[]): void {
  markClosingLines(blocks, (b) => {
    // Counted to one past the most a credit has: a paragraph is not read to its end.
    const words = countWords(b.text, CREDIT_WORDS + 1);
    if (words > CREDIT_WORDS) return null;
    if (CREDIT_LINE.test(b.text) || CREDIT_FROM.test(b.text)) return "the article's credits, closing it";
    if (words <= COPYRIGHT_WORDS && COPYRIGHT_LINE.test(b.text)) return "the article's copyright line, closing it";
    if ((words <= TAXONOMY_WORDS && (TAXONOMY_FILED.test(b.text) || TAXONOMY_LABEL.test(b.text))) || FILING_NOTE.test(b.text)) return "the post's categories and tags, closing it";
    if (words <= SOURCE_WORDS && SOURCE_LINE.test(b.text)) return "the article's sources, closing it";
    return ADDRESS.test(b.text) && (CONTACT.test(b.text) || words <= ADDRESS_ALONE) ? 'how to reach the reporter, closing the article' : null;
  });
}

/**
 * Walks up from the article's last line over its last CLOSING_LINES lines that are not furniture yet;
 * each that `reason` names is marked, and the first it does not name ends the walk (closing furniture
 * sits together at the end).
 */
function markClosingLines(blocks: ExtractedBlock[], reason: (b: ExtractedBlock) => string | null): void {
  let seen = 0;
  for (let i = blocks.length - 1; i >= 0 && seen < CLOSING_LINES; i--) {
    const b = blocks[i];
    if (b.furniture) continue;
    seen++;
    const why = reason(b);
    if (!why) return;
    b.furniture = why;
  }
}

/** "More Great Example Stories", "More Science News", "Discover more from Example": a box of other stories (or the site's sign-up) under its heading. */
const MORE_STORIES = /^(?:more\b.{0,40}\b(?:stories|news|articles|reads|posts|videos|coverage)\s*:?|discover more from\b.{1,40})$/i;
const BOX_HEADING_WORDS = 8;
/** A teaser in a list may link only part of its line ("The strange life and <a>quiet death of a coder</a>"). */
const TEASER_LINKED = 0.3;

/** An item of a list under a box heading that links away in part and is no sentence: another story's teaser. */
function partlyLinkedTeaser(b: ExtractedBlock, f: FurnitureFeatures | null): boolean {
  return b.kind === 'item' && (b.linkShare ?? 0) >= TEASER_LINKED && !!f && f.words <= TEASER_WORDS && !f.sentenceEnd;
}

/**
 * A line as compared with the headline or the site's name: case, quotes and spacing aside, and the marks
 * no reader sees (a soft hyphen in a long word, a zero-width space), which the headline is read without
 * (lib/html/headline/html-headline.ts) while the body's copy of it may keep them (lib/safety/invisible-marks.ts).
 */
const normalise = (s: string) => withoutInvisibleMarks(s.normalize('NFKC').toLowerCase()).replace(/[\s"'“”‘’]+/g, ' ').trim();

/** A closing call to action is a few sentences at most. */
const CLOSING_WORDS = 60;
const CLOSING_LINES = 3;

/**
 * The article's last lines that send the reader elsewhere ("Join our forums to keep talking space…",
 * "Like this story? Share it with a friend!", "Get access to … for as little as …"): one of their
 * sentences is an imperative to subscribe, follow, join or share, and they name where.
 */
function closingCallsToAction(blocks: ExtractedBlock[]): void {
  markClosingLines(blocks, (b) => {
    if (b.text.length > CAPTION_LINE || countWords(b.text) > CLOSING_WORDS) return null;
    const sentences = b.text.split(/(?<=[.!?])\s+/);
    // A paragraph that reports and ends with "Read our review here." is the article's: in a longer
    // block the call must come first.
    const calls = sentences.length <= 2 ? sentences.some((s) => CTA_START.test(s)) : CTA_START.test(sentences[0]);
    return CTA_TARGET.test(b.text) && calls ? 'a closing call to action' : null;
  });
}

/** What a bio says of its subject after the name: "(Doe) is a reporter…", "joined the paper in…". */
const BIO_VERB =
  /^\s+(?:\([^()]{1,30}\)\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+)?(?:is|was|has|writes|covers|started|joined|lives|holds|graduated|reports|ist|war|schreibt|arbeitet|lebt|berichtet|est|était|écrit|es|fue|escribe)\b/u;
/** The heading of the bio's box, kept above it: "About the author", "Die Autorin", "L'auteur". */
const ABOUT_AUTHOR = /^(?:about the authors?|the authors?|(?:über |zu[rm] )?(?:den |die |der )?autor(?:in|en|innen)?|(?:à propos de )?l['’]auteur(?:e|s)?|sobre (?:el|la|a|o) autora?)$/i;
/** A one-word title before the name: "Korrespondent Jan Berg ist …", "Reporter Ann Lee covers …". */
const TITLE_WORD = /^\p{Lu}\p{Ll}+\s/u;

/** How many of the article's last lines not marked yet a bio may take (its lines and the links under it). */
const BIO_LINES = 5;
/** "Ann Lee, MD", "Ann Lee, CFP": credentials after the name (the bio writes them after it too). */
const CREDENTIALS = /,\s*[\p{Lu}][\p{L}.]{0,7}(?:,?\s*[\p{Lu}][\p{L}.]{0,7})*$/u;
/** A mark before the bio's first word: "*Ann Lee, MD, is…", "(Ann Lee is…)". */
const LEADING_MARK = /^[*(†]+\s*/;
/** A bio's later sentences speak of its subject: "She has…", "His work…", "Sie lebt…". */
const PRONOUN_START = /^(?:she|he|they|her|his|their|sie|er|ihre?|seine?|elle|il|ella|él)\b/i;
/** A phrase about the subject before the name: "A baker's daughter from the coast, Ann Lee has…". */
const PHRASE_BEFORE_NAME = 80;
/** A link under the bio to the author's page: "View author page", "More by Ann Lee". */
const LINK_LINE_WORDS = 4;

/**
 * The author's bio closing the article ("Jane Doe is a science reporter based in Brussels…", "Jane Doe
 * (*1970) war …", "Korrespondent Jane Doe ist …", "*Jane Doe, MD, is…", "A baker's daughter, Jane Doe
 * has…", or her name alone above it), its later lines (her first name or a pronoun in them: "When she
 * is not reporting, Jane keeps bees…"), a link to her page under it, and the heading of its box.
 * Only the article's last lines, from a line that opens a bio on: the story's own last paragraphs
 * about someone else ("Mara Voss is the third generation…", "She said…") open none.
 */
function closingAuthorBio(blocks: ExtractedBlock[], author: string): void {
  const fullName = author.replace(/^by\s+/i, '').trim();
  const name = fullName.replace(CREDENTIALS, '');
  const first = name.split(/\s+/)[0];
  if (first.length < 3 || fullName.length > 60) return;
  const firstWord = new RegExp(`(?<![\\p{L}])${literalPattern(first)}(?![\\p{L}])`, 'u');
  const open: number[] = [];
  for (let i = blocks.length - 1; i >= 0 && open.length < BIO_LINES; i--) if (!blocks[i].furniture) open.unshift(i);
  // Up from the last line, over lines of a bio; the bio starts at the highest line that opens one.
  let start = -1;
  for (let k = open.length - 1; k >= 0; k--) {
    const b = blocks[open[k]];
    if (opensBio(b.text, name, fullName, first)) start = k;
    else if (!continuesBio(b, first, firstWord)) break;
  }
  if (start === -1) return;
  for (let k = start; k < open.length; k++) blocks[open[k]].furniture = "the author's bio, closing the article";
  // The box's heading stands right above the bio.
  if (start > 0 && ABOUT_AUTHOR.test(blocks[open[start - 1]].text.trim())) blocks[open[start - 1]].furniture = "the heading of the author's bio";
}

/** A line that opens the author's bio: her name and what a bio says of her, or her name alone. */
function opensBio(line: string, name: string, fullName: string, first: string): boolean {
  const text = line.trim().replace(LEADING_MARK, '');
  if (text === name || text === fullName || text === first) return true;
  if (countWords(text, CLOSING_WORDS * 2 + 1) > CLOSING_WORDS * 2) return false;
  const titled = TITLE_WORD.exec(text);
  const named = titled && text.startsWith(name + ' ', titled[0].length) ? text.slice(titled[0].length) : text;
  const credited = named.startsWith(fullName) && fullName !== name ? named.slice(fullName.length).replace(/^,/, '') : null;
  const after = credited ?? (named.startsWith(name + ' ') ? named.slice(name.length) : text.startsWith(first + ' ') ? text.slice(first.length) : null);
  if (after !== null) return BIO_VERB.test(after);
  // "A baker's daughter from the north coast, Ann Lee has…": the whole name, after a phrase in the first sentence.
  const at = text.indexOf(`, ${name} `);
  return at > 0 && at <= PHRASE_BEFORE_NAME && !/[.!?]/.test(text.slice(0, at)) && BIO_VERB.test(text.slice(at + name.length + 2));
}

/**
 * A later line of the bio (its subject's first name or a pronoun in it), or the link to her page under it.
 * `firstWord` finds `first` as a word of its own: only a line that holds it is searched with the pattern
 * (made anew for each page, it runs in V8's slower first tier over the whole line).
 */
function continuesBio(b: ExtractedBlock, first: string, firstWord: RegExp): boolean {
  const text = b.text.trim();
  if (isLinkLine(b)) return true;
  return countWords(text, CLOSING_WORDS * 2 + 1) <= CLOSING_WORDS * 2 && (PRONOUN_START.test(text) || (text.includes(first) && firstWord.test(text)));
}

const isLinkLine = (b: ExtractedBlock) => (b.linkShare ?? 0) >= LINKED && countWords(b.text, LINK_LINE_WORDS + 1) <= LINK_LINE_WORDS;
