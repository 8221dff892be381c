/**
 * The shapes that tell a person's name from a menu's or a section's words, for every byline reader
 * (lib/bylines/labelled-line.ts, labelled-byline.ts, header-byline.ts, name-lines.ts; the text path's
 * header, stages/segment.ts; the HTML path's fields, lib/html/metadata/html-meta.ts). The rules that
 * read one name alone with a pattern of their own, and how each differs, are listed in lib/README.md.
 */

/**
 * The words that join the last two names of a list, in the languages bylines are read in: "and" (as
 * pages write it), "&", German "und", French "et", Spanish "y", Italian and Portuguese "e", Dutch "en",
 * Norwegian and Danish "og", Swedish "och". A pattern's source for patterns without the `i` flag: the
 * other languages' words only in lower case, so "Anna E Berg" keeps her initial; lists in capitals are
 * no byline's list (lib/bylines/name-lines.ts).
 */
export const NAME_JOINER = '(?:and|&|und|et|y|e|en|og|och)';
/** The same, with English "and" in any case: a byline field's cleaner reads "Anna Berg AND Li Wei" too. */
export const NAME_JOINER_ANY_CASE = '(?:and|And|AND|&|und|et|y|e|en|og|och)';

/**
 * The lower-case words inside a person's name: "Jan van Dijk", "Anna von Berg", "Maria dos Santos",
 * "Omar bin Said", "Jan ten Brink". One list for every reader of names (the shape below, the byline
 * cleaner's full name in lib/bylines/author.ts, the label reader in byline-labels.ts).
 */
export const NAME_PARTICLE_WORDS = ['van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'des', 'la', 'le', 'do', 'dos', 'das', 'ten', 'ter', 'bin', 'al', 'el'] as const;
/** The same as a pattern's alternatives. */
export const NAME_PARTICLE = `(?:${NAME_PARTICLE_WORDS.join('|')})`;
const NAME_PARTICLE_WORD = new RegExp(`^${NAME_PARTICLE}$`);

/** A joining word alone (NAME_JOINER): a word a list of names holds between them. */
const NAME_JOINER_WORD = new RegExp(`^${NAME_JOINER}$`);

/** The writer's site or handle in brackets closing the name: " (Example Software)", " (ExampleBlog)". */
const SITE_IN_BRACKETS = /(?<=\S)\s+\(\p{Lu}[\p{L}\p{N}.'’-]*(?:\s\p{Lu}[\p{L}\p{N}.'’-]*){0,2}\)$/u;

/**
 * A person's name as a byline writes it: capitalised words, a particle ("van", "de"), a joiner
 * ("and", "&", a comma) or a credential; no lower-case word ("Table of Contents", "Cited by (…)",
 * "Coalition for …"), no bracket, and no row of words run together ("ChecklistsFirst HomeGarden").
 */
export function nameShaped(name: string): boolean {
  // "Ann Lee (Example Software)": the writer's site or handle in brackets after the name, capitalised
  // words, one to three; the name before it is what is shaped.
  const site = SITE_IN_BRACKETS.exec(name);
  if (site) return site.index > 0 && nameShaped(name.slice(0, site.index));
  if (/[()[\]{}]/.test(name) || (name.match(/\p{Ll}{2}\p{Lu}/gu)?.length ?? 0) >= 2) return false;
  return name.split(/(?:(?<!\s)\s+)?,\s*|(?<!\s)\s+/).every((w) => !w || /^\p{Lu}/u.test(w) || NAME_JOINER_WORD.test(w) || NAME_PARTICLE_WORD.test(w));
}

/**
 * The words that name an institution or a newsroom, never a person's surname alone ("University",
 * "Institute", "Collective", "Press", "Staff"): a general list of the kinds of organisation a byline may
 * credit, as a pattern's source. One list for both readers of it: a word of an organisation's name
 * (ORGANISATION_WORD) and its last word after a writer's name and a comma (ORGANISATION_LAST_WORD).
 */
const ORGANISATION_WORDS =
  'University|College|Institute|School|Academy|Foundation|Association|Society|Council|Coalition|Alliance|Collective|Agency|Press|Cent(?:er|re)|Laborator(?:y|ies)|Museum|Hospital|Clinic|Ministry|Department|Bureau|Commission|Committee|Federation|Organi[sz]ation|Institution|Observatory|Administration|Authority|Staff|Newsroom';
const ORGANISATION_WORD = new RegExp(`^(?:${ORGANISATION_WORDS})$`, 'iu');

