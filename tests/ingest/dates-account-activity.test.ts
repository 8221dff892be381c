/**
 * A date a person's account shows ("Last active December 20, 2025 13:58", "Zuletzt online 12.05.2024",
 * "Membre depuis le 3 mars 2019") is not the page's day (lib/dates/activity-date.ts): a snippet's or a
 * forum's page that shows no other date stays undated, and a page's own stamp is still read beside it.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { datesAnAccount } from '../../scripts/ingest/lib/dates/activity-date.ts';

const EN_1 = 'The script reads a folder of survey files and writes one table of the answers, sorted by the day each answer came in.';
const EN_2 = 'Run it with the folder as its only argument; the table is written next to the folder, under the same name.';
const DE_1 = 'Das Skript liest einen Ordner mit Umfragedateien und schreibt eine Tabelle der Antworten, nach dem Tag ihres Eingangs sortiert.';
const DE_2 = 'Man startet es mit dem Ordner als einzigem Argument; die Tabelle wird neben den Ordner geschrieben, unter demselben Namen.';
const FR_1 = 'Le programme lit un dossier de fichiers d’enquête et écrit un tableau des réponses, trié selon le jour de leur arrivée.';
const FR_2 = 'On le lance avec le dossier comme seul argument ; le tableau est écrit à côté du dossier, sous le même nom.';

describe("a person's account's date", () => {
  it.each([
    ['en', `survey-table.py\nannlee\nLast active December 20, 2025 13:58\n\n${EN_1}\n\n${EN_2}`],
    ['en', `Survey table script\nPosted by annlee\nMember since March 3, 2019\n\n${EN_1}\n\n${EN_2}`],
    ['de', `Umfrage-Tabelle\nannlee\nZuletzt online 12.05.2024, 18:41\n\n${DE_1}\n\n${DE_2}`],
    ['fr', `Tableau d’enquête\nannlee\nMembre depuis le 3 mars 2019\n\n${FR_1}\n\n${FR_2}`],
  ])('does not date the page (%s): "%s"', (_lang, text) => {
    const { record } = article(text);
    expect(record.date).toBeNull();
  });

  it("leaves the page's own stamp read beside it", () => {
    const { record } = article(`Survey table script\nPublished: November 2, 2025\nannlee · Last active December 20, 2025\n\n${EN_1}\n\n${EN_2}`);
    expect(record.date?.date).toBe('2025-11-02');
  });

  it.each(['Last active ', 'last seen: ', 'Joined ', 'Member since ', 'Zuletzt online ', 'Mitglied seit ', 'Membre depuis le ', 'Miembro desde ', 'Iscritto dal ', 'Laatst actief '])(
    '"%s…" dates an account',
    (before) => expect(datesAnAccount(before)).toBe(true),
  );
  it.each(['Posted on ', 'Last updated ', 'by admin on ', 'Ann Lee, ', 'Rejoined talks resume after ', '0 Comment(s)Print E-mail, ', 'Unjoined '])(
    '"%s…" does not',
    (before) => expect(datesAnAccount(before)).toBe(false),
  );
});
