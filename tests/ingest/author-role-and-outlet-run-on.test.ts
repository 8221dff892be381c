/**
 * What a byline runs on after the name with no separator left (lib/bylines/author.ts): a role whose rank
 * opens it, in capitals, after a space or run into the surname ("ANNA BERGSTAFF WRITER"); a credits
 * row whose roles run into the next part ("Anna BergWriterPhotographerLi Wei"); an outlet after a name
 * in mixed case, a brand's word ("FOXBusiness") or one word and "News" ("Fox News"). Each is cut, and
 * the name kept; what only looks like one stays.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';
import { cleanAuthor } from '../../scripts/ingest/lib/bylines/author.ts';

describe('bylines: a role in capitals whose rank opens it', () => {
  it('cuts it after the name, run into the surname or not', () => {
    expect(cleanAuthor('BY ANNA BERGSTAFF WRITER ')).toBe('ANNA BERG');
    expect(cleanAuthor('ANNA BERG STAFF WRITER')).toBe('ANNA BERG');
    expect(cleanAuthor('LI WEISENIOR CORRESPONDENT')).toBe('LI WEI');
    expect(cleanAuthor('JO PARK CONTRIBUTING EDITOR')).toBe('JO PARK');
  });

  it('leaves a role alone, one word before it, and a name with no rank after it', () => {
    expect(cleanAuthor('STAFF WRITER')).toBe('STAFF WRITER');
    expect(cleanAuthor('ANNA STAFF WRITER')).toBe('ANNA STAFF WRITER');
    expect(cleanAuthor('ANNA BERG')).toBe('ANNA BERG');
    // Mixed case: the case already tells the boundary (author-caps-name-before-role.test.ts).
    expect(cleanAuthor('Anna Berg Staff Writer')).toBe('Anna Berg');
  });
});

describe('bylines: a credits row run together', () => {
  it('keeps the name before its role, when the role runs into the next part', () => {
    expect(cleanAuthor('Anna BergWriterPhotographerLi WeiIllustratorMar 20, 2024')).toBe('Anna Berg');
    expect(cleanAuthor('Jana NovákováRedakteurinFotografLi Wei')).toBe('Jana Nováková');
  });

  it('leaves a name whose capitals inside it are no role', () => {
    expect(cleanAuthor('Anna McAllister')).toBe('Anna McAllister');
    expect(cleanAuthor('BrightVault')).toBe('BrightVault');
    expect(cleanAuthor('Anna BergMcAllisterWest')).toBe('Anna BergMcAllisterWest');
  });
});

describe('bylines: the outlet run after a name in mixed case', () => {
  it("cuts a brand's word and a one-word outlet's \"News\"", () => {
    expect(cleanAuthor('By Anna Berg FOXBusiness')).toBe('Anna Berg');
    expect(cleanAuthor('By Anna Berg Harbor News')).toBe('Anna Berg');
    expect(cleanAuthor("By Sean O'Neil CNNMoney")).toBe("Sean O'Neil");
  });

  it('leaves a name of one word, words that are no name, and short words in capitals', () => {
    expect(cleanAuthor('Anna FOXBusiness')).toBe('Anna FOXBusiness');
    expect(cleanAuthor('Home Security FAQs')).toBe('Home Security FAQs');
    expect(cleanAuthor('Explore KFF Health News')).toBe('Explore KFF Health News');
    expect(cleanAuthor('By ANNA BERG Harbor News')).toBe('ANNA BERG Harbor News');
  });
});

describe('bylines run on, on the text path', () => {
  it('reads the name of a byline with its outlet run after it, under the headline', () => {
    const text = `Home\nNews\nWorld\n\nHarbor tides and the new research buoys at sea\nBy Anna Berg Harbor News\nPublished March 3, 2024\n\n${PROSE}\n\n${PROSE}\n\n${PROSE}\n`;
    expect(article(text, 'page.txt').record.author).toBe('Anna Berg');
  });
});
