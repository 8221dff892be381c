/**
 * The check set (scripts/bench/extract/import/import-check-cases.ts): how the truths of another project's
 * per-site tests are read out of their test files, on invented test files in the layouts those use, and
 * how the set is wired into the bench (its own split, lead scores instead of P/R/F1).
 */
import { describe, expect, it } from 'vitest';
import { SET_DIRS, splitOf, type BenchCase } from '../../scripts/bench/extract/cases.ts';
import { checkCaseOf, cleanLead, parsePostlightTest, readLiteral, usableAuthor, utcDay } from '../../scripts/bench/extract/import/postlight-truth.ts';
import { htmldateCaseOf, isCalendarDay, parseHtmldateEval, readEvalJson, sameAddress } from '../../scripts/bench/extract/import/htmldate-truth.ts';
import { runPath } from '../../scripts/bench/extract/run.ts';
import { leadFirst, leadFound, leadRecall } from '../../scripts/bench/extract/score.ts';

/** One page read in a beforeAll, many its asserting it: the layout of most test files. */
const BEFORE_ALL_LAYOUT = `
describe('HarborGazetteExtractor', () => {
  describe('initial test case', () => {
    let result;
    let url;
    beforeAll(() => {
      url =
        'https://harbor.example/2021/03/ferries-return';
      const html = fs.readFileSync('./fixtures/harbor.example.html');
      result = Mercury.parse(url, { html, fallback: false });
    });

    it('returns the title', async () => {
      const { title } = await result;
      assert.equal(title, \`Ferries return to the \\\`old\\\` harbour\`);
    });

    it('returns the author', async () => {
      const { author } = await result;
      assert.equal(author, 'Ann O\\'Lee and Bo Ray');
    });

    it('returns the date_published', async () => {
      const { date_published } = await result;
      assert.equal(date_published, "2021-03-04T23:15:00.000Z");
    });

    // it('returns the dek', async () => {
    //   assert.equal(dek, 'A dek nobody checks');
    // });

    it('returns the content', async () => {
      const first13 = excerptContent($('*').first().text(), 13);
      assert.equal(
        first13,
        'The first ferry in ten years left the ' +
          'pier at dawn on Thursday, its horn'
      );
    });
  });

  describe('a second page', () => {
    beforeAll(() => {
      url = 'https://harbor.example/2021/03/storm';
      const html = fs.readFileSync(
        './fixtures/harbor.example--storm.html'
      );
      result = Mercury.parse(url, { html, fallback: false });
    });

    it('returns no author', async () => {
      const { author } = await result;
      assert.equal(author, null);
    });
  });
});
`;

/** Each it reading the page again, its own address in a const: the other layout. */
const PER_IT_LAYOUT = `
describe('RiverPostExtractor', () => {
  it('returns the title', async () => {
    const html = fs.readFileSync('./fixtures/river.example.html');
    const articleUrl =
      'http://river.example/news/bridge-w123';
    const { title } = await Mercury.parse(articleUrl, { html, fallback: false });
    assert.equal(
      title,
      'Bridge \\u201creopens\\u201d'
    );
  });

  it('returns the author', async () => {
    const html = fs.readFileSync('./fixtures/river.example.html');
    const { author } = await Mercury.parse(articleUrl, { html });
    assert.equal(author, 'Cy Dunn');
  });

  it('returns the date, twice, differently', async () => {
    const html = fs.readFileSync('./fixtures/river.example.html');
    assert.equal(date_published, '2020-01-01T10:00:00.000Z');
  });

  it('returns the date again', async () => {
    const html = fs.readFileSync('./fixtures/river.example.html');
    assert.equal(date_published, '2020-01-02T10:00:00.000Z');
  });
});
`;

