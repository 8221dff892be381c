/**
 * clean: remove page chrome by the named rules of lib/page-text/chrome/chrome-rules.ts, plus three rules that need
 * a line's neighbours: a video's caption after its timestamp, headlines of related stories standing
 * between body paragraphs, and everything after furniture that ends the article (comment forms,
 * share bars) in the footer. Every removal is reported with its rule.
 */
import type { HeaderFacts, Unit } from '../types.ts';
import { Report } from '../report.ts';
import { countWords, endsLikeSentence } from '../lib/page-text/language/text.ts';
import { withoutDirectionalMarks } from '../lib/page-text/language/directional-marks.ts';
import { chromeRuleOf, COPYRIGHT_OUTLET, INLINE_PREFIX, PRINT_EDITION_OUTLET, type ChromeRule } from '../lib/page-text/chrome/chrome-rules.ts';
import { outletName } from '../lib/page-text/headline/outlet-name.ts';
import { withoutFooterLinks } from '../lib/page-text/headline/footer-links-after-name.ts';
import { signUpBoxLines, SIGN_UP_BOX_WHY } from '../lib/page-text/boxes/sign-up-box.ts';

/** The named rule a line's text matches, read as its reader sees it: without the marks that only set its direction ("\u2068Share this\u2069"). */
export function matchChrome(text: string): ChromeRule | undefined {
  return chromeRuleOf(withoutDirectionalMarks(text).trim());
}

/** A speaker label in a transcript: "Wang Zhigang:" alone on a line. */
export const SPEAKER_LABEL = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})\s*[:：]$/u;

/** Headline-like: no sentence end, several words, not a transcript label. */
function looksLikeHeadline(text: string): boolean {
  // The line's end first: most lines asked are paragraphs, and their words need not be counted.
  if (endsLikeSentence(text) || CLAUSE_END.has(text.charCodeAt(text.length - 1))) return false;
  // Counted to one past the most a headline has: a long line is not read to its end.
  const words = countWords(text, 26);
  return words >= 5 && words <= 25 && !SPEAKER_LABEL.test(text);
}
/** What `/[:：;,]$/` looks for. */
const CLAUSE_END = new Set([...':：;,'].map((c) => c.charCodeAt(0)));

export function clean(units: Unit[], header: HeaderFacts, report: Report): Unit[] {
  const kept: Unit[] = [];
  let footerEnded = false;
  let afterVideo = false;
  // No header line after this one: the last header line.
  const lastHeader = units.findLastIndex((u) => u.zone === 'header');
  // Each line's rule, read once: a newsletter's box around its consent line goes with it (lib/page-text/boxes/sign-up-box.ts).
  const wholes = units.map((u) => matchChrome(u.text));
  const consents: number[] = [];
  wholes.forEach((rule, i) => rule?.id === 'sign-up-consent' && consents.push(i));
  const signUpBox = consents.length ? signUpBoxLines(units.map((u) => u.text), consents) : null;
  units.forEach((unit, i) => {
    let text = unit.text;
    const whole = wholes[i];
    const prefix = whole || unit.zone === 'body' ? null : furniturePrefix(text);
    if (prefix && !/[\p{L}\p{N}]/u.test(text.slice(prefix[0].length))) {
      report.add('clean', 'inline-furniture', 'removed', text, 'page furniture left beside a date stamp');
      return;
    }
    if (prefix) {
      report.add('clean', 'inline-furniture', 'removed', prefix[0].trim(), `from "${text}"`);
      text = text.slice(prefix[0].length).replace(/^[\s,|:]+/, '');
    }
    const rule = text === unit.text ? whole : matchChrome(text);
    if (rule) {
      report.add('clean', rule.id, 'removed', text, rule.why);
      noteOutlet(text, header, report);
      if (rule.endsArticle && unit.zone === 'footer') footerEnded = true;
      afterVideo = rule.id === 'video-timestamp';
      return;
    }
    if (signUpBox?.has(i)) {
      report.add('clean', 'sign-up-box', 'removed', text, SIGN_UP_BOX_WHY);
      return;
    }
    // The shape rules below ask what the line shows: a closing isolate is no end of the line's words.
    const shown = withoutDirectionalMarks(text);
    if (afterVideo && looksLikeHeadline(shown)) {
      report.add('clean', 'video-caption', 'removed', text, 'title of a video, after its duration');
      return;
    }
    afterVideo = false;
    if (unit.zone === 'footer' && footerEnded) {
      report.add('clean', 'page-footer', 'removed', text, 'after furniture that ends the article');
      return;
    }
    if (unit.zone === 'footer' && countWords(shown, 3) <= 2 && !endsLikeSentence(text) && i === units.length - 1) {
      report.add('clean', 'trailing-fragment', 'removed', text, 'a word or two left at the end of the page');
      return;
    }
    // A sub-heading ("A new era for astronomy", "2. Don't throw yourself in the deep end") stays; another
    // story's headline between paragraphs shows itself: a label, capitals, or headlinese attribution.
    if (unit.zone === 'body' && looksLikeHeadline(shown) && countWords(shown, 8) >= 8 && isBetweenProse(units, i) && readsAsOtherStory(shown)) {
      report.add('clean', 'related-headline', 'removed', text, 'a headline between body paragraphs: a link to another story');
      return;
    }
    // A short line above the headline is a label; the last header line may be a short headline itself,
    // and so is the line segment found to be the headline ("About bugs").
    const lastHeaderLine = i >= lastHeader;
    if (unit.zone === 'header' && !lastHeaderLine && text !== header.headline && countWords(shown, 4) <= 3 && !endsLikeSentence(text) && !SPEAKER_LABEL.test(shown)) {
      report.add('clean', 'section-label', 'removed', text, 'short label above the headline (section, tag or kicker)');
      return;
    }
    kept.push(text === unit.text ? unit : { ...unit, text });
  });
  return kept;
}

