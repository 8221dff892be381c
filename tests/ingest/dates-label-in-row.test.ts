/**
 * Text path: a row of the article's header fields whose publication label stands after a separator,
 * right before the date ("Ann Lee · Harbor Post · Posted: Aug 08, 2024 4:00 AM EDT | Last Updated:
 * August 8"), under a standfirst of two paragraphs, where only a labelled stamp is read. Invented page.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const HEADLINE = 'What comes next for the harbour after the new port chief is named?';
const STANDFIRST = 'The new chief is seen as a hard-liner on costs, and some traders fear that the plans for the east quay will stall.';
const SUBHEAD = 'The appointment came days after the board rejected the budget for the coming year';
const P = [
  'The harbour board named Ann Lee as its new chief on Wednesday, after a vote that took most of the afternoon and left two members absent.',
  'Traders on the east quay said they had hoped for someone from outside the board, and several said they would ask for a meeting next month.',
  'Lee said in a statement that she would publish a plan for the quay before the end of the year and would meet every trader who asked.',
];

describe('a labelled date in a row of the header fields', () => {
  it('dates the page when its label follows a separator', () => {
    const row = 'Ben Cho · Harbor Post · Posted: Aug 08, 2024 4:00 AM EDT | Last Updated: August 8';
    const { record } = article(`${HEADLINE}\n${STANDFIRST}\n${SUBHEAD}\n${row}\n\n${P.join('\n\n')}`);
    expect(record.date?.date).toBe('2024-08-08');
  });

  it('does not date the page by a sentence that names a publication', () => {
    const line = 'The board said the plan, which it first published: Aug 08, 2024, would be kept';
    const { record } = article(`${HEADLINE}\n${STANDFIRST}\n${SUBHEAD}\n${line}\n\n${P.join('\n\n')}`);
    expect(record.date).toBeNull();
  });
});
