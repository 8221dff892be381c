/**
 * A headline whose name holds a photo word ("Container Images: …", "Moving Pictures: …") is no photo
 * credit: a credit's label opens the credit or follows the caption's last sentence, while here the word
 * ends a name in capitals. Written for the test.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const P1 = 'The project team published a new set of signed base layers for its build servers on Monday, saying the change would cut the number of known flaws its users inherit.';
const P2 = 'Each layer is rebuilt every night from source, and its list of parts is published beside it so that users can check what they run against public advisories.';
const P3 = 'The team said the first layers cover the most common languages and that others would follow through the spring as volunteers finish testing them.';

describe('a headline whose name ends in a photo word', () => {
  it('is the headline, not a caption', () => {
    const page = `Blog\nSigned Container Images: Fewer Flaws in Every Build\nBy Jane Roe\nMarch 3, 2026\n${P1}\n\n${P2}\n\n${P3}`;
    expect(article(page).record.title).toBe('Signed Container Images: Fewer Flaws in Every Build');
  });

  it('leaves a credit a credit: after the caption, or opening its line', () => {
    const en = detectLanguage(P1);
    for (const line of ["The build servers in the team's lab. Images: Li Wei", 'Images: Li Wei', 'Photo: Jane Roe/Example Agency', 'Students at work in the new lab Photo: Jane Roe']) {
      expect(blockFeatures(line, en).caption, line).toBe(true);
    }
    expect(blockFeatures('Signed Container Images: Fewer Flaws in Every Build', en).caption).toBe(false);
  });
});
