/**
 * The direction a title or paragraph is shown in: right to left when most of its letters are of a
 * right-to-left script, whatever letter comes first. `dir="auto"` alone reads only the first strong
 * letter, so a right-to-left headline that opens with a Latin acronym or a number-and-name was shown
 * left to right, its words in reverse order for its readers. All texts are invented.
 */
import { describe, expect, it } from 'vitest';
import { rtlDir, textDir } from '../../src/lib/text/text-direction.ts';
import { addParagraphLinks } from '../../src/lib/text/paragraph-links.ts';
import { cpuSeconds } from '../ingest/cpu-seconds.ts';

describe('textDir', () => {
  it('is rtl for right-to-left text that opens with a Latin word', () => {
    expect(textDir('ABC و XYZ: شراكة جديدة في البحث العلمي')).toBe('rtl');
    expect(textDir('NASA ו-ESA חותמות על הסכם חדש למחקר משותף')).toBe('rtl');
    expect(textDir('«2025» سال همکاری‌های تازه')).toBe('rtl');
  });
  it('leaves left-to-right and mixed text to the browser (auto)', () => {
    expect(textDir('A new agreement on joint research')).toBe('auto');
    expect(textDir('The word سلام means peace in the report')).toBe('auto');
    expect(textDir('联合实验室开放')).toBe('auto');
    expect(textDir('🚀🚀 2024')).toBe('auto');
    expect(textDir('')).toBe('auto');
  });
  it('gives an attribute only for right-to-left text (rtlDir), for <bdi> that is auto by itself', () => {
    expect(rtlDir('ABC و XYZ: شراكة جديدة')).toBe('rtl');
    expect(rtlDir('A plain title')).toBeUndefined();
  });
  it('reads long texts in linear time', () => {
    const text = 'ABC شراكة '.repeat(200_000);
    let dir: string | undefined;
    expect(cpuSeconds(() => (dir = textDir(text)))).toBeLessThan(2);
    expect(dir).toBe('rtl');
  });
});

describe('paragraph permalinks', () => {
  it('set the direction of a right-to-left paragraph that opens with a Latin word, and auto otherwise', () => {
    const html = addParagraphLinks('<p id="p-1">XYZ <em>هو</em> برنامج دولي للبحث المشترك.</p>\n<p id="p-2">A plain paragraph.</p>');
    expect(html).toContain('<p id="p-1" dir="rtl">');
    expect(html).toContain('<p id="p-2" dir="auto">');
  });
});