/** Furniture fused before content: a comment count, or two or more share/print words. */
function furniturePrefix(text: string): RegExpExecArray | null {
  const m = INLINE_PREFIX.exec(text);
  if (!m) return null;
  const words = m[0].match(/[A-Za-z][A-Za-z-]*/g) ?? [];
  return /comment/i.test(m[0]) || words.length >= 2 ? m : null;
}

/** "Related: …", "Read more: …", "Also on …": a link the page labels as another story's. */
const STORY_LABEL = /^\[?(?:related|read(?: more| also| next)?|also read|see also|more|watch|listen|recommended|(?:also )?on [\w.-]+\.[a-z]{2,})\s*:|^also on\b/i;
/** Headlinese: "Rivalry with US is main external threat, agency says". */
const ATTRIBUTED = /,\s*(?:[\p{L}.'’-]+\s+){0,3}(?:says|say|said|warns?|claims?|reports?)$/iu;

function readsAsOtherStory(text: string): boolean {
  const shouting = /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
  return shouting || STORY_LABEL.test(text) || ATTRIBUTED.test(text);
}

function isBetweenProse(units: Unit[], i: number): boolean {
  const prev = units[i - 1];
  const next = units[i + 1];
  return !!prev && !!next && prev.zone === 'body' && next.zone === 'body' && endsLikeSentence(prev.text) && endsLikeSentence(next.text);
}

function noteOutlet(text: string, header: HeaderFacts, report: Report): void {
  const print = PRINT_EDITION_OUTLET.exec(text);
  if (print) {
    header.outletHints.push({ outlet: print[1].trim(), rule: 'print-edition', evidence: text });
    report.add('clean', 'outlet-from-print-edition', 'found', print[1].trim());
  }
  const copyright = COPYRIGHT_OUTLET.exec(text.trim());
  // The footer's links a text copy runs onto the line ("Example Bank. Privacy. Terms of Use") are no part of the name.
  const holder = copyright ? withoutFooterLinks(copyright[1]) : '';
  // "© جميع الحقوق محفوظة": a line of the mark and the reservation alone names no holder.
  if (holder && countWords(holder) <= 6 && outletName(holder)) {
    header.outletHints.push({ outlet: holder, rule: 'copyright', evidence: text });
    report.add('clean', 'outlet-from-copyright', 'found', holder);
  }
}
