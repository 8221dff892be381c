/**
 * Copyright notices in the forms pages really write them name no outlet either: the plural
 * "Copyrights" and "Â©", the mark as UTF-8 read as Windows-1252 (the same mojibake the decode stage
 * repairs in a whole text, here left in one field).
 */
import { describe, expect, it } from 'vitest';
import { outletName } from '../../scripts/ingest/lib/page-text/headline/outlet-name.ts';
import { article, PROSE } from './helpers.ts';

describe('outlet: other forms of the copyright notice', () => {
  it('a notice alone, in the plural or as mojibake, is no outlet', () => {
    for (const raw of ['Copyrights', 'Copyrights ©', 'Â©', 'Â© 2021', 'Copyrights 2019-2024', 'Â© Copyrights']) {
      expect(outletName(raw), raw).toBeNull();
    }
  });

  it('the name beside such a notice is kept', () => {
    expect(outletName('Copyrights © 2022 Sample Courier')).toBe('Sample Courier');
    expect(outletName('Â© 2020 Sample Ledger. All rights reserved.')).toBe('Sample Ledger');
    expect(outletName('Sample Ledger Â©')).toBe('Sample Ledger');
  });

  it('a name that merely holds those letters stays', () => {
    expect(outletName('Copyrightsville Weekly')).toBe('Copyrightsville Weekly');
    expect(outletName('Ânima Revista')).toBe('Ânima Revista');
  });
});

describe('outlet: a text copyright line in those forms', () => {
  it('names the outlet after the notice', () => {
    expect(article(`Council approves the new river bridge\n\n${PROSE}\n\nCopyrights © 2020 Sample Courier`).record.outlet).toBe('Sample Courier');
    expect(article(`Council approves the new river bridge\n\n${PROSE}\n\nÂ© 2020 Sample Ledger`).record.outlet).toBe('Sample Ledger');
  });
});
