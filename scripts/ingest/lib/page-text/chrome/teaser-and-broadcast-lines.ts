/**
 * Two lines a public broadcaster's news page sets around its article, each alone on its line:
 *
 * - another story's teaser with its link run onto its end: "… ist es ein herber Schlag. mehr",
 *   "Rund 400 Feuerwehrleute protestieren gegen den späteren Ruhestand | mehr" (the link's word after
 *   a sentence's end or a bar; a sentence that ends on "mehr" has no mark before it);
 * - the note on when the station covered the subject on air: "Über dieses Thema berichtete der
 *   Hörfunk am 24. März 2023 um 05:20 Uhr.", "Dieses Thema im Programm: Über dieses Thema berichtet: …".
 */
export const TEASER_MORE_LINK = /^(?=[^]{0,400}$)[^]*\S(?:[.!?"“”»]\s+|\s\|\s*)(?:mehr|more)$/u;
export const BROADCAST_NOTE = /^(?=.{0,200}$)(?:dieses thema im programm\s*:\s*)?über dieses thema (?:berichtet|berichtete|berichteten)\b.*$/iu;
