/**
 * Page chrome that scrapers drag along with the text: ad labels, share bars, pagination rows,
 * comment forms, photo credits, video timestamps, cookie and newsletter prompts, related links.
 * Each returns the lines as a scraper would have captured them.
 */
import type { Prng } from './prng.ts';
import { photoAgencies, sectionLabels } from './vocabulary.ts';

const NBSP = '\u00a0';

export const advertisement = (rng: Prng) => rng.pick(['Advertisement', 'ADVERTISEMENT', 'Advertisement', 'Sponsored']);

export const shareBar = (rng: Prng) =>
  rng.pick([
    'Print E-mail Bookmark and Share',
    'Share this article',
    'Share on Facebook | Share on Twitter | E-mail',
    'Print | E-mail | Share',
  ]);

export const fontControls = (rng: Prng) => rng.pick(['Adjust font size:', 'Font size: A A A', 'Text size  A-  A+']);

export function pagination(rng: Prng): string {
  const pages = rng.int(2, 9);
  const numbers = Array.from({ length: pages }, (_, i) => String(i + 1));
  return rng.pick([
    `<${NBSP}${NBSP}${numbers.join(`${NBSP}${NBSP}`)}${NBSP}${NBSP}>${NBSP}${NBSP}`,
    `< ${numbers.join(' ')} >`,
    `Previous ${numbers.join(' ')} Next`,
  ]);
}

export function commentForm(rng: Prng): string[] {
  const count = rng.int(0, 12);
  return [
    `Go to Forum >>${count} Comment(s)`,
    '',
    count === 0 ? 'No comments.' : `${count} comments so far. Read all`,
    '',
    'Add your comments...',
    '',
    '  \u2022 User Name Required',
    '  \u2022 Your Comment',
    `  \u2022 Enter the words you see: ${NBSP} ${NBSP} ${NBSP} `,
    '    Racist, abusive and off-topic comments may be removed by the moderator.',
    'Send your storiesGet more from',
  ];
}

export const photoCredit = (rng: Prng, caption: string) =>
  rng.pick([`${caption} Photo: ${rng.pick(photoAgencies)}`, `${caption} (Photo: Xinhua/${rng.pick(['Ju Peng', 'Li Xin', 'Wang Ye'])})`]);

/** A video player's duration, then the video's headline captured twice (poster and caption). */
export function videoBlock(rng: Prng, headline: string): string[] {
  const time = `${String(rng.int(0, 9)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  return [time, '', headline, '', headline];
}

export const cookiePrompt = (rng: Prng) =>
  rng.pick([
    'We use cookies to improve your experience. By continuing to browse you accept our cookie policy. Accept',
    'This website uses cookies. Manage preferences | Accept all',
  ]);

export const newsletterPrompt = (rng: Prng) =>
  rng.pick([
    'Sign up for our daily newsletter',
    'Get more with myNEWS',
    'Subscribe to our science newsletter and never miss a story.',
  ]);

export const sectionLabel = (rng: Prng) => rng.pick(sectionLabels);

export const relatedLink = (title: string) => `Related: ${title}`;

export const socialPrompt = (rng: Prng) =>
  rng.pick(['Follow on Twitter and Facebook to join the conversation.', 'ChinaNews App Download', 'Follow us on WeChat']);
