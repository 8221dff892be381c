/**
 * Text path: publication labels as some pages write them under the article, where only a labelled
 * stamp dates the page: "(Re)Published:" alone over its date, and the label after the date in a list
 * of a page's versions ("5 Sept 2024 | Originally published"). Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P1 = 'China has launched a new science programme with twelve countries in Africa, the ministry of science and technology said on Tuesday in Beijing.';
const P2 = 'The programme will fund joint laboratories and train young researchers over the next five years, the ministry said in a statement.';
const P3 = 'Officials said the first projects would start next spring, with researchers from both sides sharing data on crops, water and health.';
const HEADLINE = 'New science plan for Africa launched by China';
const page = (footer: string) => `${HEADLINE}\n\n${P1}\n\n${P2}\n\n${P3}\n\n${footer}`;

describe('a publication label under the article', () => {
  it('is read as "(Re)Published:" alone over its date, the edit under it kept apart', () => {
    const { record } = article(page('(Re)Published:\n\nMay 25, 2025\n\nLast edit:\n\nNovember 19, 2025\n\nRelated Posts'));
    expect(record.date?.date).toBe('2025-05-25');
    expect(record.date?.evidence).toContain('(Re)Published');
  });

  it('is read after its date in a list of the page\'s versions ("5 Sept 2024 | Originally published")', () => {
    const { record } = article(page('Next review due: 9 Feb 2029\n\n14 Feb 2026 | Latest version\n\n5 Sept 2024 | Originally published\n\nAuthored by: Ann Lee'));
    expect(record.date?.date).toBe('2024-09-05');
    expect(record.date?.evidence).toContain('Originally published');
  });

  it('is not read after a date when it ends a sentence ("… the day the study was first published")', () => {
    const { record } = article(page('Researchers met on March 3, 2024, the day the study was first published\n\nMore news\n\nOther story, May 5, 2024'));
    expect(record.date).toBeNull();
  });
});
