/**
 * Text path: bylines the header rules did not read. The page's only dated line carrying a labelled
 * byline ("August 12, 2025 By The Kestrel Team"), and a newsroom's byline with no person's name
 * ("Staff", "Newsdesk", "Staff Reporter") right beside the article's stamp under its headline: the
 * byline a newsroom writes when nobody signs. Small pages written here, invented names.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const P1 = 'China has launched a new science programme with twelve countries in Africa, the ministry of science and technology said on Tuesday in Beijing.';
const P2 = 'The programme will fund joint laboratories and train young researchers over the next five years, the ministry said in a statement.';
const P3 = 'Officials said the first projects would start next spring, with researchers from both sides sharing data on crops, water and health.';
const HEADLINE = 'New science plan for Africa launched by China';

describe('the byline on the page\'s only dated line', () => {
  it('reads "By …" after the date on the line that dates the page', () => {
    const { record } = article(`${HEADLINE}\n\n${P1}\n\n${P2}\n\n${P3}\n\nTraining\n\nAugust 12, 2025 By  The Kestrel Team\n\nShop all`);
    expect(record.date?.date).toBe('2025-08-12');
    expect(record.author).toBe('The Kestrel Team');
  });

  it('a sentence after the date names nobody', () => {
    const { record } = article(`${HEADLINE}\n\n${P1}\n\n${P2}\n\n${P3}\n\nTraining\n\nAugust 12, 2025 By then the first labs were open\n\nShop all`);
    expect(record.author).toBeNull();
  });
});

const page = (...header: string[]) => `Menu\nHome\nNews\nHeadline on joint research in science\n${header.join('\n')}\n${PROSE}\n${PROSE}\n${PROSE}`;

describe("a newsroom's byline beside the stamp", () => {
  it('reads "Staff" over the stamp and "Newsdesk" under it', () => {
    expect(article(page('Staff', 'April 18, 2025')).record.author).toBe('Staff');
    expect(article(page('19 Dec, 2025', 'Newsdesk')).record.author).toBe('Newsdesk');
    expect(article(page('January 14, 2025', 'Staff Reporter')).record.author).toBe('Staff Reporter');
    expect(article(page('January 14, 2025', 'News Desk')).record.author).toBe('News Desk');
  });

  it("a stamp's label, a section or a button beside the stamp is no byline", () => {
    for (const line of ['Published', 'Updated', 'Staff Picks', 'Staff Directory', 'Contact Staff']) {
      expect(article(page(line, 'April 18, 2025')).record.author).toBeNull();
      expect(article(page('April 18, 2025', line)).record.author).toBeNull();
    }
  });
});

describe("a user name between the headline and the stamp", () => {
  it('reads a user name the page writes nowhere else, right under the headline over the stamp', () => {
    expect(article(page('kestrelwrites', 'September 8, 2025')).record.author).toBe('kestrelwrites');
    expect(article(page('anna.kestrel', 'Dec 16, 2025')).record.author).toBe('anna.kestrel');
    // A hyphen is no special character in a pattern: escaped, it made an invalid one and the page failed.
    expect(() => article(page('anna-kestrel', 'Dec 16, 2025'))).not.toThrow();
    expect(() => article(page('harbour-notes.example', 'Dec 16, 2025'))).not.toThrow();
  });

  it('a word the page writes again in lower case, or a handle away from the stamp, is no byline', () => {
    const research = `Menu\nHome\nHeadline on joint research in science\nresearch\nSeptember 8, 2025\n${PROSE}\n${PROSE}\n${PROSE}`;
    expect(article(research).record.author).toBeNull();
    expect(article(page('kestrelwrites', PROSE)).record.author).toBeNull();
    expect(article(page('#kestrelwrites', 'September 8, 2025')).record.author).toBeNull();
  });
});
