/**
 * A writer's short biography, as sites print it under an article: a name, then what the person is by
 * trade ("Jane Smith is a freelance travel writer…", "Dr. Tom Baker is a board-certified surgeon…",
 * "Jean is the founder of…") or what they joined, cover or founded ("Tom joined the magazine in
 * 2017…"). main-text's notesOnTheAuthor ties such a note to the byline; this reads its shape alone,
 * for pages whose text shows no byline, and main-text looks for it only among the run's last
 * paragraphs (aboveTheClosingNotes): a sentence on a person inside an article is the article's own.
 */
import { literalPattern } from '../../literal-pattern.ts';

/** A person's name: capitalised words, a title before them, particles between ("Dr. Ana de Souza"). */
const NAME = String.raw`(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|da|van|von|der|di|du|le|la|bin|al)\s+)?(?:\p{Lu}[\p{L}'’.-]+|\p{Lu}\.)){0,3}`;

/** Trades a biography names, in English and the languages of most news on the web; a title may capitalise them ("Staff Writer"). */
export const TRADE = String.raw`(?:writer|editor|journalist|reporter|contributor|correspondent|author|analyst|columnist|freelancer|blogger|producer|critic|photographer|researcher|professor|lecturer|consultant|strategist|marketer|manager|director|founder|co-founder|ceo|coach|physician|doctor|surgeon|attorney|lawyer|dietitian|nutritionist|therapist|engineer|developer|designer|scientist|expert|specialist|enthusiast|storyteller|host|journaliste|rédact(?:eur|rice)|auteure?|journalist(?:in)?|redakteur(?:in)?|autor(?:in|a)?|jornalista|periodista|redactora?|escritora?|giornalista|scrittore|scrittrice)s?`;

/** Each trade with its first letter in either case ("[wW]riter"): the name before it stays case-sensitive. */
const TITLED_TRADE = TRADE.replace(/(?<=[:|])(\p{Ll})/gu, (c) => `[${c}${c.toUpperCase()}]`);

/**
 * The name, perhaps a handle or credentials ("(@jane)", ", CFP,"), then "is a … <trade>" within a few
 * words, or "joined / covers / writes / founded …". "Jane Smith said…" or "Jane Smith, the council's
 * leader, said…" is reported speech, no biography.
 */
const BIO_OPENING = new RegExp(
  String.raw`^\(?(${NAME})(?:\s*\([^)]{1,40}\))?(?:,[^,]{1,60},)?\s+(?:(?:is|was|has been|serves as|works as|est|ist|é|es|è)\s+(?:an?|the|our|un|une|ein|eine|um|uma|una|uno)\s+(?:[\p{L}’'-]+\s+){0,6}?${TITLED_TRADE}(?![\p{L}])|(?:joined|covers|has covered|writes|has written|co-?founded|founded|leads)\s)`,
  'u',
);

/** The name a paragraph opens on when it opens as a writer's biography does; else null. */
export function biographyName(line: string): string | null {
  return BIO_OPENING.exec(line.trim())?.[1] ?? null;
}

/**
 * Any word of a biography's name of three letters or more, alone ("Brisk" of "Hanna Brisk"): how the
 * article's prose names a person it is about, where a writer's name stays in her byline. Null when the
 * name has no such word.
 */
export function nameWordPattern(name: string): RegExp | null {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}[\p{L}'’-]{2,}$/u.test(w));
  if (!words.length) return null;
  return new RegExp(`(?<!\\p{L})(?:${words.map(literalPattern).join('|')})(?!\\p{L})`, 'u');
}
