/**
 * A line that opens on a small word in lower case and goes on in capitals is a fragment of the
 * page's furniture or of a sentence cut short ("or Create Your Own", "für In- und Outdoor, mit
 * Fernbedienung"), never a headline: a headline opens on a capital, or is set in lower case
 * throughout. A name's particle ("de Blasio …"), a name set in lower case ("adidas …"), a brand
 * written with a capital or a figure inside ("iPhone", "n8n") and a headline all in lower case stay
 * headlines.
 * Small fixtures written here (issue 13).
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { headlineShaped } from '../../scripts/ingest/lib/page-text/headline/headline.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const english = detectLanguage('The council will fund new cycle lanes and repair the old bridge over the next five years.');
const shaped = (line: string) => headlineShaped(line, blockFeatures(line, english), false);

const P1 = 'The city council has approved a plan to build new cycle lanes along the river, the mayor said on Tuesday at a meeting in the town hall.';
const P2 = 'The plan will also repair the old bridge and widen the pavements near the station over the next five years, the council said in a statement.';
const P3 = 'Residents said the first lanes would open next spring, with more to follow in the north of the city once the bridge is done.';
const BODY = `${P1}\n\n${P2}\n\n${P3}`;

describe('a line opening on a word in lower case', () => {
  it.each(['or Create Your Own', 'für In- und Outdoor, mit Fernbedienung, mit Fellschwanz', 'ab 75 Euro Bestellwert kostenfreie Lieferung für Nassfutter'])('"%s" is no headline', (line) => {
    expect(shaped(line)).toBe(false);
  });

  it.each([
    'de Blasio Backs New Cycle Lanes Along the River',
    'creditshelf kooperiert mit finleap und plant Akquisition',
    'adidas Opens Its New Store in Berlin',
    'iPhone Owners Can Now Pay for Bus Tickets',
    'n8n: A Guide to Workflow Automation',
    'macOS update brings Night Shift to the Mac',
    'what is once sprung cannot necessarily be unsprunged',
    'e-Bikes Get Their Own Lanes Along the River',
  ])('"%s" may be one', (line) => {
    expect(shaped(line)).toBe(true);
  });

  it('gives way to the headline far over it', () => {
    // A sidebar box closing right over the story: its topics, then "or Create Your Own" (a button's tail).
    const headline = 'City council approves new cycle lanes along the river';
    const box = ['Related', 'Gallery: The new lanes', 'Map: Where they run', 'Your alerts', 'Cycle lanes', 'City council', ' or Create Your Own', 'Manage Alerts | What Is This?'];
    const page = `Menu\nSearch\n${headline}\nResidents back the plan, officials say\n${box.join('\n')}\n${BODY}`;
    expect(article(page).record.title).toBe(headline);
  });
});
