/**
 * The words a page writes before a name to say who wrote the article: "By Anna Berg", "Written by",
 * "Von Anna Berg", "Door Jan Smit", "Oleh Budi Santoso", "Author: …", "Автор: …". One vocabulary for
 * the text path's header and its stamp rows (stages/segment.ts), the lines around a headline and the
 * header's stamp rows (lib/page-text/headline/headline.ts), the name's cleaner (lib/bylines/author.ts), the byline mark of a
 * block (lib/page-text/lines/block-features.ts), the lines that are no headline (lib/page-text/headline/title.ts) and the name line over
 * a note on the author (stages/main-text.ts): a label added here is known to all of them. Where one use
 * needs fewer or more of them, the subset is built here, with the reason beside it.
 */
import { anyCasePattern } from '../any-case-pattern.ts';
import { NAME_PARTICLE_WORDS } from './name-shape.ts';
import { literalPattern } from '../literal-pattern.ts';

/**
 * The author noun written for a man and a woman at once, as newsrooms label a field both may fill:
 * German "Autorin/Autor", "Autor/in", "Autor*in", "Autor:in", "Autor_in"; Spanish and Portuguese
 * "Autor/a", "Autor(a)"; French "Auteur/Autrice", "Auteur(e)" (not "Auteur·e": a middle dot sets a
 * byline's parts apart). Read as the noun alone: the shorter noun matched first left "/Autor Anna
 * Berg" or "in Anna Berg" as the name.
 */
const GENDER_INCLUSIVE = {
  de: ['autorin/autor', 'autor/autorin', 'autor/-in', 'autor/in', 'autor*in', 'autor:in', 'autor_in'],
  es: ['autora/autor', 'autor/autora', 'autor/a', 'autor(a)'],
  fr: ['auteur/autrice', 'autrice/auteur', 'auteur/e', 'auteur(e)'],
} as const;

/**
 * The writer's and the photographer's credit in one English label, either way round: "Story and photos
 * by", "Photos and story by", "Words and pictures by", "Text & photography by".
 */
const COMBINED_CREDITS = ['story', 'text', 'words'].flatMap((words) =>
  ['photos', 'pictures', 'photography'].flatMap((pictures) => ['and', '&'].flatMap((and) => [`${words} ${and} ${pictures} by`, `${pictures} ${and} ${words} by`])),
);

/**
 * Each language's labels, lower case. `by`: a preposition, or a phrase that ends in one, the name after
 * it ("by", "written by"). `author`: the noun that names the writer's field ("Author", "Autorin"); it
 * labels a name alone on its line too. `field`: nouns that label a name only with a colon or a
 * capitalised name after them, because alone they are also a menu's link or a word of a heading
 * ("Authors", "Text", "Reporter"). The writer who took the pictures too is credited with both in one
 * label ("Text und Fotos:", "Texto y fotos:", "Texte et photos :"); the one who set down an interview
 * or a first-person story with "aufgezeichnet von", "propos recueillis par".
 */
