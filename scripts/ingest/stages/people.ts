/**
 * people: who speaks in an article, with their role as the article gives it and every sentence
 * they say. A sentence is given to a person only when the article attributes it: their name,
 * surname, "he/she" for the last person who spoke, or their role ("the vice minister"); a quoted
 * sentence that continues an attributed quote in the same paragraph; and, in a transcript, the
 * paragraphs after their "Name:" label that read as speech, up to the next label or a saved page's
 * sub-heading (a label over a list is the list's lead-in: "Pricing:", "Service Investment:"; over
 * fragments, a box's title). Anything else is left unattributed — better unsaid than
 * put in the wrong mouth.
 */
import type { Paragraph, PersonFound, Quote } from '../types.ts';
import { Report } from '../report.ts';
import { findSubject } from '../lib/facts/attribution.ts';
import { countWords, endsLikeSentence, slugify } from '../lib/page-text/language/text.ts';
import { namesNoPerson } from '../lib/facts/not-a-person.ts';

const INSTITUTION_LABEL = /\b(?:News|TV|Daily|Times|Post|Press|Radio|Agency|Xinhua|Reuters|Network|Media|CCTV|CGTN|Host|Moderator|Reporter|Question)\b/i;

export function findPeople(paragraphs: Paragraph[], report: Report): { people: PersonFound[]; quotes: Quote[] } {
  const people = new Map<string, PersonFound>();
  const quotes: Quote[] = [];
  let lastSpeaker: string | null = null;
  let labelSpeaker: string | null = null;

  const meet = (name: string, role: string | null): string => {
    const slug = slugify(name, 6);
    const known = people.get(slug);
    if (!known) {
      people.set(slug, { slug, name, role });
      report.add('people', 'speaker', 'found', name, role ?? undefined);
    } else if (!known.role && role) known.role = role;
    return slug;
  };
  /** "Wang" or "Guterres": the person met last whose name starts or ends with it. */
  const bySurname = (word: string): string | null => {
    const matches = [...people.values()].filter((p) => {
      const parts = p.name.split(' ');
      return parts[0] === word || parts[parts.length - 1] === word;
    });
    return matches.length ? matches[matches.length - 1].slug : null;
  };
  const byRole = (text: string): string | null => {
    const wanted = text.toLowerCase();
    const matches = [...people.values()].filter((p) => p.role && p.role.toLowerCase().endsWith(wanted));
    return matches.length === 1 ? matches[0].slug : null;
  };

  // "Rasmussen said in the complaint:": who speaks in the paragraph after a lead-in.
  let leadIn: string | null = null;
  paragraphs.forEach((p, at) => {
    const ledIn = leadIn;
    leadIn = null;
    if (p.speakerLabel) {
      const label = p.speakerLabel;
      // A label over a list or a table ("Service Investment:" over its prices) is the list's lead-in, not a speaker.
      const overList = paragraphs[at + 1]?.kind === 'item' || paragraphs[at + 1]?.kind === 'row';
      labelSpeaker = !overList && label.split(' ').length >= 2 && !INSTITUTION_LABEL.test(label) && !namesNoPerson(label) ? meet(label, null) : null;
      return;
    }
    // A saved page's sub-heading starts a new section: a transcript's answer does not run on under it.
    if (p.kind === 'heading') labelSpeaker = null;
    // An answer reads as speech: a sentence, or a line too long for a box's fragments ("Audio: Lesung",
    // a guest's name under "Heutiges Evangelium:", a German programme box's capitals read as a name).
    const answers = labelSpeaker !== null && readsAsSpeech(p.text);
    // After a lead-in, a paragraph that opens with a quotation mark is the lead-in's speaker's.
    let previous: string | null = ledIn;
    let open = false; // inside a quotation that runs on from the previous sentence
    const speakers: (string | null)[] = [];
    const opensQuote: boolean[] = [];
    const direct: boolean[] = [];
    for (const sentence of p.sentences) {
      // Most sentences hold no quotation mark: the two scans for them are not made (quotesWords and
      // quoteStillOpen would only carry `open` through).
      const marked = hasQuoteMark(sentence);
      direct.push(marked ? quotesWords(sentence, open) : open && quotedWords(sentence) >= 4);
      let speaker: string | null = null;
      const subject = findSubject(sentence, open);
      if (subject?.kind === 'name') {
        speaker = subject.name.includes(' ') ? meet(subject.name, subject.role) : bySurname(subject.name);
      } else if (subject?.kind === 'pronoun') speaker = lastSpeaker;
      else if (subject?.kind === 'description') speaker = byRole(subject.text);
      else if (!subject && (open || startsQuoted(sentence))) speaker = previous;
      // A transcript's answer is the speaker's own words, quotation marks or not.
      if (!speaker && !subject && labelSpeaker && answers) { speaker = labelSpeaker; direct[direct.length - 1] = true; }
      if (subject && subject.kind !== 'pronoun') lastSpeaker = speaker;
      if (speaker) lastSpeaker = speaker;
      previous = speaker;
      if (marked) open = quoteStillOpen(sentence, open);
      speakers.push(speaker);
      opensQuote.push(open);
    }
    // A quotation attributed only at its end ("“S1. S2,” Wang said.") belongs to that speaker from its start.
    for (let i = speakers.length - 2; i >= 0; i--) {
      if (!speakers[i] && opensQuote[i] && speakers[i + 1]) speakers[i] = speakers[i + 1];
    }
    p.sentences.forEach((sentence, i) => {
      const person = speakers[i];
      if (!person) return;
      // A lead-in ends the paragraph with a colon and quotes nothing: the words are the next paragraph's.
      if (i === p.sentences.length - 1 && !direct[i] && LEAD_IN_END.test(sentence)) {
        leadIn = person;
        return;
      }
      quotes.push({ person, paragraph: p.id, sentence, kind: direct[i] ? 'direct' : 'reported' });
    });
  });
  const speaking = [...people.values()].filter((person) => quotes.some((q) => q.person === person.slug));
  return { people: speaking, quotes };
}

