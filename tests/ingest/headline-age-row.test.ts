/**
 * An age row under the headline (lib/page-text/headline/headline.ts headerFollows): the page's age
 * with its other fields on one line ("vor 5 Stunden in Aktuelles, keine Lesermeinung", "Features / 1 day
 * ago / by Jane Roe"), longer than the six words an age alone was read at. Unread, the headline over it
 * had no header, and a line far above that shares more of the article's words (the site's latest
 * story in its masthead) won. A sentence that speaks of an age and ends on a full stop is no header
 * (the guard). Small pages written here, shaped as innerText gives them.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P1 = 'Die neue App für Fragen im Hörsaal kann ab sofort getestet werden: Studierende stellen ihre Fragen anonym, die Lehrenden beantworten sie live in der Vorlesung.';
const P2 = 'Im Gespräch mit Kolleginnen aus Marburg hatten wir beschlossen, eine offene Lösung zu bauen, die jede Hochschule ohne Lizenzkosten betreiben kann.';
const P3 = 'Die Fragen der Studierenden werden gesammelt, bewertet und nach der Vorlesung als Liste exportiert, damit nichts verloren geht.';
const BODY = `${P1}\n\n${P2}\n\n${P3}`;
// The site's latest story, named in its masthead: it shares the article's words too.
const MASTHEAD = 'Zum Inhalt springen\nNeue App kann getestet werden: »fragen.live«\nStart\nBlog\nProjekte\nKontakt\nSuche';
const HEADLINE = 'Fragen im Hörsaal';

const titleOf = (page: string) => article(page).record.title;

describe('a headline over an age row', () => {
  const page = (stamp: string) => `${MASTHEAD}\n${HEADLINE}\n${stamp}\n${BODY}`;

  it('takes the headline over its age, its section and its comment count', () => {
    expect(titleOf(page('vor 5 Stunden in Aktuelles, keine Lesermeinung'))).toBe(HEADLINE);
  });

  it('takes the headline over a row of fields with the age among them', () => {
    expect(titleOf(page('Features / 1 day ago / by Jane Roe'))).toBe(HEADLINE);
  });

  it('does so as it does over a short age alone', () => {
    expect(titleOf(page('vor 5 Stunden'))).toBe(HEADLINE);
  });

  // The guard: a sentence about an age, ending on its full stop, is no header under the short line.
  it('leaves the choice as it was over a sentence that speaks of an age', () => {
    expect(titleOf(page('Wir haben vor 5 Stunden darüber gesprochen.'))).toBe('Neue App kann getestet werden: »fragen.live«');
  });
});
