/**
 * "READ MORE: …", "SEE ALSO: …", "RELATED: …", "MORE: …", "WATCH: …": the label of a link to another
 * story set in capitals, as news sites set it between paragraphs (other-stories-labels.ts). English
 * written as a sentence's words ("Read more: …") is left alone: reference texts of guides and shops keep
 * such a line as the article's. Written for the test; the first cases failed before.
 */
import { describe, expect, it } from 'vitest';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';

describe('English "read also" labels in capitals', () => {
  it('are read-also links', () => {
    for (const line of [
      'READ MORE: Harbor council approves the new ferry terminal',
      'SEE ALSO: What the new bridge toll means for commuters',
      'RELATED: Port workers vote to strike over pay',
      'MORE: Ten photos of the harbor festival that will make you smile',
      'WATCH: Crowds gather as the tall ships sail in',
      'ALSO READ: The harbor’s oldest pub closes after 200 years',
    ]) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'read-also' });
  });

  it('leave a sentence, a mixed-case label and a heading without a colon alone', () => {
    for (const line of [
      // a sentence after the label: the article's own words
      'MORE: The council will meet again on Tuesday to vote on the plan.',
      // written as words, not capitals: a guide's inline link that reference texts keep
      'Read more: How we tested the harbor ferries',
      'Related: The best ferry routes for families',
      // a sub-heading in capitals, no label
      'WATCH THE TIDES BEFORE YOU SAIL',
      'WHAT HAPPENS NEXT: The vote and the appeal',
    ]) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: undefined });
  });
});