export const BYLINE_LABELS = {
  // A writer who took the pictures too credits both in one label ("Story and photos by", "Photos and
  // story by"): the name after it is the article's writer, as after "Story by".
  en: { by: ['by', 'written by', 'posted by', 'words by', 'reported by', 'story by', 'text by', ...COMBINED_CREDITS], author: ['author', 'guest author'], field: ['authors', 'reporter', 'writer'] },
  de: { by: ['von', 'geschrieben von', 'verfasst von', 'aufgezeichnet von'], author: ['autor', 'autorin', ...GENDER_INCLUSIVE.de], field: ['text', 'text und fotos', 'text und bilder'] },
  es: { by: ['por', 'escrito por'], author: ['autor', 'autora', ...GENDER_INCLUSIVE.es], field: ['texto', 'texto y fotos'] },
  pt: { by: ['por', 'escrito por'], author: ['autor', 'autora', ...GENDER_INCLUSIVE.es], field: ['texto', 'texto e fotos'] },
  fr: { by: ['par', 'écrit par', 'rédigé par', 'propos recueillis par'], author: ['auteur', 'auteure', 'autrice', ...GENDER_INCLUSIVE.fr], field: ['texte', 'texte et photos'] },
  // Italian's preposition "di" is read in lower case only (LOWER_CASE_ONLY_BY: "Di Maio" is a name).
  it: { by: ['scritto da'], author: ['autore', 'autrice'], field: ['testo', 'testo e foto'] },
  nl: { by: ['door', 'geschreven door'], author: ['auteur'], field: [] },
  id: { by: ['oleh'], author: ['penulis'], field: [] },
  ru: { by: [], author: ['автор'], field: ['текст'] },
  ko: { by: [], author: ['작성자'], field: [] },
  // Greek writes the name in the genitive after the article: "Του Γιάννη Παπαδόπουλου" (his), "Της
  // Μαρίας Κωνσταντίνου" (hers), "Των …" (theirs). The article is the label, no part of the name; as
  // every other language's `by`, it is read only before a name's shape.
  el: { by: ['του', 'της', 'των'], author: ['συντάκτης', 'συντάκτρια'], field: [] },
} as const satisfies Record<string, { by: readonly string[]; author: readonly string[]; field: readonly string[] }>;

type Language = keyof typeof BYLINE_LABELS;
type Kind = 'by' | 'author' | 'field';

/**
 * English phrases the name's cleaner also takes off, and only it: it reads a field already known to
 * hold the byline ("Published by Jane Roe", "Reviewed by …", "About the author"), where the text path's
 * header would read the same words as a publisher's or a reviewer's credit, or a heading.
 */
const CLEANER_ONLY_BY_HEADS = ['published', 'authored', 'reviewed', 'edited', 'created', 'compiled', 'article'];
const CLEANER_ONLY_LABELS = ['the author', 'author bio', 'about the author', 'authors', 'written', 'posted', 'read more about', 'read more from', 'see more from', 'more from'];

/**
 * The Dutch "door" is also the English word ("DoorDash Drivers", "Door to door delivery"): never read
 * as a label run into a name, nor as one where no name's shape is checked after it.
 */
const ENGLISH_WORD_TOO = new Set(['door']);

/**
 * Greek's labels are its articles, which open headlines and sentences ("Της Ελλάδας η φωνή…"): read only
 * where a name's shape follows (BYLINE_OTHER_LANGUAGE) or in a field known to hold the byline (the
 * cleaner), never as a label run into a name nor one that marks a line whatever follows it.
 */
export const SENTENCE_WORD_TOO: ReadonlySet<string> = new Set([...ENGLISH_WORD_TOO, 'του', 'της', 'των']);

/** The labels of these kinds and languages, as pattern sources: a label's star or brackets ("Autor*in", "Autor(a)") are matched as written. */
function labels(kinds: readonly Kind[], languages: readonly Language[] = Object.keys(BYLINE_LABELS) as Language[]): string[] {
  const all = languages.flatMap((lang) => kinds.flatMap((kind) => BYLINE_LABELS[lang][kind] as readonly string[]));
  return [...new Set(all)].map(literalPattern);
}

/**
 * Each word once, longest first, so "written by" is tried before "written" and "author bio" before
 * "author". The lists stay arrays until a pattern is built from them (alternatives), never a pattern's
 * source split back into words.
 */
function longestFirst(words: Iterable<string>): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

/** The words as a pattern's alternatives, longest first. */
const alternatives = (words: Iterable<string>): string => longestFirst(words).join('|');

/** "written by" as pages write it, for a pattern without the `i` flag: "written by", "Written By", "WRITTEN BY" (a name after it must stay capitalised). */
function cased(phrase: string): string[] {
  // Each word after a slash may be capitalised too: "Autorin/Autor" (GENDER_INCLUSIVE).
  const mixed = phrase
    .split(/(?<=[ /])/)
    .map((w) => (w[0].toUpperCase() !== w[0] ? `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}` : w))
    .join('');
  const upper = phrase.toUpperCase();
  return upper === phrase ? [mixed] : [mixed, upper];
}

