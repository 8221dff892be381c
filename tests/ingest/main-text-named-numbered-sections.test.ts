/**
 * Numbered sections named by a word before their number ("Tip #3 - Lock your screen", "Step 4: Rinse
 * the jars"), as a how-to numbers its tips or steps: a link to the site's guide in one section weighs
 * against the run, which used to end above it and leave the last tips out. Such headings go on
 * counting as "3. …" headings do (main-text-numbered-sections.test.ts), and carry the article on to
 * the last section's paragraph. Invented page; the first case failed before.
 */
import { describe, expect, it } from 'vitest';
import { articleLines } from '../helpers/main-text.ts';

const INTRO = 'Most break-ins to a home computer start with a habit that is easy to change, so we asked the campus help desk which habits it sees most often and how to fix each one in a few minutes.';
const TIPS = [
  ['Tip #1 - Use a password manager', 'A password manager remembers a long and different password for each site, so that a leak at one shop does not open your mail, your bank and your photos to whoever bought the list.'],
  ['Tip #2 - Turn on updates', 'Updates close the holes that attackers already know about, and most of them install while you sleep if you let the computer restart on its own once a week.'],
  ['Tip #3 - Lock your screen', 'A screen that locks after five minutes keeps a roommate or a stranger in the library from reading your mail while you fetch a coffee or talk to a friend.'],
  ['Tip #4 - Install protection against malware', 'Only install such programs from a source you know and trust, and keep their lists of threats up to date, since an old list misses the newest and most common attacks.'],
  ['Tip #5 - Back up your files', 'Back up often: when something goes wrong, a copy kept on another disk is the only sure way to get your work back.'],
];
const CTA = 'See our guide to choosing protection software for more information';
const FOOT = ['Topics', 'Safe habits topic page', 'Phishing topic page', 'Contact the help desk'];

describe('main-text: numbered sections named by a word before the number', () => {
  it('keeps the sections after a link to the site’s guide inside one of them', () => {
    const body = TIPS.flatMap(([heading, text], i) => (i === 3 ? [heading, text, CTA] : [heading, text]));
    const page = ['Ten habits that keep your computer safe', INTRO, ...body, ...FOOT].join('\n');
    const kept = articleLines(page);
    for (const [heading, text] of TIPS) {
      expect(kept).toContain(heading);
      expect(kept).toContain(text);
    }
    for (const line of FOOT) expect(kept).not.toContain(line);
  });
});
