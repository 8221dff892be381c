/**
 * Who says a sentence. Reads the attribution outside quotation marks: "<subject> said",
 * "said <subject>", "according to <subject>", with the subject a name ("Vice Minister Zhang
 * Guangjun", "Wang"), a pronoun ("he") or a description ("the vice minister").
 */
import { namesNoPerson } from './not-a-person.ts';

export const SPEECH_VERBS =
  'said|says|told|added|noted|stressed|insisted|urged|called for|announced|pledged|promised|explained|warned|argued|emphasi[sz]ed|pointed out|stated|remarked|declared|replied|acknowledged|admitted|asserted|commented|wrote';
const VERB = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'g');
const ACCORDING = /\baccording to\s+([^,.;]{2,60})/gi;

/**
 * Words that can stand before a name as part of a role, not of the name. A justice (of a court) is a
 * title as a minister is: else "Chief Justice Maria Olsen" is a "Chief" named "Justice Maria Olsen".
 */
export const ROLE_WORDS = new Set(
  'minister ministers vice deputy prime president premier chairman chairwoman chair secretary general secretary-general spokesperson spokesman spokeswoman director professor researcher scientist analyst economist ambassador official head chief justice executive governor mayor ceo founder dean fellow expert commissioner envoy leader lecturer engineer academician adviser advisor chancellor senior former foreign state science technology party dr mr mrs ms sir dame lord sheriff senator detective promoter'.split(' '),
);
/**
 * A title written short before a name ("Sen. Mitch Harlow", "Gov. Tom Berg", "Dr. Jane Roe"): the
 * person's role, no part of the name, else "Sen. Mitch Harlow" and "Mitch Harlow" are two people.
 * Taken only before a name of two words or more ("Dr. Roe" keeps its title: a family name alone is
 * no name to meet); "Mr.", "Mrs.", "Ms." are no role and stay with the name as before.
 */
const ABBREVIATED_TITLE = /^(?:Sen|Rep|Gov|Lt|Gen|Col|Maj|Capt|Sgt|Cpl|Adm|Cmdr|Prof|Dr|Rev|Atty|Supt|Insp|Det|Amb|Sec)\.$/u;
/** How many words of the name the abbreviated title leaves at least. */
const NAME_AFTER_TITLE = 2;

/** Capitalised words that begin a sentence or a clause ("Once I told…") or describe, never a person's name. */
const NOT_NAME = new Set(
  'but and however meanwhile also then while as so yet on at in last this that when after before speaking the a an his her their its our chinese american british french german japanese russian indian korean european african australian canadian beijing china washington us u.s. un eu nobel once if because since although though until unless whether whenever where'.split(' '),
);
/** Words that make a capitalised phrase an institution, not a person. */
const INSTITUTION = /\b(?:Ministry|Research|Committee|Commission|Council|Party|University|Institute|Academy|Forum|Agency|Office|Bureau|Department|Government|Administration|Association|Organi[sz]ation|Centre|Center|Group|Company|Corporation|Bank|Fund|Post|Daily|News|Times|Xinhua|Reuters|Report|Communique|Plan|Initiative|Conference|Summit|Congress|Assembly|Parliament|Senate|Court|Foundation|Alliance|Coalition|Union|Nations|States|Republic|Kingdom|Province|City|School|Laboratory|Programme|Program|Project|Reactor|Array|Observatory|Statement|Media|Network|Platform|Society|Federation|Embassy|Consulate|Authority|Board|Service|Force|Army|Navy)\b/;

export type Subject =
  | { kind: 'name'; name: string; role: string | null }
  | { kind: 'pronoun' }
  | { kind: 'description'; text: string }
  | { kind: 'other'; text: string };

/**
 * Text outside quotation marks, quoted spans blanked (positions kept). `startsOpen`: the sentence
 * begins inside a quotation opened in an earlier sentence (straight quotes need that to pair up).
 */
