/**
 * Main-text precision: a press release closes on the company's standard description ("Acme is a
 * global provider of…", "Acme is headquartered in … and employs around 900 people"), the same
 * paragraphs under every release it sends. They read as prose, but they are no part of the news: they
 * are left out where they close the article, with the reason reported, and kept where the article
 * itself goes on under a sentence on the company. Invented pages; the closing cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const HEAD = 'Norvane Instruments and a hospital group team up on bedside monitors\nMarch 3, 2026';
const A1 = 'Norvane Instruments, a maker of bedside monitors, announced a partnership with a regional hospital group to bring its alarm software to four intensive care wards this spring.';
const A2 = 'The software sorts the alarms of several monitors by urgency and sends only the pressing ones to the nurses on duty, who said the constant beeping had worn them down.';
const A3 = '“We want the nurses to hear the alarms that matter,” said Lena Oakridge, who leads the hospital group’s nursing staff, adding that the first ward would switch over in April.';
const ABOUT1 = 'Norvane Instruments is a global solutions provider focused on patient monitoring and mobile workflow tools. Its mission is to close the gaps in clinical information at every bedside.';
const ABOUT2 = 'Norvane Instruments is headquartered in Lakeford, has subsidiaries in 12 countries and employs around 900 people worldwide. Its shares are listed on the stock exchange in Lakeford.';

describe('main-text precision: the company’s standard description under a press release', () => {
  it('leaves out the two paragraphs describing the company under the last paragraph', () => {
    const { kept, why } = chooseArticle(`${HEAD}\n${A1}\n${A2}\n${A3}\n${ABOUT1}\n${ABOUT2}\nStay up to date. Subscribe to our newsletter.`);
    expect(kept).toEqual([A1, A2, A3]);
    expect(why.get(ABOUT1)).toMatch(/company/);
    expect(why.get(ABOUT2)).toMatch(/company/);
  });

  it('leaves out the description under an "About" line', () => {
    const about = 'Norvane Instruments is a leading maker of patient monitors for hospitals and clinics. For more information, visit the company’s website.';
    // (A headline that names the company would make the "About" line read as an author's name line.)
    const { kept, why } = chooseArticle(`Hospital group picks new bedside monitors\nMarch 3, 2026\n${A1}\n${A2}\n${A3}\nAbout Norvane Instruments\n${about}`);
    expect(kept).toEqual([A1, A2, A3]);
    expect(why.get(about)).toMatch(/company/);
  });

  it('keeps a sentence on the company that the article goes on from', () => {
    const context = 'Norvane Instruments is a mid-sized company headquartered in Lakeford, where it employs around 900 people in two plants, most of them on the assembly lines.';
    const { kept } = chooseArticle(`${HEAD}\n${A1}\n${context}\n${A2}\n${A3}`);
    expect(kept).toEqual([A1, context, A2, A3]);
  });

  it('keeps a last paragraph on the company that reads as the article (no standard description)', () => {
    const last = 'Norvane Instruments is a company that has grown fast since the pandemic, and its rivals said on Tuesday that they would answer with monitors of their own before the summer.';
    const { kept } = chooseArticle(`${HEAD}\n${A1}\n${A2}\n${A3}\n${last}`);
    expect(kept).toEqual([A1, A2, A3, last]);
  });
});
