/**
 * "By" alone on its line, the author's name under it (written twice: the name's link and its card):
 * the name is the byline's, never the headline, however well its line is shaped.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';

describe('text headline over "By" and the author’s name', () => {
  it('is not the name under the label', () => {
    const page = [
      'Subscribe',
      'Valley Farmers Just Named the 25 Best Rice Seeds in the Region—and This One Just Ranked No. 1 (Again)',
      'Two harvests a year in the valley.',
      'By',
      'Jane Roe Smith',
      'Jane Roe Smith',
      'Jane Roe Smith is a writer who covers farming in the valley and the villages around it for the weekly paper.',
      BODY,
    ].join('\n');
    expect(titleOf(page)).toBe('Valley Farmers Just Named the 25 Best Rice Seeds in the Region—and This One Just Ranked No. 1 (Again)');
  });

  it('is not the author’s role under the name', () => {
    const page = ['Best Rice Seed Alternatives', 'We Tested 6 Rice Seed Alternatives - Here’s How They Compare', 'Written by Jane Roe', 'Written by', 'Jane Roe', 'Staff Writer', 'Jane Roe is a writer and researcher covering farming in the valley. Her work focuses on how new seed changes the lives of the farmers who plant it. She is based in the village.', 'Updated on June 26, 2025', BODY].join('\n');
    expect(titleOf(page)).toBe('We Tested 6 Rice Seed Alternatives - Here’s How They Compare');
  });
});
