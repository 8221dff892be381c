/**
 * dedupe takes the headline out of a paragraph where the scraper fused or repeated it (a copy that
 * starts the paragraph or follows a sentence's end). A headline's words inside a sentence are the
 * sentence's own ("The State of … newsletter is edited by …", "Comparing the Best …"): cutting them
 * out left "The" and "is edited by …" of a saved page whose <h1> is a name the text uses.
 */
import { describe, expect, it } from 'vitest';
import { article, rules } from './helpers.ts';

const TITLE = 'Polar Station Field Notes newsletter';
const P1 = `The ${TITLE} is edited by the station's two winter crews and read by more than 3,000 subscribers.`;
const P2 = 'Each issue covers the month on the ice, the instruments and the weather, with a short essay from the crew.';
const P3 = `Subscribers can write to the ${TITLE} with questions for the crew at any time of the year.`;

describe('a headline inside a sentence of the body', () => {
  it('stays in its sentence', () => {
    const { record, report } = article(`${TITLE}\n\n${P1}\n\n${P2}\n\n${P3}`);
    expect(record.title).toBe(TITLE);
    expect(record.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
    expect(rules(report)).not.toContain('repeated-title');
  });

  it("a copy after a sentence's end, or glued to the word before it, is still taken out", () => {
    const { record, report } = article(`${TITLE}\n\n${P2} ${TITLE}\n\n${P3}\n\nThe crews wrote to Ann Lee${TITLE} this winter, the editor said on Monday.`);
    expect(record.paragraphs.map((p) => p.text)).toEqual([P2, P3, 'The crews wrote to Ann Lee', 'this winter, the editor said on Monday.']);
    expect(rules(report)).toContain('repeated-title');
  });
});
