/**
 * "Written by" as sites write it in other languages ("Geschrieben von", "Verfasst von", "Escrito por",
 * "Écrit par", "Rédigé par", "Scritto da", "Geschreven door": lib/bylines/byline-labels.ts): a label the
 * cleaner takes off the name, spaced or run into it, that opens a byline line on the text path, and that
 * labels the share card's author pair on the HTML path ("twitter:label1" / "twitter:data1"). The words
 * alone in a sentence label nothing.
 */
import { describe, expect, it } from 'vitest';
import { cleanAuthor } from '../../scripts/ingest/lib/bylines/author.ts';
import { LABEL_ALONE } from '../../scripts/ingest/lib/bylines/byline-labels.ts';
import { article } from './helpers.ts';
import { headerPage } from './html-header-page.ts';

const LABELLED = [
  ['Geschrieben von', 'Jörg Weidmann'],
  ['Verfasst von', 'Anna Berg'],
  ['Escrito por', 'Lucía Peña'],
  ['Écrit par', 'Jean Roy'],
  ['Rédigé par', 'Élise Martin'],
  ['Scritto da', 'Luca Monaco'],
  ['Geschreven door', 'Jan Smit'],
] as const;

describe('"written by" in German, Spanish, Portuguese, French, Italian and Dutch', () => {
  it('the cleaner takes the label off the name, spaced, with a colon or run into it', () => {
    for (const [label, name] of LABELLED) {
      expect(cleanAuthor(`${label} ${name}`), label).toBe(name);
      expect(cleanAuthor(`${label}: ${name}`), label).toBe(name);
      expect(cleanAuthor(`${label}${name}`), label).toBe(name);
    }
  });

  it('is a label alone on its line', () => {
    for (const [label] of LABELLED) expect(LABEL_ALONE.test(label), label).toBe(true);
    expect(LABEL_ALONE.test('Escrito por')).toBe(true);
    expect(LABEL_ALONE.test('Escrito por la mañana')).toBe(false);
  });

  it("labels the share card's author pair on the HTML path", () => {
    const pair = (label: string, data: string) => `<meta name="twitter:label1" content="${label}"><meta name="twitter:data1" content="${data}">`;
    for (const [label, name] of LABELLED) expect(headerPage('', pair(label, name)).author, label).toBe(name);
  });

  it('opens a byline line under the headline on the text path', () => {
    const prose = 'Los científicos de ambos países estudiarán juntos el mar durante los próximos cinco años, según el acuerdo firmado el lunes. El proyecto está abierto a estudiantes.';
    const page = (byline: string) => `Inicio\nCiencia\n\nSe amplía la cooperación en el estudio del mar\n${byline}\n12/05/2025\n\n${prose}\n\n${prose}\n\n${prose}\n`;
    expect(article(page('Escrito por Lucía Peña')).record.author).toBe('Lucía Peña');
    expect(article(page('Escrito por\nLucía Peña')).record.author).toBe('Lucía Peña');
  });
});
