/**
 * The text path's author in a row of a post's fields run together under the article (its categories,
 * the author, the date, tags, a comment counter: "lifestyleAnn LeeFebruary 3, 2026Comment"), the row
 * that dates the page (lib/dates/sole-date-line.ts, fieldRowDate): the name between the categories
 * and the date, where the case changes.
 */
import { describe, expect, it } from 'vitest';
import { nameInFieldRow } from '../../scripts/ingest/lib/bylines/name-lines.ts';
import { article, PROSE } from './helpers.ts';

const page = (footer: string) => `Menu\nHome\nHeadline on joint research in science\n${PROSE}\n${PROSE}\n${PROSE}\n\n${footer}`;
const neighbours = '\n\nShare0 Pin0 0 Likes\n\nPrevious\n\nOn The Road: Early Starts\n\nfashionAnn LeeApril 11, 2017\n\nNext\n\nAt Home: Slow Evenings\n\nlifestyleAnn LeeApril 6, 2017';

describe("text author: the name in a row of a post's fields run together", () => {
  it('reads the name between the categories and the date', () => {
    expect(article(page(`lifestyleAnna BergFebruary 3, 2026Comment${neighbours}`)).record.author).toBe('Anna Berg');
    expect(article(page(`GARDEN MAINTENANCEanna bergJune 17, 2021garden, pest control5 Comments${neighbours}`)).record.author).toBe('anna berg');
    expect(article(page(`Field Notes, GuidesAnna McInnesApril 10, 20175 Guides4 Comments${neighbours}`)).record.author).toBe('Anna McInnes');
  });

  it('a section, a role or a row with no change of case names nobody', () => {
    expect(nameInFieldRow('lifestyleNews UpdatesFebruary 3, 2026', 'lifestyleNews Updates'.length)).toBeNull();
    expect(nameInFieldRow('lifestyleStaff WriterFebruary 3, 2026', 'lifestyleStaff Writer'.length)).toBeNull();
    expect(nameInFieldRow('Anna BergFebruary 3, 2026', 'Anna Berg'.length)).toBeNull();
    expect(nameInFieldRow('lifestyleAnna berg LeeFebruary 3, 2026', 'lifestyleAnna berg Lee'.length)).toBeNull();
  });
});
