/**
 * A video box set between an article's paragraphs: its label run on to the clip's title with a bar
 * ("WATCH | The ferry's first crossing:", "Video | Die Fähre legt an") and the clip's running time
 * ("Duration 1:30", "Dauer: 2:05"). Each alone on its line is furniture by the media-player rule; a
 * sentence that names a video, a bar in a headline that is not a video's ("Harbor | News") and a
 * running time in prose stay. Every line is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';

const BOX = ['WATCH | The ferry’s first crossing of the harbour:', 'Video | Die Fähre legt zum ersten Mal an', 'VIDÉO | Le ferry arrive au port', 'Duration 1:30', 'Dauer: 12:38', 'Duration 1:02:05'];
const PROSE = [
  'Watch the video of the ferry’s first crossing below.',
  'Harbor | News',
  'The video lasts 1:30 and shows the ferry leaving the harbour.',
  'Duration',
  'Duration: 2 to 6 months',
];

describe("a video box's label and running time", () => {
  it('are furniture by the media-player rule', () => {
    for (const line of BOX) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'media-player' });
  });
  it('leave prose and other lines alone', () => {
    for (const line of PROSE) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: undefined });
  });
});
