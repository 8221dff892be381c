/**
 * Main-text precision: a picture's caption whose credit in brackets innerText broke over lines
 * ("English ivy is easy to grow (" / "Image:" / "Harbor Pictures)"). The caption, the label and the
 * credit are left out and the article runs on past them; a listing's line that ends on an open
 * bracket ("print(") has no picture's label under it and stays. Invented pages; the caption cases
 * failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const EN = [
  'The council agreed on Monday that the new bridge over the river will open to traffic before the summer holidays, a month earlier than planned.',
  'Officials said the work cost less than expected because the winter was mild and the builder hired more people for the night shifts on the site.',
  'People in the harbour district say they have waited years for the bridge, since the drive into town now takes them the long way round.',
  'The council also plans a cycle path along the river next year, linking the bridge with the city park and the railway station to the north.',
];
const HEAD = 'New bridge opens before the holidays\nBy Ann Lee\nMarch 12, 2024';

describe('main-text precision: a caption whose bracketed credit is broken over lines', () => {
  it('leaves out the caption, the label and the credit between paragraphs', () => {
    const caption = ['The bridge seen from the harbour wall on Sunday (', 'Image:', 'Harbor Pictures/Coastline)'];
    const { kept, why } = chooseArticle(`${HEAD}\n${EN[0]}\n${EN[1]}\n${caption.join('\n')}\n${EN[2]}\n${EN[3]}`);
    expect(kept).toEqual(EN);
    for (const line of caption) expect(why.get(line)).toMatch(/picture's (?:caption|credit)/);
  });

  it('leaves out a bracket alone over a label that carries the credit', () => {
    const caption = ['(', 'Image: Harbor Pictures)'];
    const { kept, why } = chooseArticle(`${HEAD}\n${EN[0]}\n${EN[1]}\n${caption.join('\n')}\n${EN[2]}\n${EN[3]}`);
    // (The credit itself is the chrome rule's: the clean stage takes it out under its own name.)
    expect(kept.filter((l) => l !== caption[1])).toEqual(EN);
    expect(why.get('(')).toMatch(/picture's caption/);
  });

  it('keeps a line that ends on an open bracket with no picture\'s label under it', () => {
    const code = ['The script prints the total with one call:', 'print(', 'total)'];
    const { kept } = chooseArticle(`${HEAD}\n${EN[0]}\n${EN[1]}\n${code.join('\n')}\n${EN[2]}\n${EN[3]}`);
    expect(kept).toContain('print(');
  });
});
