/**
 * The text path's site-owner bylines (lib/bylines/site-owner.ts) on a news outlet's page: a masthead
 * or a copyright line that names the newsroom ("Harbor Times", "Nordsee Zeitung", "Deutsche Welle")
 * is no owner's name, so the page gets no author rather than the outlet's.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const withFoot = (foot: string) => `Home\nPosts Notes About\nSearch\nNotes on a slow garden\nMarch 4, 2025\n${PROSE}\n${PROSE}\n${PROSE}\nContact\nFeeds\n${foot}`;
const withMasthead = (masthead: string) => `${masthead}\nHome\nPolitics\nSport\nThe harbour opens a new quay\nMarch 4, 2025\n${PROSE}\n${PROSE}\n${PROSE}`;

describe("text bylines: a newsroom's name where a site's owner would stand", () => {
  it("a copyright line naming an outlet gives no author; a person's still does", () => {
    for (const foot of ['© 2025 Deutsche Welle', '© 2025 Harbor Times. All rights reserved.', 'Copyright © 2025 Nordsee Zeitung']) {
      expect(article(withFoot(foot)).record.author).toBeNull();
    }
    expect(article(withFoot('© 2025 Ottilie Brenner. All rights reserved.')).record.author).toBe('Ottilie Brenner');
  });

  it("a masthead naming an outlet gives no author", () => {
    expect(article(withMasthead('Digitale Zeitung')).record.author).toBeNull();
    expect(article(withMasthead('Harbor Chronicle')).record.author).toBeNull();
  });
});