describe('reading the truths of a per-site test file', () => {
  it('reads string literals: each quote, escapes, joined parts, null; nothing else', () => {
    expect(readLiteral(`  'a\\'b' + "c\\"d" +\n \`e\``, 0)).toEqual({ value: `a'bc"de`, end: 24 });
    expect(readLiteral('null)', 0)?.value).toBeNull();
    expect(readLiteral('nullish', 0)).toBeUndefined();
    expect(readLiteral('someVariable', 0)).toBeUndefined();
    expect(readLiteral('`a ${b} c`', 0)).toBeUndefined();
    expect(readLiteral(`'\\u00e9\\u{1F600}\\x41\\n'`, 0)?.value).toBe('é😀A\n');
  });

  it('takes each page a beforeAll reads, with the assertions of its its', () => {
    const truths = parsePostlightTest(BEFORE_ALL_LAYOUT);
    expect(truths).toEqual([
      {
        url: 'https://harbor.example/2021/03/ferries-return',
        fixture: 'fixtures/harbor.example.html',
        title: 'Ferries return to the `old` harbour',
        author: "Ann O'Lee and Bo Ray",
        datePublished: '2021-03-04T23:15:00.000Z',
        lead: 'The first ferry in ten years left the pier at dawn on Thursday, its horn',
      },
      { url: 'https://harbor.example/2021/03/storm', fixture: 'fixtures/harbor.example--storm.html', author: null },
    ]);
  });

  it('merges the its that each read the same page, and leaves out what they assert differently', () => {
    const truths = parsePostlightTest(PER_IT_LAYOUT);
    expect(truths).toEqual([{ url: 'http://river.example/news/bridge-w123', fixture: 'fixtures/river.example.html', title: 'Bridge “reopens”', author: 'Cy Dunn' }]);
  });

  it('ignores a commented-out test and a file that reads no page', () => {
    expect(parsePostlightTest("// beforeAll(() => { fs.readFileSync('./fixtures/x.html'); });")).toEqual([]);
    expect(parsePostlightTest("it('works', () => { assert.equal(title, 'No page'); });")).toEqual([]);
  });
});

describe('the truth as a check case', () => {
  it('keeps the UTC day as written, the lead without markup, and usable authors only', () => {
    expect(utcDay('2019-03-04T15:00:00.000Z')).toBe('2019-03-04');
    expect(utcDay(null)).toBeNull();
    expect(utcDay('March 4, 2019')).toBeNull();
    expect(cleanLead('&#151; -- Ann Lee has an explanation')).toBe('-- Ann Lee has an explanation');
    expect(cleanLead('  ')).toBeNull();
    expect(usableAuthor('Ann Lee')).toBe(true);
    expect(usableAuthor('https://social.example/harborgazette/')).toBe(false);
    expect(usableAuthor('Ann Lee\nA writer of many years.')).toBe(false);
    expect(usableAuthor(null)).toBe(false);
  });

  it('makes a case split `check`, whatever its hash says, with no body and the lead', () => {
    const html = new TextEncoder().encode('<html><body><h1>Ferries return</h1></body></html>');
    const c = checkCaseOf({ url: 'https://harbor.example/a', fixture: 'fixtures/a.html', title: ' Ferries return ', author: 'Ann Lee', datePublished: '2021-03-04T23:15:00.000Z', lead: 'The first ferry left' }, 'pl-000000000000', html);
    expect(c).toMatchObject({ split: 'check', source: 'postlight', headline: 'Ferries return', headlineSource: 'annotated', body: '', lead: 'The first ferry left', published: '2021-03-04', author: 'Ann Lee', lang: 'en' });
    expect(['dev', 'heldout']).toContain(splitOf('pl-000000000000'));
    // Not asserted: not scored (absent); asserted null: the set says there is none.
    const bare = checkCaseOf({ url: null, fixture: 'fixtures/b.html', title: 'Storm', author: null }, 'pl-1', html)!;
    expect(bare.author).toBeNull();
    expect('published' in bare).toBe(false);
    expect(checkCaseOf({ url: null, fixture: 'fixtures/c.html', author: 'https://social.example/x' }, 'pl-2', html)).toBeNull();
  });
});

