/**
 * One list of the networks a page names (lib/social-networks.ts) for its readers: the share
 * buttons one a line, the share bar's chrome rule and the share words fused onto a line, a site's
 * link alone on a line, a byline's label or share row, an embedded post's button, a call to action's
 * target, a closing appeal to follow the site. Each reader knew some networks the others did
 * not ("Reddit" was a share row's button but a byline's name; "Instagram" a site's link but no share
 * bar's button); the first cases failed before the list was one. Invented lines.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';
import { chromeRuleOf, INLINE_PREFIX } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { isASiteLinkLabel } from '../../scripts/ingest/stages/main-text/shared/site-link-label.ts';
import { cleanAuthor } from '../../scripts/ingest/lib/bylines/author.ts';
import { CTA_TARGET } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';

describe('the networks, known to every reader', () => {
  it('a Russian share row one a line is the bar', () => {
    const A = GERMAN_PARAGRAPHS;
    const bar = ['ВКонтакте', 'Одноклассники', 'Telegram'];
    const { kept, why } = chooseArticle(`${GERMAN_HEAD}\n${A[0]}\n${A[1]}\n${bar.join('\n')}\n${A[2]}\n${A[3]}`);
    expect(kept).toEqual(A);
    expect(why.get('ВКонтакте')).toMatch(/one a line/);
  });

  it('a share bar on one line names any network', () => {
    for (const line of ['Facebook | Messenger | Reddit', 'WhatsApp Threads Bluesky', 'Share Xing, Mastodon']) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'share-bar' });
  });

  it('a site link alone may be any network no everyday word names', () => {
    for (const line of ['Reddit', 'Flipboard', 'WhatsApp', 'Messenger']) expect({ line, link: isASiteLinkLabel(line) }).toEqual({ line, link: true });
  });

  it("an embedded post's button names any network", () => {
    for (const line of ['View this post on Bluesky', 'View this video on Reddit', 'View this post on Mastodon']) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'social-embed' });
    expect(chromeRuleOf('View this post on Bluesky before the vote, the mayor urged.')?.id).not.toBe('social-embed');
  });

  it("a call to action's target may be any network", () => {
    for (const line of ['Follow the harbour desk on Bluesky', 'Join the conversation on Reddit', 'Read the daily digest on Flipboard']) expect({ line, target: CTA_TARGET.test(line) }).toEqual({ line, target: true });
    // "Threads" is an everyday word: a comparison opening on "Like" names no target by it.
    expect(CTA_TARGET.test('Like its rival, the tool sorts talk into rooms, threads and direct messages')).toBe(false);
    // A network's name after an "@" is an address's domain.
    expect(CTA_TARGET.test('Send the form to harbor.desk@gmail.com by Friday')).toBe(false);
  });

  it("a closing appeal to follow the site may name any network (text path)", () => {
    const paragraphs = [
      'The harbour board of Eastmere approved on Monday a plan to rebuild the old ferry pier before next summer, at a cost of about four million euros shared with the region.',
      'Work on the pier is to start in the autumn, once the last boats of the season have left, and the ferry will use a temporary landing stage until the spring.',
      'The board expects the new pier to serve the larger boats the operator has ordered, which need a deeper berth than the old one offers at low tide.',
      'Fishermen who moor at the pier said they welcomed the plan but asked the board to keep one berth free for them while the work goes on.',
    ];
    const appeal = 'For more news from the coast, follow us on Reddit and Pinterest.';
    const { kept, why } = chooseArticle(['Eastmere to rebuild its ferry pier', ...paragraphs, appeal, 'Home', 'Contact'].join('\n'));
    expect(kept).toEqual(paragraphs);
    expect(why.get(appeal)).toMatch(/promotion/);
  });

  it("an address's network closes nothing: \"you can email us at …@gmail.com\" is the page's own line", () => {
    const policy = [
      'We collect the name and the e-mail address you give us when you write to the harbour desk, and we keep them only as long as we need them to answer your question.',
      'We never sell these details to anyone, and we share them only with the printer who sends the paper edition to subscribers who asked for it by post.',
      'You may ask us at any time which details we hold about you, and we will send you a copy of them within thirty days of your request, free of charge.',
      'If at any time you would like to unsubscribe from receiving future emails, you can email us at harbor.desk@gmail.com and we will remove you from the list.',
    ];
    const { kept } = chooseArticle(['Privacy policy', ...policy, 'Home', 'Contact'].join('\n'));
    expect(kept).toContain(policy[3]);
  });

  it('a byline that is a network alone is no name', () => {
    for (const name of ['Reddit', 'Pinterest', 'Flipboard']) expect(cleanAuthor(name)).toBeNull();
    expect(cleanAuthor('WhatsApp Telegram')).toBeNull();
  });
});

describe('the networks that are everyday words', () => {
  it('stay a word of the line on their own', () => {
    for (const line of ['Line', 'X', 'Truth', 'Pocket', 'Threads']) expect({ line, link: isASiteLinkLabel(line) }).toEqual({ line, link: false });
    expect(cleanAuthor('Truth Pocket')).toBeNull();
    expect(cleanAuthor('Sam Line')).toBe('Sam Line');
  });

  it('are not cut from the start of a line of content', () => {
    expect(INLINE_PREFIX.exec('SMS and e-mail alerts go out every morning')?.[0] ?? '').not.toMatch(/sms/i);
    expect(INLINE_PREFIX.exec('Truth and lies in the harbour dispute')?.[0] ?? '').not.toMatch(/truth/i);
    expect(INLINE_PREFIX.exec('Facebook Twitter X The harbour reopens')?.[0]).toBe('Facebook Twitter X ');
  });

  it('keep a sentence naming networks in the article', () => {
    const A = GERMAN_PARAGRAPHS;
    const named = 'Die Stadt informiert über Reddit, Telegram und WhatsApp über die Sperrungen.';
    const { kept } = chooseArticle(`${GERMAN_HEAD}\n${A[0]}\n${A[1]}\n${named}\n${A[2]}\n${A[3]}`);
    expect(kept).toContain(named);
  });
});
