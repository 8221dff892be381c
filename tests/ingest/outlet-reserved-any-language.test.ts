/**
 * A copyright line in Arabic ("© جميع الحقوق محفوظة") gave "جميع الحقوق محفوظة", "all rights reserved",
 * as the page's outlet: the mark was cut, the reservation read as the holder's name. Any language's
 * reservation (chrome/rights-reserved.ts) is a notice, never a name; the name beside it stays, and so
 * does a name that merely holds one of its words.
 */
import { describe, expect, it } from 'vitest';
import { outletName } from '../../scripts/ingest/lib/page-text/headline/outlet-name.ts';
import { article, PROSE } from './helpers.ts';

describe('outlet: "all rights reserved" in any language is no name', () => {
  it('a reservation alone names nothing', () => {
    for (const raw of ['جميع الحقوق محفوظة', 'جميع الحقوق محفوظة.', 'Все права защищены', 'Wszelkie prawa zastrzeżone', '版权所有', 'Tüm hakları saklıdır'])
      expect(outletName(raw), raw).toBeNull();
  });

  it('the name before it stays', () => {
    expect(outletName('صحيفة الوادي - جميع الحقوق محفوظة')).toBe('صحيفة الوادي');
    expect(outletName('© 2024 Речной вестник. Все права защищены.')).toBe('Речной вестник');
    expect(outletName('河谷日报版权所有')).toBe('河谷日报');
  });

  it('a name holding one of its words stays', () => {
    expect(outletName('الحقوق اليوم')).toBe('الحقوق اليوم');
    expect(outletName('Права человека')).toBe('Права человека');
  });

  it('a text copyright line of the mark and the reservation gives no outlet', () => {
    const text = `Council approves the new river bridge\n\n${PROSE}\n\n© جميع الحقوق محفوظة`;
    expect(article(text).record.outlet).toBeNull();
    expect(article(`Council approves the new river bridge\n\n${PROSE}\n\n© 2024 Sample Courier`).record.outlet).toBe('Sample Courier');
  });
});
