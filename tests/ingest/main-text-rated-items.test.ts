/**
 * Main-text recall on rated items: "Data Cleaning with Julia ★★★★★(17)" under a sentence that
 * introduces the list is the article's item, not a counter. Small pages written here; the list failed
 * before its fix.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const FOOTER = ['About Us', 'Contact', 'Privacy Policy', 'Terms of Service', 'Advertise', 'Careers'];

describe('main-text recall: rated items of a list the article introduced', () => {
  const P1 =
    'Free certificates are a good way to show an employer what you have learned, and several of the largest course platforms now hand them out for nothing once you finish a track.';
  const P2 = 'The oldest of them is a nonprofit that teaches you to code for free, with thousands of exercises and a certificate at the end of each of its long tracks.';
  const INTRO_LIST = 'Here are the certifications it currently offers:';
  const RATED = ['Accessible Page Layout ★★★★★(105)', 'Data Cleaning with Julia ★★★★★(17)', 'Signal Processing with Julia ★★★★★(12)', 'Network Hardening ★★★★☆(6)', 'Linear Algebra with Julia ★★★★★(1)'];
  const P3 = 'The second platform offers more than seventy online courses with a free upgrade, which includes a certificate you can share once you have passed the final test.';
  const P4 = 'Its courses come from universities and companies around the world, and most of them take a few hours a week for a month or so before you can claim the certificate.';

  it('keeps items with their rating counts under the sentence that introduces them', () => {
    const page = ['Home', 'Massive List of Free Certificates', 'By Jane Writer', P1, P2, INTRO_LIST, ...RATED, 'Second Platform Certificates', P3, P4, ...FOOTER].join('\n');
    const { kept } = chooseArticle(page);
    for (const line of [P1, P2, INTRO_LIST, ...RATED, P3, P4]) expect(kept).toContain(line);
  });

  it('still leaves counts alone on their lines out', () => {
    const page = ['Home', 'Massive List of Free Certificates', 'By Jane Writer', P1, P2, INTRO_LIST, '(105)', '(17)', P3, P4, ...FOOTER].join('\n');
    const { kept } = chooseArticle(page);
    for (const line of ['(105)', '(17)']) expect(kept).not.toContain(line);
  });
});
