/**
 * A press release closes on the company's standard description, the same under every release it
 * sends: "Acme is a global provider of…", "Acme is headquartered in Lakeford, has subsidiaries in 12
 * countries and employs around 900 people", often under an "About Acme" line. It reads as prose, so
 * main-text's run takes it in; it is the sender's furniture, not the news. main-text looks for it
 * only among the run's last paragraphs (aboveTheClosingNotes): a sentence on a company higher in an
 * article, with the article going on under it, is the article's own.
 */

/**
 * How such a paragraph opens: the company's name (capitalised words, perhaps a ticker in brackets, a
 * clause between commas) and what it is or has: "Acme Group (ACME) is a…", "Acme, founded in 1990,
 * employs…". An optional "About Acme:" before it.
 */
const OPENING = new RegExp(
  String.raw`^(?:about\s+[^:]{1,60}:\s*)?((?:\p{Lu}[\p{L}\p{N}&'’.-]*)(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|&|and|of|de|du|der|des))*)\s*(?:\([^)]{1,40}\))?(?:,[^,]{1,100},)?\s+(?:is|are|was|has|have|employs|operates|ist|est|es|é|è)\s`,
  'u',
);

/** A name that is a pronoun or a determiner opens a sentence of the article ("It is a…", "The firm…"). */
const NO_NAME = /^(?:the|this|that|these|those|it|he|she|they|we|our|his|her|its|their|there|here|a|an|one|today|now|but|and)$/i;

/**
 * What the standard description says and an article's sentence on a company seldom does: where it is
 * headquartered, how many it employs, where its shares are listed, in how many countries it works,
 * where to read more about it. In English and the languages of most news on the web.
 */
const COMPANY_FACT = new RegExp(
  [
    String.raw`\bheadquartered in\b`,
    String.raw`\bhas (?:its )?headquarters in\b`,
    String.raw`\bemploys (?:about |around |approximately |over |more than |nearly |some |roughly )?[\d,.]+\+?(?: [\p{L}-]+)? (?:people|employees|staff|professionals|team members|associates)\b`,
    String.raw`\b(?:shares|stock) (?:are|is) (?:listed|traded) on\b`,
    String.raw`\blisted on the [\p{L} ]{2,30}(?:stock )?exchange\b`,
    String.raw`\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|SIX|OTC|TSE|HKEX)\s*:`,
    String.raw`\b(?:subsidiaries|offices|operations|customers|employees|a presence) in (?:more than |over |about |some )?\d+ countries\b`,
    String.raw`\bfor more information,? (?:please )?visit\b`,
    String.raw`(?<!\p{L})(?:mit sitz in|beschäftigt (?:weltweit )?(?:rund |etwa |über |mehr als )?[\d.]+ mitarbeit|dont le siège|emploie (?:environ |plus de )?[\d\s.]+ (?:personnes|collaborateurs|salariés)|con sede (?:en|a|in)|com sede em|emplea a (?:más de |unos )?[\d.]+|emprega (?:mais de |cerca de )?[\d.]+)`,
  ].join('|'),
  'iu',
);

/** "About Acme" alone on a line: the heading of the description under it. */
const ABOUT_LINE = /^about\s+(\p{Lu}.{0,60}?)\s*:?$/iu;

/** The company's name a paragraph opens on, when it opens as the company's description does; else null. */
export function describedCompany(line: string): string | null {
  const m = OPENING.exec(line.trim());
  if (!m || NO_NAME.test(m[1]) || m[1].split(/\s+/).length > 6) return null;
  return m[1];
}

/**
 * A word or phrase every alternative of COMPANY_FACT holds as it is written, with its flags: where none
 * is, COMPANY_FACT cannot match, and this plain scan costs half of it on the lines it rejects (nearly
 * all: it is asked of an extract's last lines on every saved page, stages/main-text.ts).
 * tests/ingest/company-fact-words.test.ts holds every alternative to one of these words: a new
 * alternative needs its word here.
 */
export const COMPANY_FACT_WORDS =
  /headquarter|employs|listed|traded|nyse|nasdaq|lse|tsx|asx|six|otc|tse|hkex|countries|for more information|mit sitz in|beschäftigt|dont le siège|emploie|con sede|com sede|emplea a|emprega/iu;
/** The pattern, for that test. */
export const COMPANY_FACT_PATTERN = COMPANY_FACT;

/** Does the paragraph say what only a company's standard description usually says? */
export function hasCompanyFacts(line: string): boolean {
  return COMPANY_FACT_WORDS.test(line) && COMPANY_FACT.test(line);
}

/** The name under an "About Acme" line, or null. */
export function aboutLineName(line: string): string | null {
  return ABOUT_LINE.exec(line.trim())?.[1] ?? null;
}