/** "Written By", "WRITTEN BY": a label run into the name starts with a capital, as the element it came from did. */
function capitalised(phrase: string): string[] {
  const [first, ...rest] = phrase.split(' ');
  const mixed = [first[0].toUpperCase() + first.slice(1), ...rest.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`)].join(' ');
  return [mixed, phrase.toUpperCase()];
}

const casedAlternatives = (words: Iterable<string>) => alternatives([...words].flatMap(cased));

/**
 * What heads the author's section of the header, not a name. In English the noun comes first: "Author
 * information", "Authors and affiliations", "Author details", "Author notes": the `author` nouns (and
 * "authors"), then a word that names a section (AUTHOR_SECTION_WORD). Other languages put the noun
 * last (NOUN_LAST_SECTION_HEADING). lib/page-text/headline/headline.ts counts such a line with the byline, so the header
 * ends under it; the text path's header reads no name from it (BYLINE).
 */
const SECTION_WORDS = ['information', 'info', 'details', 'affiliations', 'notes', 'bio', 'biography', 'profile', 'contributions', 'disclosures'];
export const AUTHOR_SECTION_WORD = String.raw`(?:and\s+)?(?:${alternatives(SECTION_WORDS)})(?![\p{L}\p{N}])`;

/**
 * The section word first and the author noun last: "Informations sur l'auteur", "Información del
 * autor", "Informações sobre o autor", "Informazioni sull'autore", "Informationen zum Autor",
 * "Information about the author". A section word, a preposition (its article after it, or run into it
 * with an apostrophe: "sull'autore"), then the noun, and nothing after it but a colon: "Informations
 * sur l'auteur de l'attaque" is about an attacker. The nouns are the `author` labels and their plurals
 * and feminines in these languages, and the Italian ones, which no byline reads as a label.
 */
const SECTION_WORDS_BEFORE_NOUN = [
  ...SECTION_WORDS, 'informations', 'informationen', 'informação', 'informações', 'información', 'informacion', 'informazioni',
  'détails', 'detalles', 'detalhes', 'dettagli', 'notas', 'biographie', 'biografía', 'biografia', 'profil', 'perfil', 'profilo',
];
const PREPOSITIONS_BEFORE_NOUN = ['about', 'on', 'sur', 'de', 'des', 'du', 'sobre', 'del', 'do', 'da', 'dos', 'das', 'su', 'sull', 'sulla', 'sugli', 'sui', 'dell', 'della', 'degli', 'dei', 'zum', 'zur', 'zu', 'über', 'von'];
const ARTICLES_BEFORE_NOUN = ['the', 'l', 'le', 'la', 'les', 'el', 'los', 'las', 'o', 'a', 'os', 'as', 'il', 'lo', 'gli', 'i', 'den', 'dem', 'der', 'die'];
const AUTHOR_NOUNS_LAST = [...labels(['author']), 'authors', 'auteure', 'auteurs', 'autores', 'autoras', 'autore', 'autrice', 'autori', 'autoren', 'autorinnen'];
const NOUN_LAST_SECTION_HEADING = String.raw`(?:${alternatives(SECTION_WORDS_BEFORE_NOUN)})\s+(?:${alternatives(PREPOSITIONS_BEFORE_NOUN)})(?:\s+|['’])(?:(?:${alternatives(ARTICLES_BEFORE_NOUN)})(?:\s+|['’]))?(?:${alternatives(AUTHOR_NOUNS_LAST)})\s*[:：]?`;

export const AUTHOR_SECTION_HEADING = new RegExp(
  String.raw`^(?:(?:${alternatives([...labels(['author']), 'authors'])})\s+${AUTHOR_SECTION_WORD}.{0,40}|${NOUN_LAST_SECTION_HEADING})$`,
  'iu',
);

const NON_ENGLISH: Language[] = (Object.keys(BYLINE_LABELS) as Language[]).filter((l) => l !== 'en');

/**
 * A byline the header reads whatever follows its label ("By LI WEI | example.com", "Author: admin",
 * "Reporter Li Wei"): the English labels only. The other languages' prepositions open headlines and
 * sentences too ("Por qué…", "Von der Leyen says…", "Par ailleurs…"), so they are read only before a
 * name's shape (BYLINE_OTHER_LANGUAGE). A noun needs a colon or a capital after it: "Author
 * information" is a heading, and so is "Author Information" (AUTHOR_SECTION_WORD). Group 1 is what
 * follows the label.
 */
export const BYLINE = new RegExp(
  `^(?:(?:${casedAlternatives(labels(['by'], ['en']))})\\s*[:：]?\\s+|(?:${casedAlternatives(labels(['author', 'field'], ['en']))})\\s*(?:[:：]\\s*|\\s+(?=\\p{Lu})(?!(?:${anyCasePattern(AUTHOR_SECTION_WORD)}))))(.+)$`,
  'u',
);

/**
 * Other languages' bylines: "Von Anna Berg", "Por Ana Gómez", "Par Jean Roy", "Door Jan Smit", "Oleh
 * Budi Santoso", "Autor: …", "Автор: …", "Text: Anna Berg". Read only where a name's shape follows
 * (segment checks it). Group 1 is what follows the label.
 */
export const BYLINE_OTHER_LANGUAGE = new RegExp(
  `^(?:(?:${casedAlternatives(labels(['by', 'author'], NON_ENGLISH))})\\s*[:：]?\\s+|(?:${casedAlternatives(labels(['field'], NON_ENGLISH))})\\s*[:：]\\s*)(.+)$`,
  'u',
);

/**
 * Italian "di Anna Berg": a byline's label only in lower case ("Di Maio" is a name, "di" a word of every
 * sentence), so it is no `by` label of BYLINE_LABELS; read only as the whole line, a name after it
 * (the caller checks its shape). The cleaner takes it off the same way (lib/bylines/author.ts).
 */
export const LOWER_CASE_ONLY_BY = 'di';
export const LOWER_CASE_BYLINE = new RegExp(`^(?:${LOWER_CASE_ONLY_BY})\\s+(\\p{Lu}[\\p{L}'’.-]*(?:\\s+[\\p{Lu}][\\p{L}'’.-]*){1,3})$`, 'u');

/**
 * The labels that may run into the name: every `by` label but ENGLISH_WORD_TOO's, capitalised, in
 * capitals or in lower case ("byAnna Berg": a theme that writes the label small).
 */
const GLUED_LABELS = alternatives(labels(['by']).filter((w) => !SENTENCE_WORD_TOO.has(w)).flatMap((w) => [w, ...capitalised(w)]));

/**
 * "ByRosa Medrano", "Written ByAmy Lee", "VonAnna Berg": the label and the name in two elements, which
 * innerText runs together. The name is a capitalised word then another ("Byron Keel", "Portugal",
 * "Party" are words of their own); its first word may be two joined by a hyphen, each capitalised
 * ("ByYi-Jin Yu", "ByJean-Luc Picard": before, the hyphen stopped the first word and the byline was lost).
 * Group 1 is the name.
 */
export const GLUED_BYLINE = new RegExp(`^(?:${GLUED_LABELS})(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+\\p{Lu}.*)$`, 'u');


/**
 * A label over a list of names, one a line: "Author(s)", "Authors:" (a publication's details box).
 * Alone on its line, "Authors" is a menu's link too: the names under it say it is a label.
 */
export const NAMES_LIST_LABEL = /^\s*(?:authors?\s*\(s\)|authors)\s*[:：]?\s*$/i;

/**
 * A label then a name, for a line that is only a byline (lib/page-text/headline/headline.ts): a phrase that ends in "by"
 * with anything after it ("Posted by admin", "Written by: Jane Roe"), or a noun with a colon or a
 * capitalised name after it ("Author: Jane Roe", "Autorin Anna Berg"; "Authorities say…", "Text
 * messages…" are not). A lone preposition is left to the rules that check the name ("By Any Means").
 */
export const LABEL_THEN_NAME = new RegExp(
  `^(?:(?:${anyCasePattern(alternatives(labels(['by']).filter((w) => w.includes(' '))))})\\s*[:：]?\\s*\\S|(?:${casedAlternatives(labels(['author', 'field']))})(?:\\s*[:：]\\s*\\S|\\s+\\p{Lu}))`,
  'u',
);

/**
 * "Analysis by Jane Smith", "Geschreven door Jan Smit", "Ditulis oleh Budi Santoso": a word or two, a
 * preposition in lower case as inside a line, then a capitalised name of up to five words and nothing
 * more than a separator after it (lib/page-text/headline/headline.ts; it checks "by any means" apart).
 */
export const PREPOSITION_THEN_NAME = new RegExp(
  String.raw`^(?:[\p{L}-]+\s+){0,2}(?:${alternatives(labels(['by']).filter((w) => !w.includes(' ')))})\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}[\p{L}'-]+){0,3}\s*(?:$|[,|·•/–—-])`,
  'u',
);

