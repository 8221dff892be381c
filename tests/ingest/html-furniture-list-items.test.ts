/**
 * HTML seeds: a point of the article's own list that opens like a call to action or a paywall's
 * prompt (a step that says to sign up or log in, a pointer to the full review under each pick) is the
 * article's text and stays; the same words as a paragraph of their own still go, reported.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P = [
  'Setting up a developer account takes about an hour, and most of that time is spent waiting for the confirmation that the store sends back.',
  'The review team looks at every new app by hand, and a first submission is usually answered within two working days of being sent in.',
  'Once the app is live, updates go through the same review, though small fixes are often approved on the same day they are submitted.',
  'Developers who plan to charge for their app should set up the payment details before the first submission, not after it is approved.',
];

const page = (inside: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>How to publish an app</title></head><body>
<article class="post"><h1>How to publish an app</h1>
<div class="entry-content">
<p>${P[0]}</p><p>${P[1]}</p>
${inside}
<p>${P[2]}</p><p>${P[3]}</p>
</div></article></body></html>`;

const STEPS = `<h2>The steps</h2><ol>
<li>Create and log in to your developer account, then open the dashboard of the store.</li>
<li>Click on the plus sign to add a new app and fill in its name and description.</li>
<li>Visit our guide to store listings for the fields each store asks you to fill in.</li>
</ol>
<h2>Our picks</h2><ul>
<li>The quickest store to get through review for a first app.</li>
<li>Read our full review <a href="https://example.org/review">here</a>.</li>
</ul>`;

describe('HTML furniture: a point of the article\'s list that reads like a call to action', () => {
  it('keeps list items that open on a call to action\'s or a paywall\'s words', () => {
    const { body, report } = article(page(STEPS), 'page.html');
    for (const p of P) expect(body).toContain(p);
    for (const kept of ['Create and log in to your developer account', 'Click on the plus sign', 'Visit our guide to store listings', 'Read our full review here.']) {
      expect(body).toContain(kept);
      expect(report.entries.some((e) => e.rule === 'furniture' && e.text?.includes(kept))).toBe(false);
    }
  });

  it('still leaves out the same words as a paragraph of their own, reported', () => {
    const { body, report } = article(page('<p>Click here to subscribe to our newsletter</p><p>Log in to your account to read the rest of this article.</p>'), 'page.html');
    for (const p of P) expect(body).toContain(p);
    for (const gone of ['Click here to subscribe', 'Log in to your account']) {
      expect(body).not.toContain(gone);
      expect(report.entries.some((e) => e.rule === 'furniture' && e.text?.includes(gone))).toBe(true);
    }
  });
});
