/**
 * Main-text recall: a name line over a paragraph (a product's name over its gallery, a firm's name over
 * its entry in a ranking) whose name the headline opens on, as a byline may, read as the author's name
 * line, and the paragraph under it as a note on her: the run ended above it, or the paragraph was left
 * out in the middle of the article. The article's own prose above names it whole: it is what the
 * article is about, not who wrote it. Invented pages, German and English; each failed before the fix.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

describe('main-text recall: a paragraph on what the article is about is no note on its author', () => {
  it('keeps the paragraph under a gallery of the product the article presents (German)', () => {
    const p1 = 'Vor knapp zwei Wochen stellten die beiden Hersteller mit dem „Harbor Phone“ getauften Smartphone erstmals ein gemeinsames Gerät vor, das im Sommer in den Handel kommen soll.';
    const p2 = 'Neugierige werden aber schon ab dem 25. Juni einen ersten Blick auf das Gerät werfen können, denn dann steht es in jedem Geschäft des Anbieters zum Ausprobieren bereit.';
    const p3 = 'Im Gegensatz zu bislang erhältlichen Smartphones kann das Harbor Phone zwischen Berührungen mit dem Finger und dem Eingabestift unterscheiden, was die Bedienung mit einfachen Gesten erlaubt.';
    const p4 = 'Als Betriebssystem kommt eine spezielle Version des bekannten Systems zum Einsatz, die der Hersteller um eine eigene Oberfläche für die Bedienung mit dem Finger ergänzt hat.';
    const gallery = ['Harbor Phone', 'Harbor Phone', 'Bild 1 von 9', 'Harbor Phone', 'Harbor Phone', 'Harbor Phone'].join('\n');
    const page = `Harbor Phone: Bald auch beim Anbieter erhältlich\n19.6.2007 9:40 Uhr Jana Berg 71 Kommentare\n${p1}\n${p2}\n${gallery}\n${p3}\n${p4}\nThemen:\nMobilfunk`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toContain(p3);
    expect(kept).toContain(p4);
    expect(why.get(p3)).toBeUndefined();
  });

  it('keeps a ranked firm’s entry under its name, the headline opening on that name (English)', () => {
    const p1 = 'We compared the quotes, the reviews and the licences of twenty moving companies, and Harbor Van Lines came out ahead for long moves across the country this year.';
    const p2 = 'Each company was asked for an estimate on the same three-bedroom move, and our testers called their customer service lines several times over two months.';
    const p3 = 'Harbor Van Lines (licence 614506) started in 1995 with only two trucks and a single depot. The company has grown to a nationwide mover with over seventy trucks in every state.';
    const p4 = 'Its estimates were the most precise of the group: the final bill of each test move was within three per cent of the written quote, and no fees were added on the day.';
    const page = `Harbor Van Lines and four other movers we trust\nBy Jane Smith\nUpdated May 2, 2025\n${p1}\n${p2}\nHarbor Van Lines\nBest for long moves\n${p3}\n${p4}`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toContain(p3);
    expect(kept).toContain(p4);
    expect(why.get(p3)).toBeUndefined();
  });

  it('still leaves out the author’s note under her name when the prose above never names her', () => {
    const p1 = 'Scientists from twelve countries will join the new radio observatory in the desert, the national academy said on Monday, in the largest such project the region has seen.';
    const p2 = 'The first data are expected in 2027, when the instrument starts regular observations of the southern sky and shares them with every partner institute.';
    const note = 'Jane Smith is a reporter for the Daily Example and has covered science for ten years.';
    const page = `Observatory opens its doors\nBy Jane Smith\n${p1}\n${p2}\nJane Smith\n${note}`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual([p1, p2]);
    expect(why.get(note)).toMatch(/author/);
  });

  it('still leaves out the note under her name when the header shows the name alone as the byline, though the article names its writer', () => {
    const p1 = 'Harvest started early this year: the grapes came in from the valley in the first week of September, two weeks ahead of the usual calendar.';
    const p2 = 'Head winemaker Jana Berg receives the grapes at the cellar door and sorts them by hand before the first pressing starts in the afternoon.';
    const p3 = 'The juice then rests for a day in steel tanks, where the solids settle, before the yeast is added and the fermentation can begin.';
    const note = 'Jana Berg is the head winemaker and a co-founder of the winehouse, with over a decade of experience in winemaking and wine education.';
    const page = `Harvest notes from the cellar\nJana Berg\nSeptember 12, 2025\n${p1}\n${p2}\n${p3}\nJana Berg\n${note}`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual([p1, p2, p3]);
    // This rule's reason: the note at the page's foot would be caught by another rule even without it.
    expect(why.get(note)).toMatch(/named in its byline/);
  });
});