/** The one-word prepositions ("by", "von", "por", "par", "oleh") but SENTENCE_WORD_TOO's. */
const PREPOSITION_WORDS = longestFirst(labels(['by']).filter((w) => !w.includes(' ') && !SENTENCE_WORD_TOO.has(w)));
/** PREPOSITION_WORDS as alternatives. */
export const PREPOSITIONS = alternatives(PREPOSITION_WORDS);

/**
 * Every label the name's cleaner takes off a byline field, as alternatives (lib/bylines/author.ts adds
 * "this post was" and "originally" before a phrase): the `by` labels and the phrases of
 * CLEANER_ONLY_BY_HEADS, the `author` nouns and CLEANER_ONLY_LABELS ("Authors:" over a list of names).
 * The other `field` nouns are not: in a byline field "Writer", "Reporter" are the author's role.
 */
const CLEANER_BY_HEAD_WORDS = longestFirst([...labels(['by']).filter((w) => w.endsWith(' by')).map((w) => w.slice(0, -3)), ...CLEANER_ONLY_BY_HEADS]);
export const CLEANER_BY_HEADS = alternatives(CLEANER_BY_HEAD_WORDS);
export const CLEANER_LABELS = alternatives([...labels(['by']).filter((w) => !w.endsWith(' by')), ...labels(['author']), ...CLEANER_ONLY_LABELS]);

