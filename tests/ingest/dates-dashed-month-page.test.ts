/**
 * A text page whose only stamp writes its month between dashes ("19-DEC-2025") under the byline: the
 * page is dated by it. Written here, after the shape of a news site's article header.
 */
import { describe, expect, it } from 'vitest';
import { processArticle } from '../../scripts/ingest/pipeline.ts';
import { Report } from '../../scripts/ingest/report.ts';

const page = [
  'Home',
  'News',
  'Labs in three countries agree to share fusion data',
  'By Ann Lee | Updated on 20-Dec-2025',
  'ANN LEE',
  '19-DEC-2025',
  'Three national laboratories agreed on Friday to share the measurements of their fusion experiments, the first such agreement between them in a decade of joint work.',
  'The agreement covers the data of the next five years and opens the archives of the last three to researchers of all three countries, the laboratories said in a joint statement.',
  'Researchers welcomed the step, which they said would let smaller teams test their models on measurements they could never take themselves.',
].join('\n');

describe('a stamp with its month between dashes', () => {
  it('dates the page, the update line kept apart', () => {
    const record = processArticle('labs.txt', new TextEncoder().encode(page), [], new Report('labs.txt'));
    expect(record.date).toMatchObject({ date: '2025-12-19', source: 'explicit' });
    expect(record.dateModified).toBe('2025-12-20');
  });
});
