/**
 * "Todd G. Rasmussen said in the complaint:" was shown on his page as what he said, and the words he
 * said, the next paragraph in quotation marks, were nobody's. A sentence that names the speaker and ends
 * with a colon leads in to the words that follow: it is no quotation itself, and the next paragraph,
 * when it opens with a quotation mark, is that speaker's. A colon sentence with quoted words stays a
 * quotation ("Wang said: “We will …”"), and a paragraph that does not open quoted is nobody's.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../scripts/ingest/stages/people.ts';
import { Report } from '../../scripts/ingest/report.ts';
import { splitSentences } from '../../scripts/ingest/lib/page-text/language/sentences.ts';
import type { Paragraph } from '../../scripts/ingest/types.ts';

const paragraphsOf = (lines: string[]): Paragraph[] => lines.map((text, i) => ({ id: `p-${i + 1}`, text, sentences: splitSentences(text) }));
const quoted = (lines: string[]) => findPeople(paragraphsOf(lines), new Report('t')).quotes.map((q) => `${q.person} ${q.paragraph} ${q.kind}`);

describe('people: a sentence that leads in with a colon', () => {
  it('is no quotation; the quoted paragraph after it is the speaker’s', () => {
    expect(
      quoted([
        'The families filed suit in county court on Monday.',
        'Their lawyer Marta Ilves said in the complaint:',
        '“The company knew the bridge was unsafe for more than two years and did nothing to close it.”',
      ]),
    ).toEqual(['marta-ilves p-3 direct']);
  });

  it('keeps a colon sentence that holds the quoted words, and gives nothing to a paragraph that does not open quoted', () => {
    expect(quoted(['Minister Wang Lei said: “We will open the second laboratory next spring with our partners.”'])).toEqual(['wang-lei p-1 direct']);
    expect(quoted(['Their lawyer Marta Ilves said in the complaint:', 'The hearing is set for June, the court said.'])).toEqual([]);
  });
});
