/**
 * German writes every noun with a capital, so a sentence-case standfirst of its has as many capitals
 * as an English one in Title Case: a headline of four words over it ("Alleinerziehende: Betreuung
 * endlich ausbauen") is the headline all the same, not a kicker. A link back to the previous post over
 * the headline ("← 2 Jahre Elternverein") is no headline over it.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const titleOf = (page: string) => article(page).record.title;

describe('a German headline over its standfirst', () => {
  it('is the four-word line over the long standfirst', () => {
    const body = [
      'Die Plattform für Alleinerziehende fordert zum Tag der Kinderrechte Betreuungszeiten, die auch außerhalb der Unterrichtszeit und der Kindergarten-Öffnungszeiten gelten.',
      'Vorbildhafte Modelle sieht die Plattform in mehreren Städten, wo Kinder auch am Abend und in den Ferien betreut werden, wenn die Eltern arbeiten müssen.',
      'Gerade Alleinerziehende seien auf verlässliche Betreuungszeiten angewiesen, heißt es in der Aussendung der Plattform zum Tag der Kinderrechte.',
    ].join('\n\n');
    const page = `Startseite\nMeine Pfarre finden\nInhalt:\nFoto von Jana Berg von Pixabay\nAlleinerziehende: Betreuung endlich ausbauen\nPlattform für Alleinerziehende zum Tag der Kinderrechte: Betreuungszeiten außerhalb der Kindergarten- oder Unterrichtszeit sicherstellen\n19.11.2021\n${body}`;
    expect(titleOf(page)).toBe('Alleinerziehende: Betreuung endlich ausbauen');
  });

  it('is no link back to the previous post over it', () => {
    const body = [
      'In nicht mehr ganz zwei Wochen ist es soweit: das Sommerfest in Hafenstadt steht vor der Tür, vom 17. bis 19. April im Hafenpark!',
      'Alle sind herzlich eingeladen, da zu sein und sich einzubringen. Einzige Voraussetzung: meldet euch dafür an!',
      'Seit 2010 bin ich in der Organisation vom Sommerfest aktiv und seitdem hat sich einiges getan, auch wenn das nach außen nicht immer sichtbar ist.',
    ].join('\n\n');
    const page = `Startseite\nÜber uns\nProjekte\n← 2 Jahre Elternverein Hafenstadt\nSommerfest Hafenstadt 2015 – ein Aufruf an alle zum Mitmachen\nPosted on 2015-04-05 by anna | Leave a comment\n${body}`;
    expect(titleOf(page)).toBe('Sommerfest Hafenstadt 2015 – ein Aufruf an alle zum Mitmachen');
  });
});
