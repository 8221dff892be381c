/**
 * Main-text precision: the link that opens the readers' comments ("Leggi i commenti", "I commenti
 * dei lettori", "Kommentare lesen", "Lire les commentaires") under the article is the comment
 * section's heading, as an invitation to comment is: the other stories and the shopping guide under it
 * are no part of the article. Invented Italian page; failed before these links were read as comment marks.
 */
import { describe, expect, it } from 'vitest';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { chooseArticle } from '../helpers/main-text.ts';

const A = [
  'Il comune di Portobello ha annunciato lunedì che il nuovo terminal dei traghetti aprirà in primavera, con due anni di ritardo rispetto al progetto iniziale presentato dalla giunta.',
  'Secondo l’autorità portuale, il ritardo ha fatto salire i costi di circa un quinto, e il consiglio comunale dovrà approvare un nuovo prestito entro la fine del mese prossimo.',
  'Le compagnie di navigazione hanno accolto con favore la notizia, ma hanno spiegato di aver già spostato parte del traffico verso il porto più grande dall’altra parte della baia.',
];
const OTHERS = [
  'Il sindaco di Portobello incontra i pescatori: sul tavolo le nuove regole del porto',
  'Nuovo allenatore per la squadra di basket della città dopo la sconfitta nel derby',
  'Una mostra racconta cento anni di fotografie del lungomare e dei suoi bagni storici',
];

const GUIDE = 'La nostra guida agli acquisti sceglie in modo indipendente prodotti e servizi da comprare in rete, e per ogni acquisto fatto dai suoi collegamenti il giornale riceve una piccola parte del prezzo.';

describe('main-text precision: the link to the readers\' comments under the article', () => {
  it('reads the links as comment marks', () => {
    const lang = detectLanguage(A.join('\n'));
    for (const line of ['LEGGI I COMMENTI', 'I commenti dei lettori', 'Kommentare lesen', 'Lire les commentaires']) expect(blockFeatures(line, lang).commentMark, line).toBe(true);
  });

  it('ends the article above them', () => {
    const page = ['Terminal dei traghetti, nuovo ritardo', 'di Anna Lee', ...A, 'LEGGI I COMMENTI', 'I commenti dei lettori', ...OTHERS, 'Rubriche', GUIDE];
    expect(chooseArticle(page.join('\n')).kept).toEqual(A);
  });
});
