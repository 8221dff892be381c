/**
 * The text path's byline from a name the page writes twice (lib/bylines/name-with-bio.ts): alone on a
 * line beside the headline, where no label or stamp beside it says it is a byline, and opening a
 * paragraph about that person further down (the writer's biography), in English, German and French.
 * A name without its biography, a paragraph that opens with a heading's common words, or a name far
 * from the headline names nobody here.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { nameWithItsBio } from '../../scripts/ingest/lib/bylines/name-with-bio.ts';
import { isProse } from '../../scripts/ingest/stages/segment.ts';

const TEXT = {
  en: 'Scientists from both countries will study the sea together over the next five years, under the agreement signed on Monday. Both governments fund the project, and it is open to students.',
  de: 'Forschende beider Länder werden in den kommenden fünf Jahren gemeinsam das Meer untersuchen, heißt es in dem am Montag unterzeichneten Abkommen. Beide Regierungen finanzieren das Projekt.',
  fr: "Les chercheurs des deux pays étudieront ensemble la mer au cours des cinq prochaines années, selon l'accord signé lundi. Les deux gouvernements financent le projet, ouvert aux étudiants.",
};
const HEADLINE = {
  en: 'I tested five ocean sensors: here is how they stack up',
  de: 'Ich habe fünf Sensoren für das Meer getestet, und so schneiden sie ab',
  fr: "J'ai testé cinq capteurs pour la mer, et voici ce qu'ils valent",
};
const BIO = {
  en: 'is a science writer who has covered ocean research and international cooperation for over ten years, from labs and ships alike.',
  de: 'schreibt seit zehn Jahren über Meeresforschung und internationale Zusammenarbeit, aus Laboren und von Forschungsschiffen aus.',
  fr: "écrit depuis dix ans sur la recherche océanique et la coopération internationale, depuis les laboratoires comme depuis les navires.",
};

/** The name over a view count and the stamp, the headline under them, the article, then the writer's box with `bio`. */
const page = (lang: keyof typeof TEXT, name: string, bio: string | null) =>
  `Home\nNews\nSign In\n${name}\n4821\nDec 18, 2025 ⋅ 10 min read\n${HEADLINE[lang]}\n\n${TEXT[lang]}\n\n${TEXT[lang]}\n\n${TEXT[lang]}\n\nShare\n${bio ? `${name} ${bio}\n` : ''}Related\n`;

describe('text bylines: a name beside the headline that a biography opens', () => {
  it('reads the name in English, German and French', () => {
    expect(article(page('en', 'Emma Johnson', BIO.en)).record.author).toBe('Emma Johnson');
    expect(article(page('de', 'Jörg Weidmann', BIO.de)).record.author).toBe('Jörg Weidmann');
    expect(article(page('fr', 'Élise Martin', BIO.fr)).record.author).toBe('Élise Martin');
  });

  it('reads no name without its biography', () => {
    expect(article(page('en', 'Emma Johnson', null)).record.author).toBeNull();
  });

  it("reads no line of common words, nor a name far from the headline, nor a paragraph's opening that is no prose", () => {
    const lower = () => new Set(['marine', 'research']);
    const lines = ['Marine Research', 'Emma Johnson', 'Headline of the story', 'Marine Research ' + BIO.en, 'Emma Johnson ' + BIO.en];
    expect(nameWithItsBio(lines, 2, lower, isProse)).toBe('Emma Johnson');
    expect(nameWithItsBio(lines.map((l, i) => (i === 4 ? 'Emma Johnson Twitter' : l)), 2, lower, isProse)).toBeNull();
    const far = ['Emma Johnson', 'a', 'b', 'c', 'd', 'e', 'f', 'Headline of the story', 'Emma Johnson ' + BIO.en];
    expect(nameWithItsBio(far, 7, lower, isProse)).toBeNull();
  });
});
