/**
 * A seed's file name is shown on its article page as written, but a name is chosen by whoever saved the
 * file: a right-to-left override inside it ("report<RLO>txt.exe") makes the page show another name
 * than the file's, and a newline or a zero-width character hides one. Such characters are shown as
 * their code point; every other character stays as it is.
 */
import { describe, expect, it } from 'vitest';
import { fileNameText, printable } from '../../src/lib/text/hidden-characters.ts';

describe('fileNameText', () => {
  it('leaves ordinary names, in any script, as they are', () => {
    for (const name of ['2024-03-09 joint lab.txt', 'تقرير المختبر.html', '联合实验室.txt', 'café – note.htm', 'توافق\u200Cنامه.txt', '👨\u200D👩\u200D👧.txt']) expect(fileNameText(name)).toBe(name);
  });
  it('shows bidi controls, line breaks, other controls and invisible characters as code points', () => {
    expect(fileNameText('report\u202Etxt.exe')).toBe('report[U+202E]txt.exe');
    expect(fileNameText('a\u2066b\u2069.txt')).toBe('a[U+2066]b[U+2069].txt');
    expect(fileNameText('two\nlines\r.txt')).toBe('two[U+000A]lines[U+000D].txt');
    expect(fileNameText('x\u200By\u2028z\u0085\u001b.txt')).toBe('x[U+200B]y[U+2028]z[U+0085][U+001B].txt');
    expect(fileNameText('left\u200Emark\u061C.txt')).toBe('left[U+200E]mark[U+061C].txt');
  });
});

describe('printable (the console)', () => {
  it('leaves text in any script as it is, the joiners and zero-width characters too', () => {
    for (const text of ['تقرير المختبر.html', '联合实验室.txt', 'توافق\u200Cنامه.txt', 'x\u200By.txt']) expect(printable(text)).toBe(text);
  });
  it('writes controls, terminal escapes, bidi controls and line separators as escapes', () => {
    expect(printable('report\u202Etxt.exe')).toBe('report\\u{202e}txt.exe');
    expect(printable('\u001b[31mred\u0085\u007f')).toBe('\\u{1b}[31mred\\u{85}\\u{7f}');
    expect(printable('a\u2028b\u2029c\u061Cd\u2066e')).toBe('a\\u{2028}b\\u{2029}c\\u{61c}d\\u{2066}e');
  });
});
