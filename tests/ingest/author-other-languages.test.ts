/**
 * Bylines as news pages in other languages and newsrooms write them: names joined by "und", "et", "y";
 * the kind of piece before the label ("Kommentar von"); Italian "di"; a role, a button, a social
 * network's link, the outlet or the agencies after the name.
 */
import { describe, expect, it } from 'vitest';
import { cleanAuthor } from '../../scripts/ingest/lib/bylines/author.ts';
import { nameShaped } from '../../scripts/ingest/lib/bylines/name-shape.ts';
import { article } from './helpers.ts';

const GERMAN_PROSE =
  'Die Stadt hat am Montag ein neues Programm für die Forschung vorgestellt, das in den kommenden Jahren mehrere Millionen Euro in Labore und Stipendien lenken soll. Die Verwaltung rechnet mit ersten Ergebnissen im Herbst.';

describe('cleanAuthor: names joined in other languages', () => {
  it('keeps a list joined by the language\'s "and" whole', () => {
    expect(cleanAuthor('Von Dominik Bath und Theresa Martus')).toBe('Dominik Bath und Theresa Martus');
    expect(cleanAuthor('Von Sebastian Kohler, Andreas Gandzior und Philipp Siebert')).toBe('Sebastian Kohler, Andreas Gandzior und Philipp Siebert');
    expect(cleanAuthor('Por Chus del Pino y Martí Abad')).toBe('Chus del Pino y Martí Abad');
    expect(nameShaped('Anne Roy et Jean Roy')).toBe(true);
  });

  it('keeps a capital initial, which no joining word is', () => {
    expect(cleanAuthor('Anna E Berg')).toBe('Anna E Berg');
    expect(cleanAuthor('Anna Y Berg, Li Wei')).toBe('Anna Y Berg, Li Wei');
  });
});

describe('cleanAuthor: what stands before the name', () => {
  it('takes off the kind of piece with its preposition', () => {
    expect(cleanAuthor('Kommentar von Nicole Opitz')).toBe('Nicole Opitz');
    expect(cleanAuthor('Eine Kolumne von Lars Brunckhorst')).toBe('Lars Brunckhorst');
    expect(cleanAuthor('Analysis by Jane Roe')).toBe('Jane Roe');
    expect(cleanAuthor('Chronique de Jean Roy')).toBe('Jean Roy');
  });

  it('takes off Italian "di" in lower case only, and keeps a particle inside a name', () => {
    expect(cleanAuthor('di Luca Monaco')).toBe('Luca Monaco');
    expect(cleanAuthor('Di Maio')).toBe('Di Maio');
    expect(cleanAuthor('Anna von Berg')).toBe('Anna von Berg');
  });
});

describe('Greek bylines: the article before the name in the genitive ("Του", "Της") is the label', () => {
  it('is taken off the name, in any case', () => {
    expect(cleanAuthor('Του Γιάννη Παπαδόπουλου')).toBe('Γιάννη Παπαδόπουλου');
    expect(cleanAuthor('Της Μαρίας Κωνσταντίνου')).toBe('Μαρίας Κωνσταντίνου');
    expect(cleanAuthor('ΤΟΥ ΓΙΑΝΝΗ ΠΑΠΑΔΟΠΟΥΛΟΥ')).toBe('ΓΙΑΝΝΗ ΠΑΠΑΔΟΠΟΥΛΟΥ');
  });

  it('a text seed\'s byline under the headline names the writer, the headline kept', () => {
    const text = [
      'Ελλάδα και Κίνα υπογράφουν συμφωνία για την έρευνα στη θάλασσα',
      'Της Μαρίας Κωνσταντίνου',
      '14 Μαρτίου 2025',
      'Η Ελλάδα και η Κίνα υπέγραψαν τη Δευτέρα συμφωνία για κοινή έρευνα στη θάλασσα του Αιγαίου, ανακοίνωσε το υπουργείο. Οι επιστήμονες των δύο χωρών θα μοιράζονται δεδομένα για τη θερμοκρασία και τα ρεύματα.',
      'Η συμφωνία διαρκεί πέντε χρόνια και περιλαμβάνει ανταλλαγή ερευνητών.',
    ].join('\n');
    const { record } = article(text);
    expect(record.author).toBe('Μαρίας Κωνσταντίνου');
    expect(record.title).toBe('Ελλάδα και Κίνα υπογράφουν συμφωνία για την έρευνα στη θάλασσα');
  });

  it('a headline or a sentence opening on the article stays what it is', () => {
    expect(article(['Της Ελλάδας η φωνή ακούστηκε στις Βρυξέλλες για την έρευνα', '14 Μαρτίου 2025',
      'Η Ελλάδα και η Κίνα υπέγραψαν τη Δευτέρα συμφωνία για κοινή έρευνα στη θάλασσα του Αιγαίου, ανακοίνωσε το υπουργείο. Οι επιστήμονες των δύο χωρών θα μοιράζονται δεδομένα.'].join('\n')).record)
      .toMatchObject({ author: null, title: 'Της Ελλάδας η φωνή ακούστηκε στις Βρυξέλλες για την έρευνα' });
  });
});

