/**
 * An article's description, as the meta description, the preview cards, the JSON-LD and the feed give
 * it: its summary (the first sentence of its body). When that sentence is a list item's, as the page
 * wrote it ("• Ministers met on Friday…", "- …", "1. Sign the treaty"), the list's marker opens it;
 * out of its list the marker says nothing, so it is left out here. The summary itself stays as the
 * ingest wrote it.
 */

/** A bullet and the space after it. Not a dash: "– Dette er en viktig dag" opens a quote in the Nordic press. */
const BULLET = /^\s*[•·▪▫●◦‣∙○■□*-]\s+/u;
/** An item's number: "1. ", "12) ". Not "1.5 million" nor "2024." (no list runs that long). */
const NUMBER_WITH_BRACKET = /^\s*\d{1,2}\)\s+/;
const NUMBER_WITH_DOT = /^\s*\d{1,2}\.\s+/;
/**
 * Languages that write an ordinal as a figure with a dot: there "1. Mai 2024 …", "1. FC …", "3. kerta"
 * open a sentence as often as a list does, so a number with a dot is no marker.
 */
const ORDINAL_DOT = new Set(['de', 'da', 'nb', 'nn', 'no', 'is', 'fo', 'fi', 'et', 'lv', 'cs', 'sk', 'pl', 'hu', 'hr', 'sl', 'sr', 'bs', 'tr']);

export function articleDescription(summary: string, lang?: string): string {
  const ordinals = lang !== undefined && ORDINAL_DOT.has(lang.split('-')[0]);
  const marker = BULLET.exec(summary) ?? NUMBER_WITH_BRACKET.exec(summary) ?? (ordinals ? null : NUMBER_WITH_DOT.exec(summary));
  const rest = marker ? summary.slice(marker[0].length) : summary;
  return rest.trim() || summary.trim();
}
