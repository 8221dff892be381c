/**
 * A headline field without the site's name joined to it with no space around the separator:
 * "标题-港湾日报", "标题——港湾日报", "标题丨港湾日报", "港湾日报：标题", "Headline—Site". Pages in
 * scripts written without spaces between words join the two so, where a Latin page writes
 * "Headline - Site" (that form is cut in html-headline.ts, which finds separators by their spaces).
 *
 * Only a name the page gives its site (og:site_name, the JSON-LD publisher, a logo <h1>) is cut,
 * never an address or a guess: the separators here are as often inside a headline ("——" is a
 * Chinese dash), so only the name tells the two apart.
 */
import { wordsOf } from '../metadata/page-field-text.ts';
import { JOINT_CHARS } from './title-separators.ts';

/** The separators that join a site's name to a headline: "-", "——", "－", "丨", "｜", "ㅣ", "|", "_", "：", "·" (lib/html/headline/title-separators.ts). */
const JOINTS = new Set(JOINT_CHARS);
/** How long a run of separators is read: "——", "--", "::" (a scan, not a pattern anchored at the end, stays linear). */
const MAX_JOINT = 3;

/** The separator run that ends `text` (at most MAX_JOINT characters), or '' when it ends otherwise. */
function jointAtEnd(text: string): string {
  let i = text.length;
  while (i > 0 && text.length - i < MAX_JOINT && JOINTS.has(text[i - 1])) i--;
  return text.slice(i);
}

/** The separator run that begins `text` (at most MAX_JOINT characters). */
function jointAtStart(text: string): string {
  let i = 0;
  while (i < text.length && i < MAX_JOINT && JOINTS.has(text[i])) i++;
  return text.slice(0, i);
}

/** A Latin letter or digit: a lone hyphen between two of them joins a compound ("high-tide"). */
const LATIN = /[\p{Script=Latin}\d]/u;
/** A site given by its address ("haigang.example"), not by a name. */
const HOST = /^[\w-]+(?:\.[\w-]+)+$/;

/**
 * Whether the separator `joint`, between `before` and `after`, may join a site's name to a headline:
 * any run but a single hyphen or dash between two Latin letters ("high-tide", "e-mail").
 */
function joinsTwoParts(joint: string, before: string, after: string): boolean {
  if (!/^[-‐–]$/u.test(joint)) return true;
  return !(LATIN.test(before.slice(-1)) && LATIN.test(after.slice(0, 1)));
}

/**
 * Whether the separator between `before` and `after` touches both, and `before` and `after` hold a word
 * each: "标题-港湾日报". With a space on either side it is the spaced form html-headline.ts cuts, with the
 * section names it cuts along with the site's.
 */
const glued = (before: string, after: string) => {
  const last = before.slice(-1);
  const first = after.slice(0, 1);
  return !/\s/u.test(last) && !/\s/u.test(first) && !JOINTS.has(last) && !JOINTS.has(first) && wordsOf(before).length > 0 && wordsOf(after).length > 0;
};

/** The most words of a section's name the page's software glues between the headline and the site's ("정치", "国际"). */
const SECTION_WORDS = 2;
/** How many times longer than the section the headline before it is, at least: a short text after a dash is as often the headline's own end. */
const HEADLINE_OVER_SECTION = 3;

/**
 * `text` (what precedes a glued site's name) without a section's name glued to its end: "헤드라인-정치" of
 * "헤드라인-정치ㅣ사이트", as "Headline | Section | Site" loses its section with the name
 * (html-headline.ts). A short last part, a few words, far shorter than the headline before it; a
 * hyphen inside the headline ("한-일 …", "high-tide") sets no such part apart.
 */
function withoutGluedSection(text: string): string {
  let i = text.length;
  while (i > 0 && !JOINTS.has(text[i - 1])) i--;
  if (i === 0) return text;
  const section = text.slice(i);
  const head = text.slice(0, i);
  const joint = jointAtEnd(head);
  const rest = head.slice(0, head.length - joint.length);
  const words = wordsOf(section).length;
  if (!glued(rest, section) || !joinsTwoParts(joint, rest, section) || words < 1 || words > SECTION_WORDS) return text;
  return rest.length >= HEADLINE_OVER_SECTION * section.length ? rest : text;
}

/** `text` without a name in `sites` glued to its end or its start; what remains holds a word at least. */
export function withoutGluedSiteName(text: string, sites: string[]): string {
  const t = text.trim();
  for (const site of sites) {
    const name = site.trim();
    if (!name || HOST.test(name) || name.length >= t.length || !wordsOf(name).length) continue;
    const lower = name.toLowerCase();
    // "Headline-Site": the name ends the text, a separator run before it.
    if (t.slice(t.length - name.length).toLowerCase() === lower) {
      const head = t.slice(0, t.length - name.length);
      const joint = jointAtEnd(head);
      const rest = head.slice(0, head.length - joint.length);
      if (joint && glued(rest, name) && joinsTwoParts(joint, rest, name)) return withoutGluedSection(rest);
    }
    // "Site：Headline".
    if (t.slice(0, name.length).toLowerCase() === lower) {
      const tail = t.slice(name.length);
      const joint = jointAtStart(tail);
      const rest = tail.slice(joint.length);
      // Not before an ASCII colon: "Example Agency: New rover named" names the site's subject as often as its name.
      if (joint && joint !== ':' && glued(name, rest) && joinsTwoParts(joint, name, rest)) return rest;
    }
  }
  return t;
}
