/**
 * A site-name field that writes a tagline beside the name ("Sample Fitness | Affordable Gyms Near You",
 * "Find a Provider - Book Online - Sample Health"): the part that names the page's own host is the
 * outlet, the rest is the site's slogan (lib/page-text/headline/outlet-name.ts).
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { nameBesideTagline } from '../../scripts/ingest/lib/page-text/headline/outlet-name.ts';

const P = 'The council approved the new bridge over the river on Monday, after two years of debate about its cost and the route of the road leading to it.';
const html = (siteName: string, url: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves the new river bridge</title>
<link rel="canonical" href="${url}"><meta property="og:site_name" content="${siteName}"></head><body>
<main><article><h1>Council approves the new river bridge</h1><div class="article-body"><p>${P}</p><p>${P.replace('Monday', 'Tuesday')}</p><p>${P.replace('Monday', 'Friday')}</p></div></article></main>
</body></html>`;

describe('outlet: the name beside a site-name field\'s tagline', () => {
  it.each([
    ['Sample Fitness | Affordable 24/7 Gyms Near Me', 'https://www.samplefitness.com/blog/a', 'Sample Fitness'],
    ['Find a Provider Near You - Book Online - Sample Health', 'https://sample-health.com/c/a', 'Sample Health'],
    ['Thoughts about Onboarding and Good UX | Samplepilot Blog', 'https://samplepilot.com/blog/a', 'Samplepilot Blog'],
    ['Jo Sample | Landscape Photography', 'https://josamplephotography.com/a', 'Jo Sample'],
    ['Sample of Photography - Courses, Tutorials & Books', 'https://www.thesampleofphotography.com/a', 'Sample of Photography'],
    ['SampleGeek - - Make Cool Gears Accessible', 'https://www.samplegeek.com/blog/a', 'SampleGeek'],
  ])('%s', (field, url, name) => {
    expect(nameBesideTagline(field, url)).toBe(name);
    expect(article(html(field, url), 'page.html').record.outlet).toBe(name);
  });

  it('nasty: a field none of whose parts names the host, or more than one does, stays whole', () => {
    // Two names of the writer and the subject, the host joining one to the other: which is the name is not said.
    expect(nameBesideTagline('Jo Sample - Cyber Security', 'https://www.jocybersecurity.com/a')).toBe('Jo Sample - Cyber Security');
    expect(nameBesideTagline('iSample | Sample University', 'https://isample.sample.edu/a')).toBe('iSample | Sample University');
    expect(nameBesideTagline('Sample Review: Reviews for the Real World', 'https://www.sampletimes.com/a')).toBe('Sample Review: Reviews for the Real World');
    expect(article(html('Harbor Gazette - Sample Bay', 'https://www.otherhost.com/a'), 'page.html').record.outlet).toBe('Harbor Gazette - Sample Bay');
  });

  it('nasty: a name with a hyphen or a dash and no tagline stays whole; so does a field without an address to read', () => {
    expect(nameBesideTagline('Sample-Jones Law', 'https://www.samplejones.com/a')).toBe('Sample-Jones Law');
    expect(nameBesideTagline('Sample Times | News', null)).toBe('Sample Times | News');
  });
});
