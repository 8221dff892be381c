/**
 * A picture's credit alone on its line, naming the picture agency or stock library it came from
 * (lib/page-text/chrome/picture-library-credits.ts): the HTML path reads it inside the picture's figure,
 * the text path by the library's name in a line of names. Lines that name the library in a sentence, or
 * a man or a museum by the same word, stay. Every line here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { clean } from '../../scripts/ingest/stages/clean.ts';
import { Report } from '../../scripts/ingest/report.ts';
import type { Unit } from '../../scripts/ingest/types.ts';
import { chooseArticle } from '../helpers/main-text.ts';

const ruleOf = (line: string) => ({ line, rule: chromeRuleOf(line)?.id });

describe("a picture library's credit alone", () => {
  it('the photographer and the library, parted by a slash, a bar, "via" or "for", in any case, perhaps in brackets', () => {
    const lines = [
      'Jane Roe/Getty Images',
      'Jane Roe / Getty Images',
      'Jane Roe/Getty',
      'Jane Roe via Getty Images',
      'JaneRoePhoto via Getty Images',
      'Harbor Wire | Getty Images',
      'Jane Roe | Harbor Wire | Getty Images',
      'HWP//Getty Images',
      'HWP/Harbor Wire Pictures via Getty Images, FILE',
      'JANE ROE/GETTY IMAGES',
      'BY JANE M. ROE/GETTY IMAGES.',
      '(Jane Roe/Getty Images)',
      '(Getty)',
      'GETTY',
      'Getty Images',
      'Getty Images / Roestudio',
      'Harbor Studio / Shutterstock',
      'Shutterstock',
      'Jane Roe/iStockphoto',
      'Photographer: Jane Roe/HWP/Getty Images',
      'Jane Roe/Getty Images for Harbor Wire',
    ];
    for (const line of lines) expect(ruleOf(line)).toEqual({ line, rule: 'picture-library-credit' });
  });

  it('leaves a man, a museum, a sentence about the library and a caption with its credit run in', () => {
    const lines = [
      'Paul Getty',
      'J. Paul Getty',
      'The Getty Center',
      'Visiting the Getty',
      'Getty Images said on Monday it would cut 200 jobs.',
      'The museum bought the picture from Getty Images in 2020.',
      'the getty archive',
      'Shutterstock shares fell after the report',
      'Jane Roe, Tom Hale and Ann Lee met at the harbour on Sunday to sign the deal / Getty Images',
    ];
    for (const line of lines) expect(ruleOf(line)?.rule, line).not.toBe('picture-library-credit');
  });
});

const A1 = 'The harbour board said on Tuesday that the old pier will close for repairs in May, after divers found cracks in three of its pillars.';
const A2 = 'Repairs will take most of the summer, the board said, and the ferries will use the new pier on the other side of the bay until then.';
const A3 = 'Fishermen who moor at the old pier will be given places at the marina for the same fee, the harbour master told the council.';

describe('between the article paragraphs', () => {
  it('the article runs on across the credits (the clean stage then removes them), its paragraphs all kept', () => {
    const page = `Old pier to close for repairs\n${A1}\nJane Roe/Getty Images\n${A2}\nHarbor Studio / Shutterstock\n${A3}`;
    const { kept } = chooseArticle(page);
    expect(kept.filter((l) => chromeRuleOf(l)?.id !== 'picture-library-credit')).toEqual([A1, A2, A3]);
  });

  it('the clean stage removes it and reports it with its reason', () => {
    const unit = (text: string) => ({ text, zone: 'body' }) as Unit;
    const units = [unit(A1), unit('Jane Roe via Getty Images'), unit(A2), unit('Paul Getty')];
    const report = new Report('credits.txt');
    const kept = clean(units, { headline: '' } as never, report);
    expect(kept.map((u) => u.text)).toEqual([A1, A2, 'Paul Getty']);
    expect(report.entries.map((e) => [e.rule, e.action, e.text])).toEqual([['picture-library-credit', 'removed', 'Jane Roe via Getty Images']]);
    expect(report.entries[0].detail).toMatch(/stock library/);
  });
});
