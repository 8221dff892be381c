// Session 45's prechecks in block features' caption test (issue #13, item 8) answer as the forms they cut
// short: a credit run into the caption (GLUED_CREDIT) looked for only in a line with a slash or ending on
// a word or two right after a sentence's mark; a © credit only in a line with a ©; " more" / " less" read at
// the line's end, not after every space. On nasty, random and slot-built lines.
import { describe, expect, it } from 'vitest';
import { endsOnCreditTail, endsOnCreditTailReadForTests } from '../../scripts/ingest/lib/page-text/lines/caption-credit-tails.ts';
import { creditNamedByItsLabel, creditNamedByItsLabelReadForTests } from '../../scripts/ingest/lib/page-text/lines/caption-credit-labels.ts';
import { CAPTION_MAY_MATCH_FOR_TESTS, captionMayMatch } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';

/** A small deterministic generator: the same random lines on every run. */
function randomLines(seed: number, alphabet: string[], count: number, maxParts: number): string[] {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * maxParts) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
}

/** Lines made of one piece from each slot in turn (random within a slot): lines shaped as the patterns read them, and near misses. */
function slotLines(seed: number, slots: string[][], count: number): string[] {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  return Array.from({ length: count }, () => slots.map((slot) => slot[Math.floor(next() * slot.length)]).join(''));
}

// White space of every kind `\s` reads (and two it does not: a zero-width space, a word joiner), surrogate
// pairs that are letters (𝐀, 𝒶) and that are not (an emoji), a lone surrogate of each half.
const SPACES = [' ', ' ', '  ', '\u00a0', '\t', '\u2009', '\u3000', '\ufeff', '\u200b', '\u2060'];
const ODD = ['𝐀', '𝒶', '😀', '\ud835', '\udc00', 'ß', 'İ', 'ſ', 'K', 'é', 'Ж', 'ж', 'Ω', '中', '-', '–', "'", '’', '&', '.', '!', '?', '…', '"', '”', ')', '/', '|', '©', '#', '1'];

describe('endsOnCreditTail: a glued credit looked for only where the line ends so', () => {
  const NASTY = [
    '', ' ', '.', 'A', '.A', '.Ab', 'x.Ab', 'ab.Ab', ' ab.Ab', 'x ab.Getty Images', 'Die Patientin will sich bei der Genesung unterstützen.Getty Images',
    'Ein Mann steht vor dem Haus und wartet.Getty Images ', 'Ein Mann steht vor dem Haus und wartet.Getty  Images', 'Ein Mann steht vor dem Haus und wartet.Getty\tImages',
    'Ein Mann steht vor dem Haus und wartet.Getty\u00a0Images', 'Ein Mann steht vor dem Haus und wartet. Getty Images', 'Ein Mann steht vor dem Haus und wartet!Reuters',
    'Ein Mann steht vor dem Haus und wartet?Dpa-Foto', 'Ein Mann steht vor dem Haus und wartet.Dpa-', 'Ein Mann steht vor dem Haus und wartet.-', 'Ein Mann steht vor dem Haus und wartet.𝐀𝐛',
    'Ein Mann steht vor dem Haus und wartet.Ab𝐀', 'Ein Mann steht vor dem Haus und wartet.Ab😀', 'Ein Mann steht vor dem Haus und wartet.Ab\udc00', 'Ein Mann steht vor dem Haus und wartet.\ud835Ab',
    'El alcalde visitó hoy el refugio del municipio vecino de BédarHafen Notdienst/EFE', 'El alcalde visitó hoy el refugio del municipio vecino de BédarHafen Notdienst / EFE Fotos',
    'a b c d.Http.Logging', 'Read it at TechPolicy.Press', 'Three words here.Click To Tweet', 'Ein Satz mit vier Wörtern.Ab Cd Ef', 'Ein Satz mit vier Wörtern.Ab Cd',
    'Ein Satz mit vier Wörtern. Ab Cd', 'Ein Satz mit vier Wörtern.Ab  Cd', 'Ein Satz mit vier Wörtern.ab Cd', 'Ein Satz mit vier Wörtern.AB CD', 'one two three four.Ωmega Ζeta',
    `${'word '.repeat(300)}end.Getty Images`, `${'.'.repeat(200)}Ab`, `${'a.'.repeat(200)}Ab Cd`, `${' '.repeat(100)}x.Ab`,
  ];
  it('answers as the form without the precheck', () => {
    const lines = [
      ...NASTY,
      ...randomLines(45, ['Ab', 'Getty', 'Images', 'wartet', 'ab', 'cd', 'de', 'X', ...SPACES, ...ODD], 20000, 12),
      ...slotLines(451, [['Ein Mann wartet vor dem Haus', 'one two three four', 'Der Hafen am Morgen', 'a b', '', 'Foto: x'], ['', '.', '.', '!', '?', '. ', '..', '…', '”'], ['Getty', 'Ab', 'ab', '𝐀b', 'É', '', '-'], ['', ...SPACES, '-'], ['Images', 'Cd', 'cd', '', '𝒶', 'Ef Gh'], ['', '', '', ' ', '.', '/EFE', '/dpa', ' / EFE']], 30000),
    ];
    let credits = 0;
    let glued = 0;
    for (const line of lines) {
      const was = endsOnCreditTailReadForTests(line);
      if (was) credits++;
      // Without a slash or a photo's word, only the credit run into the caption's full stop is found: the end the precheck reads.
      if (was && !/[/©]|foto|photo|supplied|handout|legende|unterschrift/i.test(line)) glued++;
      expect(endsOnCreditTail(line), JSON.stringify(line)).toBe(was);
    }
    // The lines reach the rule: many end on a credit, many of them glued (a test that could not fail otherwise).
    expect(credits).toBeGreaterThan(300);
    expect(glued).toBeGreaterThan(150);
  });
});

