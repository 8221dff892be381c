/**
 * The site's or the blogger's "About us" box at the run's foot ("Über uns" / "Seit 50 Jahren sind wir
 * …", "About me" / "I'm a nurse who …", "Qui sommes-nous ?", "Sobre nosotros"): a blog or a small
 * site closes every page with a word on itself, often in its sidebar, which innerText puts under the
 * post. Its paragraph outweighs the short lines between, so the run took it in. Found as
 * closing-box.ts finds a note on the author: the heading alone on its line, among the run's last
 * lines, under most of its prose, over three paragraphs at most; the article ends above it. An
 * article about the site itself (its "About us" page) holds most of its prose under the heading, and
 * a sentence that opens on the words ("About us, the council said …") is no heading: both stay.
 * Used by ../../main-text.ts on a text seed's run only. Found with scripts/bench/extract/kept-lines.ts
 * on the snippets' dev pages (the site's blurb under "Über uns" kept as the article's last paragraph).
 */
import type { ClassedBlock } from '../../main-text.ts';
import { aboveAClosingBox } from './closing-box.ts';

/** "About us", "Über mich", "Wer wir sind", "Qui sommes-nous ?", "Sobre nosotros", "Chi siamo", "Over ons", "O nas": the heading alone. */
export const ABOUT_BOX = /^(?:about (?:us|me)|who we are|über (?:uns|mich)|wir über uns|wer wir sind|qui sommes[- ]nous|qui suis[- ]je|à propos(?: de (?:nous|moi))?|sobre (?:nosotros|mí|nós|mim)|quiénes somos|quem somos|chi siamo|chi sono|over (?:ons|mij)|wie zijn wij|o nas|o mnie)\s*[:?]?$/iu;

export const ABOUT_BOX_WHY = "under the heading of the site's or the blogger's own box (\"About us\", \"Über mich\"), not the article's";

/** Returns the article's last line: above the site's "About us" box among the run's (start..end) last lines, if any. */
export function aboveTheSitesAboutBox(lines: string[], blocks: ClassedBlock[], start: number, end: number): number {
  return aboveAClosingBox(lines, blocks, start, end, ABOUT_BOX, ABOUT_BOX_WHY);
}