describe('cleanAuthor: what stands after the name', () => {
  it('drops a newsroom role in other languages', () => {
    expect(cleanAuthor('Daniel Großert Redakteur')).toBe('Daniel Großert');
    expect(cleanAuthor('Anna Berg Redakteurin')).toBe('Anna Berg');
    expect(cleanAuthor('Marta Ruiz Periodista')).toBe('Marta Ruiz');
  });

  it('drops a button or a social network\'s link after the name', () => {
    expect(cleanAuthor('By Victoria Oak  Follow')).toBe('Victoria Oak');
    expect(cleanAuthor('By Sarah LazareTwitter')).toBe('Sarah Lazare');
    expect(cleanAuthor('Twitter')).toBeNull();
  });

  it('drops the stamp\'s label left when its date is cut', () => {
    expect(cleanAuthor('By Lance Ulanoff published 19 May 2026')).toBe('Lance Ulanoff');
  });

  it('drops the outlet and the agencies after the name', () => {
    expect(cleanAuthor('By DOLORES CHANG FOR HARBOR GAZETTE')).toBe('DOLORES CHANG');
    expect(cleanAuthor('By Anna Berg for Harbor.com')).toBe('Anna Berg');
    expect(cleanAuthor('Center for Drug Evaluation and Research')).toBe('Center for Drug Evaluation and Research');
    expect(cleanAuthor('Samya Kullab and Vasilisa Stone The Associated Press')).toBe('Samya Kullab and Vasilisa Stone');
    expect(cleanAuthor('Harbor News with Agencies')).toBe('Harbor News');
    expect(cleanAuthor('Von Diana Resnik mit AP')).toBe('Diana Resnik');
  });
});

describe('text bylines in German', () => {
  it('reads two names joined by "und" under the headline', () => {
    const text = ['Startseite', 'Politik', 'Stadt stellt neues Forschungsprogramm vor', 'Von Dominik Bath und Theresa Martus', '06.11.2025, 21:00 Uhr', GERMAN_PROSE, GERMAN_PROSE, GERMAN_PROSE].join('\n');
    expect(article(text).record.author).toBe('Dominik Bath und Theresa Martus');
  });
});

describe('one list of roles and one of name particles for every reader', () => {
  it('cuts every language\'s newsroom role alone after a name, as the role list names them', () => {
    expect(cleanAuthor('Marie Dupont Correspondant')).toBe('Marie Dupont');
    expect(cleanAuthor('Marco Bianchi Inviato')).toBe('Marco Bianchi');
    expect(cleanAuthor('Ana Souza Correspondente')).toBe('Ana Souza');
    expect(cleanAuthor('Anna Berg Redakteurin')).toBe('Anna Berg');
    // a capitalised word that is no role stays part of the name
    expect(cleanAuthor('Luxury Travel Expert')).toBe('Luxury Travel Expert');
  });

  it('reads the particles of Portuguese, Dutch and Arabic names as a name\'s', () => {
    expect(nameShaped('Maria dos Santos')).toBe(true);
    expect(nameShaped('Jan ten Brink')).toBe(true);
    expect(nameShaped('Ali el Sayed')).toBe(true);
    expect(nameShaped('Table of Contents')).toBe(false);
  });
});