describe('creditNamedByItsLabel: a © credit only in a line with a ©', () => {
  const NASTY = ['', '©', ' ©', 'a©', 'Die Bäume im Park blühen schon früh© Jane Roe/hafenbild.de', 'The harbour at dawn © Jane Roe/Harbor', 'The harbour at dawn ©Jane Roe / Harbor Images', 'Foto: Jane Roe', '(Photo: Jane Roe)', 'Archivbild: dpa', 'Â© 2024', '(c) Jane Roe/Harbor'];
  it('answers as the form without the search', () => {
    const lines = [
      ...NASTY,
      ...randomLines(452, ['©', 'Jane', 'Roe', '/', 'harbor', 'Harbor', 'images', 'Foto', ':', 'muss', '.de', ...SPACES, ...ODD], 20000, 10),
      ...slotLines(453, [['Die Bäume blühen', 'The harbour at dawn', '', 'Foto:', '(Photo:'], ['', ' ', '\u00a0'], ['©', '', '(c)', 'Â©'], ['', ' '], ['Jane Roe', 'jane', 'Harbor Post', ''], ['', '/', ' / ', ' | '], ['Harbor', 'dpa', 'hafenbild.de', '', 'Images)']], 20000),
    ];
    let credits = 0;
    for (const line of lines) {
      const was = creditNamedByItsLabelReadForTests(line);
      if (was) credits++;
      expect(creditNamedByItsLabel(line), JSON.stringify(line)).toBe(was);
    }
    console.log('credits', credits);
    expect(credits).toBeGreaterThan(500);
  });
});

describe('captionMayMatch: the words searched, " more" / " less" read at the end', () => {
  const NASTY = ['', 'more', ' more', 'x more', 'x More', 'x MORE', 'x\u00a0more', 'x\tless', 'x\u3000less', 'x\ufeffmore', 'x\u200bmore', 'x more ', 'x more.', 'x mores', 'xmore', 'more x', 'x less more', 'x ſess', 'x le\u017fs', 'Photo', 'x/y', '[+]', '©', 'quelle'];
  it('answers as the one pattern', () => {
    const lines = [
      ...NASTY,
      ...randomLines(454, ['more', 'less', 'MORE', 'Less', 'mor', 'e', 'x', 'photo', 'PHOTO', 'bild', '[+', ']', ...SPACES, ...ODD], 20000, 8),
      ...slotLines(455, [['Read', 'Show', '', 'a photo of', 'x'], ['', ...SPACES], ['more', 'less', 'More', 'LESS', 'mehr', 'mor'], ['', ' ', '.', '…', 'e']], 5000),
    ];
    let may = 0;
    for (const line of lines) {
      const was = CAPTION_MAY_MATCH_FOR_TESTS.test(line);
      if (was) may++;
      expect(captionMayMatch(line), JSON.stringify(line)).toBe(was);
    }
    expect(may).toBeGreaterThan(1000);
  });
});
