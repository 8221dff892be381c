/**
 * A run that opens on a site's notices (an expired card, an unfinished sign-up) takes them for the
 * article's lead: the headline chosen with them may be a photo's caption with the byline and the
 * date under it, which then moves the article's start under it. Chosen again with the article's own
 * first paragraphs, the line that names them is the headline. A small page written here, shaped as
 * innerText gives it.
 */
import { describe, expect, it } from 'vitest';
import { titleOf } from './headline-fixture.ts';

const NOTICES = [
  'Home',
  'Search',
  'CARD EXPIRED',
  'Please update your payment details so that we can renew your membership and you can stay a member of our newspaper. Your card is no longer valid.',
  'Update payment details',
  'SIGN-UP NOT FINISHED',
  'It looks like you had trouble signing up as a member of our newspaper. Finish the process in only a few minutes, we need you now more than ever.',
  'Finish signing up',
  'Politics',
  'World',
  'Economy',
  'Opinion',
  'Culture',
].join('\n');
const HEADLINE = 'Farmers defend the new rice seed at the meeting of valley councils in the capital';
const HEADER = [
  'The union asks that every village be given the seed',
  'Analysis — A cosmetic round in the capital to save face over the harvest, by Ann Lee',
  'Farmers of the valley at the meeting of councils on Sunday in the capital. AGENCY/ J.J. Roe',
  'Jane Smith',
  '25 May 2025 16:51',
].join('\n');
const BODY = [
  'Farmers from the valley told the meeting of councils in the capital on Sunday that the new rice seed had doubled their harvest, and asked that every village be given it.',
  'The councils of the valley had doubted the seed at first. The farmers who tried it were laughed at, until their second harvest of rice paid for a new school roof.',
  'Now most of the rice fields in the valley are planted twice a year, and the councils say the incomes of farmers have doubled in five years.',
  'The meeting will vote on the seed next month, the head of the union said, and the capital has promised to pay for the seed bank.',
].join('\n');

describe('a headline chosen again once the article starts under the run’s opening', () => {
  it('is the line over the deck, not the caption over the byline', () => {
    expect(titleOf(`${NOTICES}\n${HEADLINE}\n${HEADER}\n${BODY}`)).toBe(HEADLINE);
  });
});