/** Words from which a line without a sentence's end still reads as spoken (a transcript line cut before its stop). */
const SPOKEN_LINE_WORDS = 8;

/** A paragraph a transcript's label can give to its speaker: it ends as a sentence does, or is long. */
function readsAsSpeech(text: string): boolean {
  return endsLikeSentence(text) || countWords(text, SPOKEN_LINE_WORDS) >= SPOKEN_LINE_WORDS;
}

/** A sentence that ends with a colon: it leads in to what follows. */
const LEAD_IN_END = /:\s*$/;

function startsQuoted(sentence: string): boolean {
  return /^[“"]/.test(sentence);
}

/**
 * Whether the sentence gives someone's words in quotation marks: a quoted span of four words or more
 * (a quoted name or term, "the “Belt and Road” plan", is not speech), or a sentence that runs on inside
 * a quotation opened before it.
 */
function quotesWords(sentence: string, startsOpen: boolean): boolean {
  // Spans are cut from the sentence where they open and close: scanning is per code unit, since
  // every quotation mark is a single one (and building spans a character at a time was slow).
  let state = startsOpen;
  let from = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    if (c !== LEFT_QUOTE && c !== RIGHT_QUOTE && c !== STRAIGHT_QUOTE) continue;
    const opens = c === LEFT_QUOTE || (c === STRAIGHT_QUOTE && !state);
    const closes = c === RIGHT_QUOTE || (c === STRAIGHT_QUOTE && state);
    if (state && closes) {
      if (quotedWords(sentence.slice(from, i)) >= 4) return true;
      state = false;
    } else if (!state && opens) {
      state = true;
      from = i + 1;
    }
  }
  return state && quotedWords(sentence.slice(from)) >= 4;
}

const LEFT_QUOTE = 0x201c;
const RIGHT_QUOTE = 0x201d;
const STRAIGHT_QUOTE = 0x22;
const quotedWords = (span: string) => span.trim().split(/\s+/).filter(Boolean).length;
/** Whether the sentence holds one of the quotation marks the scans below read (a native search each). */
const hasQuoteMark = (sentence: string) => sentence.includes('"') || sentence.includes('\u201c') || sentence.includes('\u201d');

/** Whether a quotation is still open after this sentence. */
function quoteStillOpen(sentence: string, open: boolean): boolean {
  let state = open;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    if (c === LEFT_QUOTE) state = true;
    else if (c === RIGHT_QUOTE) state = false;
    else if (c === STRAIGHT_QUOTE) state = !state;
  }
  return state;
}