describe('the htmldate evaluation as check cases', () => {
  it("reads Python's JSON: a NaN day is no day, and the entry is left out", () => {
    const text = '{"https://harbor.example/a": {"file": "1.html", "date": "2020-06-07"}, "https://harbor.example/b": {"file": "2.html", "date": NaN},\n "https://harbor.example/NaN": {"file": "3.html", "date": "2021-02-30"}, "https://harbor.example/c": {"date": "2020-01-01"}}';
    expect(parseHtmldateEval(readEvalJson(text))).toEqual([{ url: 'https://harbor.example/a', file: '1.html', day: '2020-06-07' }]);
    expect(parseHtmldateEval(null)).toEqual([]);
  });

  it('knows a calendar day from a date-shaped string', () => {
    expect(isCalendarDay('2020-02-29')).toBe(true);
    expect(isCalendarDay('2021-02-29')).toBe(false);
    expect(isCalendarDay('2021-13-01')).toBe(false);
    expect(isCalendarDay('2021-1-01')).toBe(false);
  });

  it('makes a case scored for its day alone, its language from the text and not the markup', () => {
    const html = '<html><head><script>var the = "and of to the";</script></head><body><p>Der Hafen und die Fähre: das ist nicht mit der Stadt.</p></body></html>';
    const c = htmldateCaseOf({ url: 'https://harbor.example/a', file: '1.html', day: '2020-06-07' }, 'hd-1', html);
    expect(c).toEqual({ id: 'hd-1', source: 'htmldate', url: 'https://harbor.example/a', lang: 'de', split: 'check', headline: null, headlineSource: null, body: '', published: '2020-06-07' });
    expect('author' in c || 'lead' in c).toBe(false);
  });

  it('tells a page of a tuned set by its address, scheme, www, trailing slash and case aside', () => {
    expect(sameAddress('https://www.Harbor.example/news/a/')).toBe(sameAddress('http://harbor.example/news/a'));
    expect(sameAddress('https://harbor.example/news/a')).not.toBe(sameAddress('https://harbor.example/news/b'));
    expect(sameAddress(null)).toBe('');
  });
});

describe('the check set in the bench', () => {
  it('is a set of its own', () => {
    expect(Object.keys(SET_DIRS)).toEqual(['body', 'meta', 'fundus', 'check', 'utomo', 'aed']);
  });

  it('finds the lead as one run of tokens, words run together or not, and at the start or not', () => {
    const body = 'Photo: Cy Dunn\n\nThe first ferry in ten years left the pier.\n\nIt was full.';
    expect(leadFound('The first ferry in ten years', body)).toBe(true);
    expect(leadFound('ten yearsleft the pier', body)).toBe(true);
    expect(leadFound('The first ferry in twenty years', body)).toBe(false);
    expect(leadFirst('The first ferry', body)).toBe(false);
    expect(leadFirst('Photo: Cy Dunn The first', body)).toBe(true);
    expect(leadFound('—', body)).toBe(false);
  });

  it("counts the share of the lead's shingles the body holds, a credit left out costing only its own", () => {
    const body = 'The first ferry in ten years left the pier at dawn.';
    expect(leadRecall('The first ferry in ten years left', body)).toBe(1);
    // 7 shingles, of which the 3 that touch the credit's words are not in the body.
    expect(leadRecall('Photo Cy Dunn The first ferry in ten years left', body)).toBeCloseTo(4 / 7);
    expect(leadRecall('A storm closed the harbour', body)).toBe(0);
    expect(leadRecall('—', body)).toBeNull();
  });

  it('scores its pages under their own split: lead found and first, no dev or held-out half', () => {
    const text = 'Ferries return to the old harbour\n\nThe first ferry in ten years left the pier at dawn on Thursday, its horn sounding over the water. Hundreds watched from the quay as it turned towards the open sea.\n\nThe service runs every hour until the end of the summer, the harbour office said.';
    const html = `<html><head><title>Ferries return to the old harbour</title></head><body><article><h1>Ferries return to the old harbour</h1>${text
      .split('\n\n')
      .slice(1)
      .map((p) => `<p>${p}</p>`)
      .join('')}</article></body></html>`;
    const c: BenchCase = {
      id: 'pl-test',
      source: 'postlight',
      url: null,
      lang: 'en',
      split: 'check',
      headline: 'Ferries return to the old harbour',
      headlineSource: 'annotated',
      body: '',
      lead: 'The first ferry in ten years left the pier at dawn on',
      dir: '/nonexistent',
      html: () => new TextEncoder().encode(html),
      innerText: () => text,
    };
    for (const path of ['text', 'html'] as const) {
      const r = runPath(path, [c])!;
      expect(Object.keys(r.splits)).toEqual(['check', 'all']);
      expect(r.splits.check).toMatchObject({ pages: 1, leadPages: 1, leadFound: 1, leadFirst: 1, leadRecall: 1, headlineAccuracy: 1 });
      expect(r.cases[0]).toMatchObject({ split: 'check', leadFound: true, leadFirst: true, leadRecall: 1 });
    }
  });
});