/**
 * The kind of piece a byline names before its label: "Kommentar von Anna Berg", "Eine Kolumne von …",
 * "Analysis by …", "Análisis de …", "Chronique de …", "Commento di …". The cleaner takes the kind and its
 * preposition off together (a line's other words before a preposition may be a name's: "Anna von Berg").
 * The headline chooser reads them as a kicker's label too ("KOMMENTAR Wahl im Tal": headline-under-its-kicker.ts).
 */
export const PIECE_KINDS = [
  'analysis', 'commentary', 'opinion', 'column', 'review', 'essay', 'interview', 'editorial', 'explainer', 'perspective',
  'kommentar', 'gastkommentar', 'kolumne', 'analyse', 'gastbeitrag', 'rezension', 'kritik', 'glosse', 'reportage', 'leitartikel', 'meinung', 'porträt',
  'análisis', 'opinión', 'columna', 'crónica', 'reportaje', 'entrevista', 'tribuna', 'editorial',
  'análise', 'opinião', 'coluna', 'crônica', 'reportagem',
  'chronique', 'tribune', 'éditorial', 'billet', 'entretien',
  'analisi', 'commento', 'editoriale', 'rubrica', 'intervista',
  'commentaar', 'recensie',
];
/** An article before the kind ("Ein Kommentar von", "A column by", "Une chronique de"). */
const PIECE_ARTICLES = ['a', 'an', 'ein', 'eine', 'un', 'una', 'uma', 'une', 'een'];
/** The prepositions after the kind: every `by` label, and "de", "di", "van", which only follow a kind here. */
const PIECE_PREPOSITIONS = ['de', 'di', 'van'];
export const CLEANER_PIECE_KIND_LABEL = String.raw`(?:(?:${alternatives(PIECE_ARTICLES)})\s+)?(?:${alternatives(PIECE_KINDS)})\s+(?:${alternatives([...labels(['by']), ...PIECE_PREPOSITIONS])})`;