export function outsideQuotes(sentence: string, startsOpen = false): string {
  // Most sentences quote nobody: nothing to blank. Otherwise the text is copied in runs (kept or
  // blanked), not a character at a time: one string per run instead of one per character.
  if (!startsOpen && !QUOTE_MARK.test(sentence)) return sentence;
  let open = startsOpen;
  const runs: string[] = [];
  let runStart = 0;
  let runBlank = false;
  // Code unit by code unit: the quotation marks are single units, and a blanked surrogate pair is
  // two spaces, as wide as the pair.
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    const isQuote = c === LEFT_QUOTE || c === RIGHT_QUOTE || c === STRAIGHT_QUOTE;
    if (c === LEFT_QUOTE) open = true;
    else if (c === STRAIGHT_QUOTE) open = !open;
    const blank = open || isQuote;
    if (c === RIGHT_QUOTE) open = false;
    if (i === 0) runBlank = blank;
    else if (blank !== runBlank) {
      runs.push(runBlank ? ' '.repeat(i - runStart) : sentence.slice(runStart, i));
      runStart = i;
      runBlank = blank;
    }
  }
  if (sentence.length) runs.push(runBlank ? ' '.repeat(sentence.length - runStart) : sentence.slice(runStart));
  return runs.join('');
}

const QUOTE_MARK = /[“”"]/;
const LEFT_QUOTE = 0x201c;
const RIGHT_QUOTE = 0x201d;
const STRAIGHT_QUOTE = 0x22;

export function findSubject(sentence: string, startsOpen = false): Subject | null {
  const outside = outsideQuotes(sentence, startsOpen);
  // exec from the pattern's own position, not matchAll: that copies the pattern and makes an iterator
  // for every sentence, most of which have no verb. Nothing in the loop uses VERB.
  VERB.lastIndex = 0;
  for (let verb = VERB.exec(outside); verb; verb = VERB.exec(outside)) {
    const before = outside.slice(0, verb.index);
    const pieces = before.split(/[,;:(“”"]/);
    let chunk = pieces[pieces.length - 1];
    let role = '';
    // "Name, role, said": the subject is two commas back, the role between.
    if (!chunk.trim() && pieces.length >= 3) {
      role = pieces[pieces.length - 2].trim();
      chunk = pieces[pieces.length - 3];
    }
    // The chunk opens the sentence when nothing stands before it: its first word is capitalised as the sentence's.
    const subject = classify(chunk.trim(), role, pieces.length === 1);
    if (subject) return subject;
    // "…, said Wang Zhigang." or "…, said Luo Delong, director of the office." — subject after the verb.
    const after = /^\s+((?:the\s+)?[\p{L}][\p{L}'’. -]{1,50}?)(?:,\s*([^,;]{3,120}?))?\s*(?:[,.;]|$)/u.exec(outside.slice(verb.index! + verb[0].length));
    if (after) {
      const inverted = classify(after[1], after[2] ?? '');
      if (inverted && inverted.kind !== 'other') return inverted;
    }
  }
  ACCORDING.lastIndex = 0;
  const according = ACCORDING.exec(outside);
  return according ? classify(according[1].trim(), '') : null;
}

/**
 * A sentence's first word that cannot open a role: a clause opener ("But", "Meanwhile", NOT_NAME), a time
 * ("Yesterday", "Earlier") or an adverb ("Separately"). Any other ("Fisheries", "Police") is capitalised
 * only as the sentence's first word and is the role's: "Fisheries bureau spokesman Li Wei said".
 */
const OPENER_NOT_ROLE = /^(?:yesterday|today|tonight|tomorrow|now|earlier|later|here|there|still|too|\p{L}+ly)$/iu;

function classify(chunk: string, appositionRole: string, opensSentence = false): Subject | null {
  let words = chunk.split(/\s+/).filter(Boolean);
  // Trailing adverbs between subject and verb: "Wang also said", "he further added".
  while (words.length && /^(?:also|further|then|later|once|previously|has|had|have|again|repeatedly)$/i.test(words[words.length - 1])) words.pop();
  if (!words.length) return null;
  const last = words[words.length - 1];
  if (words.length === 1 && /^(?:he|she)$/i.test(last)) return { kind: 'pronoun' };
  if (/^(?:the|a|an)$/i.test(words[0]) || words.length > 1 && /^(?:the|a|an)$/i.test(words[words.length - 3] ?? '')) {
    const from = words.findIndex((w) => /^(?:the|a|an)$/i.test(w));
    const text = words.slice(from + 1).join(' ');
    return INSTITUTION.test(text) || /^\p{Lu}{2,}/u.test(text) ? { kind: 'other', text } : { kind: 'description', text };
  }
  // The name: the capitalised words at the end of the chunk, minus role words before it.
  let start = words.length;
  while (start > 0 && /^\p{Lu}/u.test(words[start - 1])) start--;
  if (start === words.length) return { kind: 'other', text: chunk };
  const capitalised = words.slice(start);
  let n = 0;
  while (n < capitalised.length - 1 && (ROLE_WORDS.has(capitalised[n].toLowerCase()) || NOT_NAME.has(capitalised[n].toLowerCase()) || (ABBREVIATED_TITLE.test(capitalised[n]) && capitalised.length - n - 1 >= NAME_AFTER_TITLE))) n++;
  const nameWords = capitalised.slice(n);
  const name = nameWords.join(' ').replace(/[’']s$/, '');
  // A possessive before the last word names a thing of someone's ("Gensler’s Gen Zers said"), not a person.
  const possessiveInside = nameWords.slice(0, -1).some((w) => /[’']s$/.test(w));
  if (nameWords.length > 3 || possessiveInside || INSTITUTION.test(name) || namesNoPerson(name) || nameWords.some((w) => NOT_NAME.has(w.toLowerCase()) || ROLE_WORDS.has(w.toLowerCase())) || !/^\p{Lu}\p{Ll}/u.test(name)) {
    return { kind: 'other', text: chunk };
  }
  // Role words written before the name: "science minister Wang Zhigang", "Vice Minister Zhang".
  const lowerBefore: string[] = [];
  for (let i = start - 1; i >= 0 && i >= start - 6; i--) {
    const w = words[i];
    if (!/^[\p{Ll}-]+$/u.test(w) || /^(?:the|a|an|that|which|who|but)$/.test(w)) {
      // "Fisheries bureau spokesman Li Wei said": the sentence's capitalised first word, over lower-case role words, is the role's first.
      if (i === 0 && opensSentence && lowerBefore.length && /^\p{Lu}\p{Ll}+$/u.test(w) && !NOT_NAME.has(w.toLowerCase()) && !OPENER_NOT_ROLE.test(w)) lowerBefore.unshift(w);
      break;
    }
    lowerBefore.unshift(w);
  }
  const roleWords = (s: string) => s.split(/\s+/).some((w) => (ROLE_WORDS.has(w.toLowerCase()) && !NOT_NAME.has(w.toLowerCase())) || ABBREVIATED_TITLE.test(w));
  // The lower-case words join a title written before the name only when they hold a role themselves
  // ("former Vice Minister"); else they are the sentence's ("deputies arrived … Sheriff Dana Whitfield").
  const title = capitalised.slice(0, n);
  const preRole = [...(title.length && !roleWords(lowerBefore.join(' ')) ? [] : lowerBefore), ...title].join(' ');
  const role = appositionRole && roleWords(appositionRole) ? appositionRole.replace(/^(?:an?|the)\s+/i, '') : preRole && roleWords(preRole) ? trimRole(preRole) : null;
  return { kind: 'name', name, role };
}

/** "science minister" stays; leading words before the role noun phrase that are verbs are dropped. */
function trimRole(role: string): string {
  const words = role.split(' ');
  const first = words.findIndex((w) => ROLE_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w));
  // Keep modifiers right before the first role word ("science minister", "Chinese President").
  const from = Math.max(0, first - 1);
  return words.slice(from).join(' ');
}
