/**
 * Names a text page shows in its header in shapes the readers passed over, in several languages: a
 * name before its reading time ("Anna Berg — 5 min read"), a name with the stamp's day run into it
 * ("Anna Berg19 Nov 2019"), a name before a role that says where or for whom ("Korrespondentin in
 * Lissabon", "Corresponsal en Atenas"), the author noun written for both genders ("Autorin/Autor",
 * "Autor/in", "Autor/a", "Auteur/Autrice", "Autrice"), Italian's "Autore:" and the French and Italian "Texte :",
 * "Testo:", two names set apart by a slash over the stamp ("Anna Berg/Li Wei"). And what stays unnamed: a stamp's label left alone
 * on its line ("Publié le") and a section's label before a reading time.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { isRole } from '../../scripts/ingest/lib/bylines/author.ts';
import { bareName, nameBeforeItsStamp, nameBeforeItsTail, namesAcrossBar } from '../../scripts/ingest/lib/bylines/name-lines.ts';

const EN = 'The harbour authority said on Tuesday that the new pier will let twice as many ferries call at the port over the summer season.';
const DE = 'Die Hafenbehörde teilte am Dienstag mit, dass am neuen Anleger im Sommer doppelt so viele Fähren anlegen können wie bisher im ganzen Hafen.';
const ES = 'La autoridad del puerto anunció el martes que el nuevo muelle permitirá recibir el doble de ferris durante el verano en toda la bahía.';
const IT = "L'autorità portuale ha annunciato martedì che il nuovo molo permetterà di accogliere il doppio dei traghetti durante l'estate in tutta la baia.";
const FR = "L'autorité du port a annoncé mardi que le nouveau quai permettra d'accueillir deux fois plus de ferries pendant l'été dans toute la baie.";
const body = (p: string) => [p, p, p, p].join('\n');

const enPage = (header: string, foot = '') => article(`Home\nNews\nHarbour opens a new pier as ferry traffic doubles after the summer\n${header}\n${body(EN)}${foot}`);
const dePage = (header: string, foot = '') => article(`Startseite\nPolitik\nHafen eröffnet neuen Anleger, weil sich der Fährverkehr im Sommer verdoppelt\n${header}\n${body(DE)}${foot}`);
const esPage = (header: string) => article(`Portada\nInternacional\nEl puerto abre un nuevo muelle porque el tráfico de ferris se duplica en verano\n${header}\n${body(ES)}`);
const itPage = (header: string) => article(`Home\nCronaca\nIl porto apre un nuovo molo perché il traffico dei traghetti raddoppia in estate\n${header}\n${body(IT)}`);
const frPage = (header: string) => article(`Accueil\nMonde\nLe port ouvre un nouveau quai car le trafic des ferries double en été\n${header}\n${body(FR)}`);

describe('text bylines: a name with its reading time or its day on the line', () => {
  it('reads "Anna Berg — 5 min read" under the headline', () => {
    expect(enPage('Anna Berg — 5 min read').record.author).toBe('Anna Berg');
    expect(enPage('Anna Berg · 8 minutes').record.author).toBe('Anna Berg');
    expect(nameBeforeItsTail('Anna Berg | 3 min read')).toBe('Anna Berg');
  });

  it('reads "Anna Berg19 Nov 2019": the day run into the name', () => {
    expect(enPage('Anna Berg19 Nov 2019').record.author).toBe('Anna Berg');
    expect(dePage('Anna Berg4. März 2025').record.author).toBe('Anna Berg');
    expect(nameBeforeItsStamp('Anna Berg19 Nov 2019', 'en')).toBe('Anna Berg');
  });

  it('a count after the separator, a section before the reading time, name nobody', () => {
    expect(nameBeforeItsTail('Anna Berg — 5 comments')).toBeNull();
    // "Summer Ferries" is the section: the page writes its words in lower case.
    const section = article(`Home\nNews\nHarbour opens a new pier as ferry traffic doubles after the summer\nSummer Ferries — 5 min read\n${body(EN)}`);
    expect(section.record.author).toBeNull();
    // A word with a number in it is no name run into a day ("Route66 May 2025").
    expect(nameBeforeItsStamp('Harbor Route66 May 2025', 'en')).toBeNull();
  });
});

describe('text bylines: the role after the name says where or for whom', () => {
  it('reads the name before "Korrespondentin in Lissabon", "Corresponsal en Atenas", "Correspondante à Lisbonne"', () => {
    expect(dePage('Anna Berg, Korrespondentin in Lissabon\n04.03.2025, 10:20 Uhr').record.author).toBe('Anna Berg');
    expect(esPage('Lucía Varela, Corresponsal en Atenas\n04/03/2025 10:20').record.author).toBe('Lucía Varela');
    expect(frPage('Claire Dubois, correspondante à Lisbonne\nPublié le 4 mars 2025 à 10h20').record.author).toBe('Claire Dubois');
  });

  it('a placed role is a role, never a name', () => {
    for (const role of ['Corresponsal en Atenas', 'Korrespondentin in Peking', 'Correspondent in Lisbon', 'Inviato a Roma', 'Reporter for Harbor News', 'Journalist i Paris']) {
      expect(isRole(role)).toBe(true);
      expect(bareName(role)).toBe(false);
    }
    for (const name of ['Anna Berg', 'Lucía Varela', 'Maria de Souza']) expect(isRole(name)).toBe(false);
  });
});

describe("text bylines: the author noun written for both genders", () => {
  it('reads German "Autor/in:", "Autor*in", "Autorin/Autor" in the header and under the article', () => {
    expect(dePage('Autor/in: Anna Berg\n04.03.2025, 10:20 Uhr').record.author).toBe('Anna Berg');
    expect(dePage('Autor*in Anna Berg\n04.03.2025, 10:20 Uhr').record.author).toBe('Anna Berg');
    expect(dePage('04.03.2025', '\nDatum 04.03.2025\nAutorin/Autor Anna Berg\nMehr zum Thema').record.author).toBe('Anna Berg');
  });

  it('reads Spanish "Autor/a:", "Autor(a):" and French "Auteur/Autrice :", "Autrice :"', () => {
    expect(esPage('Autor/a: Lucía Varela\n04/03/2025 10:20').record.author).toBe('Lucía Varela');
    expect(esPage('Autor(a): Lucía Varela\n04/03/2025 10:20').record.author).toBe('Lucía Varela');
    expect(frPage('Auteur/Autrice : Claire Dubois\nPublié le 4 mars 2025 à 10h20').record.author).toBe('Claire Dubois');
    expect(frPage('Autrice : Claire Dubois\nPublié le 4 mars 2025 à 10h20').record.author).toBe('Claire Dubois');
  });

  it('the noun before no name names nobody', () => {
    expect(dePage('Autor/in\n04.03.2025, 10:20 Uhr').record.author).toBeNull();
  });
});

describe('text bylines: Italian labels, and the French and Italian text field', () => {
  it('reads "Autore: Marco Rossi", "Testo: Marco Rossi", "Texte : Claire Dubois"', () => {
    expect(itPage('Autore: Marco Rossi\n4 marzo 2025').record.author).toBe('Marco Rossi');
    expect(itPage('Testo: Marco Rossi\n4 marzo 2025').record.author).toBe('Marco Rossi');
    expect(frPage('Texte : Claire Dubois\nPublié le 4 mars 2025').record.author).toBe('Claire Dubois');
  });

  it('the field before no name names nobody', () => {
    expect(itPage('Testo integrale\n4 marzo 2025').record.author).toBeNull();
  });
});

describe('text bylines: two names set apart by a slash beside the stamp', () => {
  it('reads "Anna Berg/Li Wei" and "Anna Berg / Li Wei" over the stamp as two writers', () => {
    expect(enPage('Anna Berg/Li Wei\nMarch 4, 2025').record.author).toBe('Anna Berg and Li Wei');
    expect(dePage('Anna Berg / Jan Smit\n04.03.2025, 10:20 Uhr').record.author).toBe('Anna Berg, Jan Smit');
  });

  it("a picture agency or the outlet after the slash, a date's slashes, name no second writer", () => {
    const never = () => false;
    expect(namesAcrossBar('Anna Berg/Getty Images', never)).toBeNull();
    expect(namesAcrossBar('ANNA BERG/HARBOR PRESS', never)).toBeNull();
    expect(namesAcrossBar('Anna Berg 4/3/2025', never)).toBeNull();
    // The outlet's name comes back elsewhere on the page: no writer.
    expect(namesAcrossBar('Anna Berg/Harbor Times', (name) => name === 'Harbor Times')).toBeNull();
    const outlet = article(`Harbor Times\nHome\nNews\nHarbour opens a new pier as ferry traffic doubles after the summer\nAnna Berg/Harbor Times\nMarch 4, 2025\n${body(EN)}\n© 2025 Harbor Times`);
    expect(outlet.record.author).not.toBe('Anna Berg and Harbor Times');
  });
});

describe("text bylines: a stamp's label alone is no name", () => {
  it('"Publié le", "Mis à jour le", "Veröffentlicht am" are no names', () => {
    for (const label of ['Publié le', 'Mis à jour le', 'Veröffentlicht am', 'Publicado el']) expect(bareName(label)).toBe(false);
    expect(bareName('Anne Le Guen')).toBe(true);
  });
});
