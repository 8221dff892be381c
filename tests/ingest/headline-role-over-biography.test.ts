/**
 * An author's card over the article or beside it: the bare name, the role ("Staff Writer", "Freie
 * Journalistin"), the biography ("Jane Roe is a writer who …"). The role over its biography reads as a
 * short headline over its deck, and a headline of two words over a long sentence-case deck counts
 * (headline-two-words-over-deck.test.ts): the role was taken for the headline. Pages written here, in
 * English, German, French, Spanish and Italian; the guards: a headline of two words that is no role over
 * a deck that is no biography, a longer headline ending on a role's word, a profile's headline over a
 * deck that opens on its subject.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';
import { roleOverBiography } from '../../scripts/ingest/lib/page-text/headline/role-over-biography.ts';

const HEADLINE = 'Valley Farmers Plant Rice Twice a Year With a New Seed';

describe('an author’s role over the author’s biography', () => {
  it('is no headline under the author’s name (English)', () => {
    const page = ['Subscribe', HEADLINE, 'Jane Roe', 'Staff Writer', 'Jane Roe is a writer and researcher covering farming in the valley, where she has lived for twenty years with her family.', 'Updated on June 26, 2025', BODY].join('\n');
    expect(titleOf(page)).toBe(HEADLINE);
  });

  it('is no headline with no name over it', () => {
    const page = ['Subscribe', HEADLINE, 'By Jane Roe', 'June 26, 2025', 'Contributing Editor', 'Jane Roe is a journalist who has covered the villages of the valley and their rice fields for the weekly paper since 2009.', BODY].join('\n');
    expect(titleOf(page)).toBe(HEADLINE);
  });

  it('is no headline in German', () => {
    const headline = 'Reisbauern im Tal ernten jetzt zweimal im Jahr';
    const body = [
      'Die Bauern im Tal ernten ihren Reis inzwischen zweimal im Jahr, mit einem Saatgut, das in der Regenzeit schneller wächst, und einem Plan, den der Gemeinderat aufgestellt hat.',
      'Die Umstellung kam langsam. Die ersten Bauern, die das neue Saatgut versuchten, wurden ausgelacht, bis ihre zweite Ernte ein neues Dach für die Schule bezahlte.',
      'Heute werden die meisten Reisfelder im Tal zweimal bepflanzt, und der Gemeinderat sagt, die Einkommen hätten sich in fünf Jahren verdoppelt.',
    ].join('\n\n');
    const page = ['Abonnieren', headline, 'Anna Berg', 'Freie Journalistin', 'Anna Berg ist eine Journalistin aus Hamburg, die seit zehn Jahren über die Landwirtschaft und das Leben in den Dörfern schreibt.', '26. Juni 2025', body].join('\n');
    expect(titleOf(page)).toBe(headline);
  });

  it('is no headline in French, the role of three words under the name', () => {
    const headline = 'Dans la vallée, les riziculteurs récoltent deux fois par an';
    const body = [
      'Les paysans de la vallée récoltent désormais le riz deux fois par an, grâce à une semence qui pousse plus vite pendant la saison des pluies et à un plan du conseil du village.',
      'Le changement a été lent. Les premiers paysans qui ont essayé la nouvelle semence ont été moqués, jusqu’à ce que leur deuxième récolte paie le nouveau toit de l’école.',
      'Aujourd’hui, la plupart des rizières de la vallée sont plantées deux fois, et le conseil du village affirme que les revenus ont doublé en cinq ans.',
    ].join('\n\n');
    const page = ['S’abonner', headline, 'Marie Dupont', 'Rédactrice en chef', 'Marie Dupont est une journaliste qui couvre l’agriculture et la vie des villages de la vallée depuis plus de dix ans.', '26 juin 2025', body].join('\n');
    expect(titleOf(page)).toBe(headline);
  });

  it('is no headline in Spanish and Italian', () => {
    expect(roleOverBiography('Periodista agraria', 2, 'María López es una periodista que cubre la agricultura y la vida de los pueblos del valle desde hace diez años.', false)).toBe(true);
    expect(roleOverBiography('Giornalista agricola', 2, 'Maria Rossi è una giornalista che scrive di agricoltura e della vita nei villaggi della valle da dieci anni.', false)).toBe(true);
  });
});

describe('a headline over its deck', () => {
  const DECK = 'A season of gales tests the oldest crews on the water, and the youngest ones turn out to be the steadiest.';

  it('stays when it has two words, no role, over a deck that is no biography', () => {
    expect(roleOverBiography('Steady Hands', 2, DECK, false)).toBe(false);
  });

  it('stays when it is longer and ends on a role’s word, over a deck that is no biography', () => {
    expect(roleOverBiography('Why Every Harbor Needs a Writer', 6, DECK, false)).toBe(false);
  });

  it('stays when it is a profile’s headline over a deck that opens on its subject', () => {
    expect(roleOverBiography('The Woman Who Mapped the Valley', 6, 'Jane Roe is a researcher who spent twenty years walking the rice fields of the valley with a notebook.', false)).toBe(false);
  });
});
