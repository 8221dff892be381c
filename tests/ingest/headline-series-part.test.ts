/**
 * A headline naming its place in a series ("Soil Carbon Accounting, Part IV") has the shape of a byline
 * with its outlet ("Jane Smith, Outlet Name"): capitalised words, a comma, capitalised words. The part
 * of a series is a headline's, never a byline's (issue 13).
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { isAuthorLine } from '../../scripts/ingest/lib/page-text/headline/headline.ts';

const P1 = 'The first three essays in this series set out how soil carbon is measured on farms, and why the measurements of different labs rarely agree.';
const P2 = 'This essay turns from theory to practice: how a cooperative of twelve farms in Kenya keeps one ledger of soil carbon for all of its fields.';
const P3 = 'The ledger records each sample, the lab that tested it and the method used, so that a buyer of carbon credits can check every number.';

describe('a headline that names its part of a series', () => {
  it('is no byline', () => {
    expect(isAuthorLine('Soil Carbon Accounting, Part IV', { byline: false, words: 5 })).toBe(false);
    expect(isAuthorLine('Field Notes, Volume 2', { byline: false, words: 4 })).toBe(false);
    expect(isAuthorLine('Field Notes, Vol. 3', { byline: false, words: 4 })).toBe(false);
    // A name and its outlet still is one.
    expect(isAuthorLine('Jane Smith, Daily Planet', { byline: false, words: 4 })).toBe(true);
  });

  it('is the headline over its subtitle, the author’s name and the date', () => {
    const page = `Field Notes\nSubscribeSign in\nSoil Carbon Accounting, Part IV\nFrom Theory to Practice, One Ledger for Twelve Farms\nJane Smith\nDec 19, 2025\nShare\n${P1}\n\n${P2}\n\n${P3}`;
    expect(article(page).record.title).toBe('Soil Carbon Accounting, Part IV');
  });
});