/**
 * The last word of an organisation's name, capitalised, after another word: "Nature Tech Collective",
 * "Harbor Policy Institute", "Clean Water Foundation", "Example State University". After a writer's name and a
 * comma it is where the writer works, as an outlet is (lib/bylines/author.ts outletAfterComma), not a co-author.
 */
export const ORGANISATION_LAST_WORD = new RegExp(`\\s(?:${ORGANISATION_WORDS})$`, 'u');

/** The lower-case words inside an organisation's name ("University of Tokyo", "Institute for Basic Science", "the Associated Press"). */
const ORGANISATION_LINK_WORD = /^(?:of|for|the|and|on|at|in|&)$/u;

/**
 * An organisation's name as a byline writes it after its label ("By University of Tokyo", "By the
 * Associated Press staff"): two to eight words, each capitalised or a linking word (ORGANISATION_LINK_WORD),
 * the newsroom's "staff" closing it in lower case; the first word capitalised or "the", the last no
 * linking word; and one word an institution's (ORGANISATION_WORD). A sentence ("By the time the vote
 * ended") has a lower-case word of its own.
 */
export function organisationShaped(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 8 || !/^(?:\p{Lu}|the$)/u.test(words[0])) return false;
  const last = words.length - 1;
  if (ORGANISATION_LINK_WORD.test(words[last])) return false;
  const shaped = words.every((w, k) => /^\p{Lu}/u.test(w) || ORGANISATION_LINK_WORD.test(w) || (k === last && w === 'staff'));
  return shaped && words.some((w) => ORGANISATION_WORD.test(w));
}

/**
 * A word that makes a short capitalised line a section, a category or a link ("Banana Bread Recipes",
 * "Learning Center", "Back To All", "Website Design", "FREE SEO AUDIT"), not a person's name.
 */
export const CATEGORY_WORD =
  /\b(?:To|Of|For|In|On|At|With|From|All|Back|Or|Your|Our|My|How|What|Why|Best|Top|New|Latest|Recipes?|Cent(?:er|re)|Design|Updates?|News|Blog|Guides?|Tips|Reviews?|Resources?|Services?|Solutions?|Protocols?|Insights?|Marketing|Learning|Development|Stories|Articles?|Posts?|Tools?|Products?|Support|Help|Events?|Podcasts?|Videos?|Research|Health|Technology|Business|Finance|Travel|Food|Lifestyle|Sports?|Science|Politics|World|Opinion|Culture|Education|Home|Contact|About|Menu|Search|Categor(?:y|ies)|Topics?|Tags?|Archives?|Comments?|Subscribe|Newsletter|Login|Sign|Share|Print|Email|Free|Audit|Pricing|Commerce|Company|Size|Case|Type|Industry|Industries|Role|Brand|Price|Date|Posted|Published|Episodes?|Ratings?)\b/i;

/** One word, no more: the name after a byline's label, read as CATEGORY_WORD reads a line. */
const ONE_WORD = /^\s*\p{L}+\s*$/u;

/**
 * The one word after a byline's label when it is a section's or a link's word, no name: "Writer Archive",
 * "Author Posts", "Reporter Updates" in a menu, whose label noun reads as a byline's ("Writer Anna Berg").
 * A name of one word after the label ("By Kestrin") has no section's word.
 */
export const sectionWordAlone = (name: string): boolean => ONE_WORD.test(name) && CATEGORY_WORD.test(name);

/**
 * A person's name in a script without capitals, as East Asian pages write one: two to five Han
 * characters ("松岡大地", "张三"), or two to four Hangul syllables ("홍길동"), with no space. The case
 * shapes above cannot tell it from any word, so only a reader that knows the line holds a name (under
 * an author's box heading) asks this.
 */
export const caselessName = (name: string): boolean => /^(?:\p{Script=Han}{2,5}|\p{Script=Hangul}{2,4})$/u.test(name.trim());

/**
 * A word of a news outlet's name, in the languages pages are read in ("Deutsche Welle", "Digitale
 * Zeitung", "Harbor Times", "Diario Sur"): a newsroom's masthead or copyright, no owner's name
 * (lib/bylines/site-owner.ts), no co-author after a comma (lib/bylines/author.ts). Only words no
 * surname is: "Post", "Standard", "Mirror" are people's too.
 */
export const OUTLET_WORD = /(?:^|\s)(?:Zeitung|Welle|Times|Journal|Gazette|Tribune|Nachrichten|Rundschau|Kurier|Anzeiger|Tagblatt|Presse|Zeitschrift|Noticias|Diario|Periódico|Gazzetta|Corriere|Giornale|Jornal|Notícias|Krant|Dagblad|Tidning|Radio|Daily|Magazine|Chronicle|Telegraph|Digital|Digitale|Online)(?=$|\s)/u;