/**
 * A label alone on its line ("By", "Written by:", "By —", "Door", "Oleh", "Autor", "Автор:", "Kommentar von",
 * "Analysis by"): the name is on the next (a dash after the label sets it off as a colon does). A `field` noun needs its colon ("Authors", "Text" alone are
 * a menu's links). The kind of piece with its preposition says it is a byline's label in any language.
 */
export const LABEL_ALONE = new RegExp(
  `^\\s*(?:(?:${alternatives(labels(['by', 'author']))})\\s*[:：—–-]?|(?:${alternatives(labels(['field']))})\\s*[:：]|${CLEANER_PIECE_KIND_LABEL}\\s*[:：]?)\\s*$`,
  'i',
);

/**
 * A line that opens with the kind of piece and its preposition, then a capitalised name: "Kommentar von
 * Anna Berg", "Eine Analyse von …", "Analysis by …", "Commento di …". The kind says the line is a byline
 * in any language (a bare "di", "de" never does). Group 1 is what follows; the caller checks its shape.
 */
export const PIECE_KIND_BYLINE = new RegExp(`^${CLEANER_PIECE_KIND_LABEL}\\s+((?-i:\\p{Lu}).*)$`, 'iu');

/**
 * The other languages' `by` labels read run into a name by the cleaner: the prepositions and the phrases
 * that end in one ("VonAnna", "Geschrieben vonAnna", "Escrito porLucía"); English phrases ending in "by"
 * are read as CLEANER_BY_HEADS before it. Longest first, so a phrase is tried before its preposition.
 */
const GLUED_CLEANER_WORDS = longestFirst(labels(['by']).filter((w) => w !== 'by' && !w.endsWith(' by') && !SENTENCE_WORD_TOO.has(w)));

/**
 * A label run into the name in a byline field ("ByStephen", "Written ByAmy", "VonAnna"), to set it
 * apart: the heads before "by" (CLEANER_BY_HEADS) first, then GLUED_LABELS. Lower-case "by" before a
 * capital is taken too: the field says it is a byline. Group 1 is the label.
 */
export const CLEANER_GLUED_LABEL = new RegExp(
  `^((?:(?:${casedAlternatives(CLEANER_BY_HEAD_WORDS)}) )?(?:by(?: ?:)?(?=\\p{Lu})|(?:By|BY)(?: ?:)?(?=\\p{Lu}\\p{Ll}))|(?:${alternatives(GLUED_CLEANER_WORDS.flatMap(capitalised))})(?: ?:)?(?=\\p{Lu}\\p{Ll}))`,
  'u',
);

/**
 * The labels that mark a line as a byline when it opens with one, in any case and with no check of
 * the name after it (lib/page-text/lines/block-features.ts's byline mark, lib/page-text/headline/title.ts's lines that are no headline):
 * PREPOSITIONS, and the Russian and Korean nouns ("Автор", "Текст", "작성자"). The other languages'
 * nouns open headings and menus ("Author information", "Text size").
 */
