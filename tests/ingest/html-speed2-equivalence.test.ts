/**
 * Session 32's speed shortcuts held to the code they stand for: each must answer as the longer way did.
 */
import { describe, expect, it } from 'vitest';
import { upperCaseParsedTag, upperCaseTag } from '../../scripts/ingest/lib/html/prune/tag-name-case.ts';
import { CHROME_RULES } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { labelledBylineAway } from '../../scripts/ingest/lib/bylines/labelled-byline.ts';

/** A seeded generator, so a failure reads the same on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('upperCaseTag and upperCaseParsedTag are toUpperCase', () => {
  const names = ['DIV', 'div', 'Div', 'H1', 'h1', 'O:P', 'o:p', 'my-Element', 'MY-ELEMENT', '', 'ß', 'é', 'É', 'straße', 'ſpan', 'ﬁgure', 'İ', 'ı', '@', '`', '{', 'Z', 'a', 'z'];
  it('on plain, prefixed, custom and non-ASCII names', () => {
    for (const name of names) {
      expect(upperCaseTag(name), name).toBe(name.toUpperCase());
      expect(upperCaseParsedTag(name), name).toBe(name.toUpperCase());
      // Asked again (the parsed one remembered).
      expect(upperCaseParsedTag(name), name).toBe(name.toUpperCase());
    }
  });

  it('on random names of ASCII around the letters and beyond it', () => {
    const next = random(32);
    const alphabet = [...'`abyz{@ABYZ[09-:_', 'é', 'ß', 'ſ', 'ı', '\u0131', '\u1e9e', '\ud801\udc28'];
    for (let i = 0; i < 3000; i++) {
      let name = '';
      const length = 1 + Math.floor(next() * 8);
      for (let j = 0; j < length; j++) name += alphabet[Math.floor(next() * alphabet.length)];
      expect(upperCaseTag(name), name).toBe(name.toUpperCase());
      expect(upperCaseParsedTag(name), name).toBe(name.toUpperCase());
    }
  });
});

describe("the comment-form rule's mayMatch takes every line the rule matches", () => {
  const rule = CHROME_RULES.find((r) => r.id === 'comment-form')!;
  const lines = [
    '12 comments', '3 Comments(s)', 'No comments', 'View your comments', 'Leave a comment', 'Post a Comment...', 'Read comments (4)',
    'Go to forum', 'GO TO FORUM now', 'Comments (12)', 'comment(3)', 'Username', 'user name required', 'Your comment', 'Your Name required',
    'your e-mail', 'YOUR EMAIL REQUIRED', 'Enter the words you see:', 'Enter the code you see below', 'All comments may be moderated.',
    'Your COMMENTS WILL BE DELETED if off topic', 'Racist or abusive remarks are off-topic and removed', 'Abusive posts are off-topic.',
    'Submit', 'SUBMIT', 'Captcha', 'ſubmit', 'ſuBMIT', 'captcha ', 'submitted', 'Your answer', 'A paragraph about forums and user names.',
    'Comments may be removed', 'Write comments', 'A long paragraph on comments, which may be read by the moderators some day.',
  ];
  it('on each alternative, in any case, and on lines it must not take', () => {
    for (const line of lines) expect(!rule.mayMatch || rule.mayMatch.test(line) || !rule.line.test(line), line).toBe(true);
  });

  it('on random lines made of its words', () => {
    const next = random(5);
    const parts = ['comment', 'COMMENTS', 'ſ', 'submit', 'captcha', 'your ', 'name', 'user', ' ', 'go to forum', 'enter the ', 'words', 'you see', 'racist', 'abusive', 'off-topic', ' may be ', 'removed', '(3)', '12', 'no ', 'view ', 'K', 'x', '.'];
    for (let i = 0; i < 20000; i++) {
      let line = '';
      const length = 1 + Math.floor(next() * 6);
      for (let j = 0; j < length; j++) line += parts[Math.floor(next() * parts.length)];
      if (rule.line.test(line)) expect(rule.mayMatch!.test(line), line).toBe(true);
    }
  });
});

describe('labelledBylineAway: a name over its note, found only where a line under it can be the note', () => {
  const prose = 'The study followed the tides along the coast for three years and measured how the sand moved.';
  const read = (...footer: string[]) => labelledBylineAway([prose, prose, ...footer], 0, 1, 'en')?.author ?? null;

  it('a note opening with the first name, after spaces, or past a short caption', () => {
    expect(read('Anna Kestrel', '  Anna is a science writer who covers ocean research and sails.')).toBe('Anna Kestrel');
    expect(read('Anna Kestrel', 'Ocean Writer', 'Anna Kestrel has written about climate science for ten years now.')).toBe('Anna Kestrel');
    expect(read('Anna Kestrel Ocean Researcher & Science Writer', 'Anna explores how tides shape coastal towns and who measures them.')).toBe('Anna Kestrel');
    expect(read('Ottilie Brenner', 'is the editor and founder of a small journal on gardens.')).toBe('Ottilie Brenner');
  });

  it('no name where no line under it opens with its first word or goes on as a note', () => {
    expect(read('Anna Kestrel', 'Mara is a science writer who covers ocean research and sails.')).toBeNull();
    expect(read('Anna Kestrel', 'Anna is a science writer who covers ocean research and sails')).toBeNull();
    expect(read('Anna Kestrel', 'Ocean Writer', 'Annabel is a science writer who covers ocean research and sails.')).toBeNull();
  });
});
