/**
 * The run opens on a question main-text read as a sentence (its question mark) but not as prose, a
 * section's label and a bare date under it, then the article: the question is the headline, which asks
 * what the article answers. Before, a line that opens the run was weighed only with its byline or
 * stamp right under it (a bare date past a label is none), and a menu's entry above that shares a word
 * won. A question main-text took for prose stays the article's first line. Text written for the test,
 * in German and Spanish.
 */
import { describe, expect, it } from 'vitest';
import { chooseHeadline, type HeadlineBlock } from '../../scripts/ingest/lib/page-text/headline/headline.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import type { ClassedLine } from './headline-fixture.ts';

/** The chooser on classed lines, the run starting at line `start` (the question) and ending at the last line. */
function chooseFrom(page: ClassedLine[], start: number): string | null {
  const lines = page.map(([l]) => l);
  const language = detectLanguage(lines.join('\n'));
  const blocks: HeadlineBlock[] = page.map(([l, cls]) => ({ features: blockFeatures(l, language), cls }));
  const i = chooseHeadline(lines, blocks, start, lines.length - 1, language);
  return i === -1 ? null : lines[i];
}

const GERMAN: ClassedLine[] = [
  ['Gesundheit & Pflege: Tipps rund ums Thema', 'short'],
  ['Unsere Verantwortung', 'short'],
  ['Über uns', 'short'],
  ['Wie spreche ich mit meiner Tochter über ihre Pubertät?', 'near'],
  ['Familie', 'short'],
  ['17/02/2022', 'short'],
  ['Ihre Tochter ist launisch, zieht sich zurück und macht sich viele Gedanken um ihr Aussehen? Dann ist sie wohl in der Pubertät, und ein Gespräch mit ihr hilft oft mehr als jedes Verbot.', 'good'],
  ['Sprechen Sie mit Ihrer Tochter offen über die Veränderungen ihres Körpers. Die Pubertät ist für viele Mädchen eine Zeit voller Fragen, auf die sie eine ehrliche Antwort verdienen.', 'good'],
  ['Hören Sie zu, bevor Sie Ratschläge geben: Eine Tochter, die sich ernst genommen fühlt, spricht auch später mit Ihnen über das, was sie bewegt.', 'good'],
];

const SPANISH: ClassedLine[] = [
  ['EDICIÓN DIARIA', 'short'],
  ['Especiales: Campo y arroz del valle', 'short'],
  ['Contacto', 'short'],
  ['¿Qué papel tendrá el puerto en la nueva ruta del arroz?', 'near'],
  ['Economía', 'short'],
  ['12/03/2024', 'short'],
  ['Los exportadores aseguran que el puerto podría mover el doble de arroz el próximo año si el gobierno aprueba la nueva ruta hacia el norte del país.', 'good'],
  ['La ruta del arroz une los campos del valle con el puerto en menos de un día, y los productores esperan que los precios bajen para las familias de la región.', 'good'],
  ['El gobierno dijo que estudiará el plan del puerto antes de fin de año, aunque los productores de arroz piden una respuesta antes de la próxima cosecha.', 'good'],
];

describe('a question that opens the run, over a label and a date', () => {
  it('is the headline (German)', () => {
    expect(chooseFrom(GERMAN, 3)).toBe('Wie spreche ich mit meiner Tochter über ihre Pubertät?');
  });
  it('is the headline (Spanish)', () => {
    expect(chooseFrom(SPANISH, 3)).toBe('¿Qué papel tendrá el puerto en la nueva ruta del arroz?');
  });
  it('is no headline as prose: a question main-text took for a paragraph is the article\'s first line', () => {
    const page: ClassedLine[] = GERMAN.map(([l, cls], i) => [l, i === 3 ? 'good' : cls]);
    expect(chooseFrom(page, 3)).not.toBe('Wie spreche ich mit meiner Tochter über ihre Pubertät?');
  });
});