const LINE_OPENING_LABELS = alternatives([...PREPOSITION_WORDS, ...labels(['author', 'field'], ['ru', 'ko'])]);
/**
 * One of LINE_OPENING_LABELS, its colon or not, a space, then a name, as a pattern's source for the
 * `iu` flags: a capital (case-sensitive inside the `i` pattern: "By the time the storm hit…", "By
 * familiarizing oneself with…" open sentences), a letter of a script without case (a Korean name,
 * "작성자 김민수"), or a user's handle in lower case, one word alone or before a separator ("By infuy",
 * "by ibby | May 2, 2024"; not before a comma: "Par ailleurs, …").
 */
// Each case-sensitive part a modifier group of one class: V8 (before 72b0e27) may compile a modifier group
// that holds an alternation or a quantifier wrong, by what was compiled before (lib/any-case-pattern.ts).
export const LINE_OPENING_BYLINE = String.raw`(?:${LINE_OPENING_LABELS})\s*[:：]?\s+(?:(?-i:\p{Lu})|(?-i:\p{Lo})|(?-i:\p{Ll})(?-i:[\p{L}\p{N}_.-])*\s*(?:$|[|·•–—/]))`;

/**
 * "Von Berlin bis Bonn: Die lange Reise der Reisbauern": a byline's label, then words that are no
 * name (one in lower case that no name has: "bis"), then a colon and a title of three words or more.
 * A headline opens with the preposition there, no byline (LINE_OPENING_BYLINE matches it all the same).
 */
export function titleAfterBylineLabel(line: string): boolean {
  // Read with plain string steps, no pattern: the label (the first word), the words up to the first
  // colon after it, and what follows that colon.
  const t = line.trim();
  const space = t.search(/\s/);
  if (space < 0) return false;
  const colon = t.slice(space).search(/[:：]/);
  if (colon < 0) return false;
  const between = t.slice(space, space + colon).trim();
  const after = t.slice(space + colon + 1);
  if (!between || !/^\s/.test(after) || after.trim().split(/\s+/).length < TITLE_WORDS_AFTER_COLON) return false;
  return between.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w));
}
/** How many words a title after the colon has at least. */
const TITLE_WORDS_AFTER_COLON = 3;
/** Words in lower case a name or a list of names has ("Anna von Berg", "Jan de Vries", "Anna Berg und Max Muster"). */
const NAME_PARTICLES = new Set<string>([...NAME_PARTICLE_WORDS, 'y', 'e', 'i', 'und', 'and', 'et', 'en', 'og', 'och', 'a']);

/**
 * Every `by` label of every language, as alternatives for a pattern with the `i` flag, inside a line
 * the reader already knows is a stamp or its row ("October 15, 2018 / 0 Comments / by admin",
 * "Posted by Jane Roe September 27, 2023", "Von Anna Berg | 5. März 2024"): there the date says it is
 * the article's header, and no name's shape need be checked.
 */
export const BY_LABELS = alternatives(labels(['by']));

/**
 * A line that opens with an English `by` label ("By Jane Roe, May 5, 2024", "Posted by admin 3 min
 * read"), in any case, whatever follows: lib/page-text/headline/headline.ts takes it for the header when it holds a
 * digit. The other languages' prepositions open headlines too ("Por qué 5…", "Von 2010 bis…").
 */
export const OPENS_WITH_ENGLISH_BY = new RegExp(`^(?:${alternatives(labels(['by'], ['en']))})\\b`, 'i');

/**
 * The words that head a note on the author, after the article (stages/main-text.ts reads a name under
 * them): "About", "About the author", "Sobre", "Über", "À propos de". Not bylines: alone they head any
 * box ("About us"), and a name must follow them there.
 */
const AUTHOR_NOTE_HEADS = ['about the author', 'about', 'sobre', 'über', 'à propos de', 'a propos de'];

/**
 * What may stand before a name alone on its line over a note on the author (stages/main-text.ts's
 * NAME_LINE, a pattern without the `i` flag: the name after it must stay capitalised): every `by`
 * label, "published by" (a blog's author), and AUTHOR_NOTE_HEADS, as pages write them.
 */
