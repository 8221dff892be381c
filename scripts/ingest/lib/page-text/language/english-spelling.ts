/**
 * Which English a text spells: the United States' ("color", "center", "defense") or the one Britain,
 * Ireland, Australia, New Zealand, India, South Africa and the rest of the Commonwealth share ("colour",
 * "centre", "defence"). A page that declares only "en" says no more, and its numeric dates with two
 * readings ("12/11/23") are read in the order its writers' English writes (lib/dates/page-order.ts).
 * Only words in lower case count: a name ("Kennedy Center", "Grey", the Labour party) is spelt as
 * its owner spells it, whatever the writer's English.
 */

/** Words each spelling writes one way only; "-ize" is not among them (Oxford spelling writes it too). */
const AMERICAN = /\b(?:colors?|favorite[sd]?|behaviors?|honors?|neighbors?|neighborhoods?|centers?|theaters?|defense|offense|analyzed?|traveled|traveling|canceled|canceling|jewelry|catalogs?|percent|airplanes?|aluminum)\b/g;
const BRITISH = /\b(?:colours?|favourites?|behaviours?|honours?|neighbours?|neighbourhoods?|centres?|theatres?|defence|offence|analysed?|travelled|travelling|cancelled|cancelling|jewellery|catalogues?|per cent|aeroplanes?|aluminium|programmes?)\b/g;

/** How many more of its words one spelling must write than the other, and with none of the other's. */
const LEAD = 3;

/** The English a text spells, when it writes at least LEAD words one way and none the other; null otherwise. */
export function englishSpelling(text: string): 'american' | 'british' | null {
  const american = (text.match(AMERICAN) ?? []).length;
  const british = (text.match(BRITISH) ?? []).length;
  if (american >= LEAD && british === 0) return 'american';
  if (british >= LEAD && american === 0) return 'british';
  return null;
}
