// dedupe keys a paragraph from its sentences' keys (paragraphKey): the same key as textKey of the whole text.
import { describe, expect, it } from 'vitest';
import { paragraphKey } from '../../scripts/ingest/stages/dedupe.ts';
import { splitSentences } from '../../scripts/ingest/lib/page-text/language/sentences.ts';
import { textKey } from '../../scripts/ingest/lib/page-text/language/text.ts';

const fromSentences = (text: string) => paragraphKey(text, splitSentences(text).map(textKey));

const NASTY = [
  'The talks resumed. Officials said "it went well." Then they left!Really? Yes.',
  'global issues.China will respond. U.S. officials met Dr. Smith at 3.5 p.m. today.',
  '它说。我们同意！他们？好的。“是的。”然后',
  'ΟΔΟΣ. Αλλά ΣΟΦΟΣ.’ Ναι ΑΣ.Β ΑΣ.’Β ΑΣ。Β ΑΣ。ΣΑ ΑΣ!Σ',
  "İstanbul. Straße ﬁnancial. Ǆemal ǅemal. ‘Quoted.’ (Bracketed.) [Square.] 'Single.'",
  'Math 𝐀𝐁𝐂. Bold 😀. e\u0301t\u00e9. Two  spaces.\u00a0Non-breaking. Tab.\tEnd.',
  '   ',
  '',
  '. ! ? 。 ”',
];

/** Text from pieces that break sentences and pieces that test lower-casing and word edges. */
function randomText(random: () => number): string {
  const pieces = ['ΑΣ', 'Σ', 'σ', 'ς', 'a', 'Ab', 'word', 'İ', 'ß', '1', '.', '!', '?', '。', '！', '”', '’', "'", '"', ')', ']', '」', ' ', '  ', '\u00a0', 'A', 'B', 'Q', '中', '😀', '\u0301', '-', ',', 'Dr', 'U.S'];
  let text = '';
  const n = Math.floor(random() * 30);
  for (let i = 0; i < n; i++) text += pieces[Math.floor(random() * pieces.length)];
  return text;
}

describe('paragraphKey', () => {
  it('is textKey of the text, on nasty text', () => {
    for (const text of NASTY) expect(fromSentences(text)).toBe(textKey(text));
  });

  it('is textKey of the text, on random text', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 5000; i++) {
      const text = randomText(random);
      expect(fromSentences(text), JSON.stringify(text)).toBe(textKey(text));
    }
  });

  it('keys a text with a capital sigma whole: its small form depends on what follows it', () => {
    // Lower case of the whole and of its pieces differ at a sigma before a break with no space: should
    // a sentence break ever fall there, the key stays the whole text's.
    expect('ΑΣ.Β'.toLowerCase()).not.toBe('ΑΣ.'.toLowerCase() + 'Β'.toLowerCase());
    expect(fromSentences('ΑΣ. Β')).toBe(textKey('ΑΣ. Β'));
  });
});