export const NAME_LINE_LABELS = casedAlternatives([...labels(['by']), 'published by', ...AUTHOR_NOTE_HEADS]);
/** AUTHOR_NOTE_HEADS alone, as pages write them: what may stand before a name on the line of an author's note ("Über Jana Berg"). */
export const AUTHOR_NOTE_HEAD_LABELS = casedAlternatives(AUTHOR_NOTE_HEADS);

/**
 * The author noun alone on the line under a name ("Anna Berg" / "Author", "Autorin", "Автор"): the
 * name's caption in an author's box, the label after the name rather than before it.
 */
/**
 * The author noun alone, its colon or not ("Author", "Autorin:", "Автор"), or a list's label ("Author(s)",
 * "Authors:"): the label a side column sets over the writer's name. No preposition ("By" there heads a
 * teaser's byline) and no other field noun ("Writer" is as often a role).
 */
export const AUTHOR_NOUN_ALONE = new RegExp(`^\\s*(?:${alternatives(labels(['author']))}|authors?\\s*\\(s\\)|authors)\\s*[:：]?\\s*$`, 'iu');

export const AUTHOR_NOUN_UNDER_NAME = new RegExp(`^\\s*(?:${alternatives(labels(['author']))})\\s*$`, 'iu');

/**
 * The heading of an author's box, alone on its line over the name: "About the author", "À propos de
 * l'auteur", "Sobre el autor", "Über die Autorin", Spanish "Sobre la firma" (about the signature),
 * Japanese "この記事の筆者" (this article's writer), "この記事を書いた人", "執筆者", "筆者", Chinese
 * "关于作者". Unlike AUTHOR_NOTE_HEADS, it names the author, so the line under it is their name wherever
 * the box stands.
 */
export const AUTHOR_BOX_HEADING =
  /^\s*(?:about the author|(?:à|a) propos de l['’]auteur(?:e|ice)?|sobre (?:el autor|la autora|o autor|a autora|la firma)|über (?:den autor|die autorin)|(?:この記事の)?(?:筆者|執筆者|著者)|この記事を書いた人|关于作者)\s*(?:[:：]\s*)?$/iu;

/** "This post was written by Anna Berg, …": a sentence that is a byline (English), the name after it (group 1). */
export const WRITTEN_BY_SENTENCE = /^this (?:post|article|story|piece) was (?:originally )?written by\s+(.+)$/iu;

/**
 * A credit that opens a row before the writer's and names someone who did not write the article:
 * "Medically reviewed by", "Fact-checked by", "Edited by", "Reviewed by" (English). The writer's
 * credit comes after it in the row (lib/bylines/labelled-line.ts, writerAfterReviewer).
 */
export const REVIEWER_CREDIT = /^(?:(?:medically|clinically|peer|expert)[\s-])?(?:reviewed|fact[\s-]?checked|edited|verified)\s+by\s+\p{Lu}/iu;

/** A separator alone on its line, between a byline's parts: "•", "|", "·", "—". */
export const SEPARATOR_LINE = /^\s*[•·⋅|/–—-]\s*$/;

/**
 * Nouns that label a byline field only with their colon: "Text: Anna Berg", "Текст: …", "Tekst: …",
 * "Testo: …", "Texte : …", "Foto: …". The cleaner takes them off a field already known to hold the
 * byline; without the colon they are words of a name or a heading, so it leaves them there. The
 * `field` nouns of every language, the same "text" noun in a few more, and the photo credit's label.
 */
const PHOTO_LABELS = ['foto', 'fotos', 'photo', 'photos', 'фото'];
export const CLEANER_COLON_LABELS = alternatives([...labels(['field']), 'tekst', 'testo', 'texte', 'texts', ...PHOTO_LABELS]);
/** The photo credit's label with its colon: after the writer's name it starts a credit, not a second author. */
export const PHOTO_CREDIT_LABEL = new RegExp(`^(?:${alternatives(PHOTO_LABELS)})\\s*[:：]`, 'iu');
