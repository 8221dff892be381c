/**
 * The bench's listener on the HTML path's headline vote (html-headline-probe.ts) hears the fields the
 * vote was given and its choice: headline-html-replay.ts stores them and gives them to the vote again.
 * The same fields give the same choice, and unset the vote chooses as before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';
import { chooseHeadline, type HeadlineChoice, type HeadlineFields } from '../../scripts/ingest/lib/html/headline/html-headline.ts';
import { setHtmlHeadlineProbe } from '../../scripts/ingest/lib/html/headline/html-headline-probe.ts';

afterEach(() => setHtmlHeadlineProbe(null));

const page =
  '<!DOCTYPE html><html><head><title>Ferries stay in port as the storm nears | Harbor Post</title>' +
  '<meta property="og:title" content="Ferries stay in port as the storm nears"><meta property="og:site_name" content="Harbor Post"></head>' +
  '<body><h1>Ferries stay in port as the storm nears</h1><p>Text.</p></body></html>';

const headlineOf = (html: string) => readPageMeta(prunePage(html).meta, null).headline;

describe('the HTML headline probe', () => {
  it('hears the fields and the choice of each vote', () => {
    const heard: { fields: HeadlineFields; choice: HeadlineChoice }[] = [];
    setHtmlHeadlineProbe((fields, choice) => heard.push({ fields, choice }));
    expect(headlineOf(page)).toBe('Ferries stay in port as the storm nears');
    expect(heard).toHaveLength(1);
    expect(heard[0].fields.title).toBe('Ferries stay in port as the storm nears | Harbor Post');
    expect(heard[0].fields.h1).toEqual(['Ferries stay in port as the storm nears']);
    expect(heard[0].choice.headline).toBe('Ferries stay in port as the storm nears');
  });

  it('the fields heard, given again (as stored in JSON), give the same choice', () => {
    let heard: { fields: HeadlineFields; choice: HeadlineChoice } | null = null;
    setHtmlHeadlineProbe((fields, choice) => (heard = { fields, choice }));
    headlineOf(page);
    setHtmlHeadlineProbe(null);
    const { fields, choice } = heard!;
    expect(chooseHeadline(JSON.parse(JSON.stringify(fields)) as HeadlineFields)).toEqual(choice);
  });

  it('unset, the vote chooses as before and nothing is heard', () => {
    expect(headlineOf(page)).toBe('Ferries stay in port as the storm nears');
  });
});
