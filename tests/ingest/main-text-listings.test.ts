/**
 * Main-text recall on technical articles: a listing of code between paragraphs (SQL in capitals,
 * indented lines, statements ending on a semicolon, line numbers one per line) is the article's, not a run of headlines or a
 * menu; the article runs on through it to the prose under it. Small pages written here; each case
 * failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const P1 = 'A slow query is usually a query that reads far more rows than it returns, and the planner can tell you which ones before you change anything in the schema.';
const P2 = 'The plan below shows a sequential scan over the whole table, which is what happens when no index covers the column in the condition of the query.';
const P3 = 'Once the index exists, the same query reads a few pages instead of the whole table, and the time it takes falls from seconds to a few milliseconds.';
const P4 = 'Measure again after every change, because an index that helps one query can slow down the writes that every other part of the application depends on.';
const SQL = [
  'EXPLAIN ANALYZE',
  'SELECT U.NAME, COUNT(O.ID) AS ORDER_COUNT',
  'FROM USERS U',
  'JOIN ORDERS O ON O.USER_ID = U.ID',
  'WHERE U.CREATED_AT > NOW()',
  'AND O.STATUS = \'PAID\'',
  'GROUP BY U.NAME',
  'ORDER BY ORDER_COUNT DESC;',
  'CREATE INDEX IDX_ORDERS_USER ON ORDERS (USER_ID);',
  'CREATE INDEX IDX_USERS_CREATED ON USERS (CREATED_AT);',
  'SELECT ID, STATUS, TOTAL FROM ORDERS',
  'WHERE USER_ID = 123;',
];
const INDENTED = ['flowchart LR', '    A[Web Request] --> B[Router]', '    B --> C[Route Handler]', '    C --> D[Renderer]', '    D --> E[Response]'];
const SHELL = ['npm install pg', 'const pool = new Pool({', '  max: 20,', '});', 'await pool.query(sql);'];

describe('main-text recall: code listings inside the article', () => {
  it('keeps the paragraphs on both sides of listings in capitals, indented or ending on semicolons', () => {
    const page = ['Docs', 'Pricing', 'Blog', 'How to speed up a slow query', P1, P2, ...SQL, P3, ...INDENTED, ...SHELL, P4, 'Product', 'Company', 'Careers', 'Privacy', 'Terms'].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept[0]).toBe(P1);
    expect(kept).toContain(P3);
    expect(kept).toContain(SQL[4]);
    expect(kept[kept.length - 1]).toBe(P4);
    expect(kept).not.toContain('Careers');
  });

  it('reads a line of code as code, and a sentence or a menu link as no code', () => {
    const en = detectLanguage(P1);
    for (const line of ['WHERE U.CREATED_AT > NOW()', '    C --> D[Renderer]', '});', 'const pool = new Pool({', 'x = compute(y)']) expect(blockFeatures(line, en).code, line).toBe(true);
    for (const line of ['Careers', 'Getting started with the planner', P2, 'The weather today: sunny.']) expect(blockFeatures(line, en).code, line).toBe(false);
  });

  it('runs on through a listing whose line numbers innerText gives one per line', () => {
    const numbered = (n: number) => Array.from({ length: n }, (_, k) => String(k + 1));
    const CODE = ['import icu', 'collator = icu.Collator.createInstance(icu.Locale.getRoot())', 'searcher = icu.StringSearch(needle, haystack, collator)', 'count = searcher.count()'];
    const page = ['Docs', 'Blog', 'How to speed up a slow query', P1, P2, ...numbered(9), ...CODE, P3, ...numbered(4), ...CODE, P4, 'Product', 'Company', 'Careers', 'Privacy', 'Terms'].join('\n');
    const { kept, why } = chooseArticle(page);
    expect(kept[0]).toBe(P1);
    expect(kept).toContain(P3);
    expect(kept[kept.length - 1]).toBe(P4);
    expect(why.get('7')).toMatch(/line number/);
  });
});
