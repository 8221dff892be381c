/**
 * Main-text recall: a guide's step written as its label and its advice on one line ("Watch the tide
 * tables before you go: the causeway floods twice a day, so read the harbour updates…"). The label
 * opens on a verb that sends the reader elsewhere and the advice names updates, so the line was taken
 * for a call to action and left out from between the article's paragraphs. A short label, a colon,
 * then a whole sentence of ten words or more, in no voice of the page ("our", "we"), is a step of the
 * article. A button's label over a title ("Read more: Get the best guides from our experts!") and a
 * label over a row of links ("Follow us: Facebook | Instagram") are still calls, and so are a
 * newsletter's name over its call ("Harbor Weekly: Sign up…") and a call to subscribe over the
 * newsletter's description. Invented page; the
 * first case failed before the change.
 */
import { describe, expect, it } from 'vitest';
import { articleLines } from '../helpers/main-text.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const P1 = 'The causeway to the island is the oldest road in the county, and walking it at low tide is one of the best ways to spend a spring morning on the coast.';
const P2 = 'It is also easy to get wrong, and every year a few walkers have to wait on the island for the next low tide because they set out too late in the day.';
const STEP = 'Watch the tide tables before you go: the causeway floods twice a day, so read the harbour updates each morning before you set out.';
const P3 = 'Once on the island, the path to the lighthouse takes about forty minutes, and the café by the old chapel opens at ten on weekends from April to October.';

describe('main-text recall: a step of a guide with its label on the same line', () => {
  it('keeps a labelled step between the paragraphs', () => {
    const page = ['Walking the causeway', P1, P2, STEP, P3].join('\n');
    expect(articleLines(page)).toContain(STEP);
  });

  it('still takes a button over a title, or a label over links, for a call to action', () => {
    const language = detectLanguage([P1, P2, P3].join('\n'));
    expect(blockFeatures('Read more: Get the best harbour guides from our experts today!', language).callToAction).toBe(true);
    expect(blockFeatures('Follow us on social media: Facebook | Instagram | YouTube', language).callToAction).toBe(true);
    expect(blockFeatures('Harbor Weekly: Sign up for the harbour newsletter to get it in your inbox every Monday morning.', language).callToAction).toBe(true);
    expect(blockFeatures('Subscribe to Harbor Weekly: a free weekly round-up of the news from the coast, sent to your inbox.', language).callToAction).toBe(true);
    expect(blockFeatures(STEP, language).callToAction).toBe(false);
  });
});
