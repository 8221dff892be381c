/**
 * Main-text precision: lines that read like prose but are not the article's (a photo caption with
 * its credit, …) are left out of it, with their reason; the article's own lines around them stay.
 * Small pages written here; each case failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';

const A1 = 'Scientists from twelve countries will join the new radio observatory in the desert, the national academy said on Monday, in the largest such project the region has seen.';
const A2 = 'The first data are expected in 2027, when the instrument starts regular observations of the southern sky and shares them with every partner institute.';
const A3 = 'Funding for the first phase comes from the member states, which agreed last year to split the cost according to the size of their economies and research budgets.';

describe('main-text precision: photo captions', () => {
  const captions = [
    'The director of the academy, left, and a visiting engineer inspect the first antenna in the desert on Monday. Photograph by Jane Smith/News Agency',
    'Engineers at work on the dish, which will be the largest of its kind in the southern hemisphere (Photo courtesy of John Doe, Staff)',
    'Antennas of the observatory stand in the desert near the border, November 19, 2019. © News Agency / John Doe',
    'Workers lift the last panel of the dish into place at the site, which opened in May last yearCredit: The Science Times',
    '2of4Engineers test the receivers of the new dish at the site, Tuesday, Nov. 19, 2019, before the partners arrive.',
  ];

  it('leaves out a caption that ends with its photo credit, above or between paragraphs, and says why', () => {
    const page = `Observatory opens its doors to foreign partners\n${captions[0]}\n${A1}\n${captions[1]}\n${A2}\n${captions[2]}\n${captions[4]}\n${A3}\n${captions[3]}\nMore from Science`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual([A1, A2, A3]);
    for (const c of captions) expect(why.get(c)).toMatch(/caption/);
  });

  it('knows a caption by its label, its credits in brackets, a credit run into it, or its expand button', () => {
    const en = detectLanguage(A1);
    for (const line of [
      'Image caption The director of the academy has led the project since its first antenna went up in the desert',
      'The first map of the southern sky made with the new dish. (Science Agency/Desert Institute/State University)',
      'A shopper looks at extension cords at a hardware store in the valley on Tuesday. (Jane Smith/The Valley Paper via News Agency)',
      '2of4A shopper looks at extension cords at a hardware store in the valley on Tuesday, before the power cut.',
      'The director speaks at the academy on July 25, 2019.Jane Smith / News Agency file',
      'Not all antennas are made of steel. If you are looking for a lighter one, you can try one ... [+]',
    ]) {
      expect(blockFeatures(line, en).caption, line).toBe(true);
    }
    for (const line of [A1, 'The partners (the academy and the institute) will share the data.', 'Read the results of the study (PDF)', 'The ministry did not comment on the report, the agencies said. (dpa/AFP)']) {
      expect(blockFeatures(line, en).caption, line).toBe(false);
    }
  });

  it('keeps prose that names a picture or an image without crediting one', () => {
    const prose = [
      'The first image: a galaxy far older than any seen before, the team said, which surprised everyone at the institute.',
      'Picture this: a dish the size of a stadium, listening to the sky every night of the year for the next fifty years.',
      'The picture by the academy’s photographer won a prize last year, and the institute now hangs it in its entrance hall.',
    ];
    const page = `Observatory opens its doors to foreign partners\n${A1}\n${prose.join('\n')}\n${A2}`;
    expect(chooseArticle(page).kept).toEqual([A1, ...prose, A2]);
  });
});

describe('main-text precision: a note on the author after the article', () => {
  const bio = 'Jane Smith covers science and technology for the paper and has reported from four continents since she joined it in 2009.';

  it('leaves out the paragraph about the author the byline names, under her name, and what follows it', () => {
    const page = `Observatory opens its doors to foreign partners\nBy Jane Smith | Science Desk\n${A1}\n${A2}\n${A3}\nAbout Jane Smith\n${bio}\nRelated\nNew Telescope Spots Earliest Galaxy Yet Seen`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual([A1, A2, A3]);
    expect(why.get(bio)).toMatch(/author/);
  });

  it('keeps a paragraph about someone the byline does not name, and one that does not start with the name', () => {
    const profile = 'Maria Lopez leads the antenna team at the institute and has built three of the instruments now in the desert.';
    const page = `Observatory opens its doors to foreign partners\nBy Jane Smith | Science Desk\n${A1}\n${A2}\nMaria Lopez\n${profile}\n${A3}`;
    expect(chooseArticle(page).kept).toEqual([A1, A2, 'Maria Lopez', profile, A3]);
  });

  it('keeps such a paragraph when most of the article comes after it (it introduces the author, it does not close the article)', () => {
    const intro = 'Jane Smith has covered the observatory since its first antenna went up, and she went back to the desert this spring.';
    const page = `Observatory opens its doors to foreign partners\nBy Jane Smith | Science Desk\n${A1}\nJane Smith\n${intro}\n${A2}\n${A3}\n${A1.replace('Monday', 'Tuesday')}`;
    expect(chooseArticle(page).kept).toEqual([A1, 'Jane Smith', intro, A2, A3, A1.replace('Monday', 'Tuesday')]);
  });
});

describe('main-text precision: other stories’ summaries under a box after the article', () => {
  // A whole article: five paragraphs, some 270 words of prose.
  const article = [`${A1} ${A2}`, `${A2} ${A3}`, `${A3} ${A1}`, `${A1} ${A3}`, `${A2} ${A1}`];
  const teasers = [
    'A new survey of the southern sky finds twice as many young stars as astronomers expected to see there.',
    'The space agency has picked three teams to design the lander that will carry the first rover to the far side.',
    'Researchers say the ocean floor is far louder than anyone thought, and ships are to blame for most of the noise.',
  ];

  it('leaves out the summaries one by one under "You may also like", between their labels and buttons', () => {
    const page = `Observatory opens its doors to foreign partners\n${article.join('\n')}\nYou may also like\n${teasers.map((t) => `Space\n${t}\nPin Send`).join('\n')}\nAbout us`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual(article);
    expect(why.get(teasers[0])).toMatch(/after the article/);
  });

  it('keeps the article going on in paragraphs under a box set inside it', () => {
    const page = `Observatory opens its doors to foreign partners\n${article.join('\n')}\nRelated\nNew Telescope Spots Earliest Galaxy Yet Seen\n${teasers[0]}\n${teasers[1]}\n${A3.replace('last year', 'in 2018')}`;
    // ("Related" is left to the named rules of `clean`.)
    expect(chooseArticle(page).kept).toEqual([...article, 'Related', ...teasers.slice(0, 2), A3.replace('last year', 'in 2018')]);
  });
});

describe('main-text precision: headings of boxes of other stories, as pages write them', () => {
  const en = detectLanguage(A1);
  it('knows a heading in brackets, trailing off, or with a word or two inside', () => {
    for (const heading of ['【関連記事】', 'Você pode gostar...', "Editors' Picks", 'Самые популярные диеты', 'More Great Science Stories', 'Artigos relacionados', 'Next Up In Science', 'Explore more on these topics']) {
      expect(blockFeatures(heading, en).boxHeading, heading).toBe(true);
    }
  });
  it('does not take a sentence or a sub-heading for one', () => {
    for (const line of ['Related to this, the academy says…', 'More than ten partners are in talks…', 'More telescopes, more data', 'Next, the dish']) {
      expect(blockFeatures(line, en).boxHeading, line).toBe(false);
    }
  });
});

describe('main-text precision: a sign-up form’s text', () => {
  const en = detectLanguage(A1);
  it('takes lines about the reader’s subscription or e-mail for a call to action, in several languages', () => {
    for (const line of [
      'No spam, we promise. You can unsubscribe at any time and we will never share your details without your permission.',
      'An email with an activation link has just been sent to your email address. Please activate your subscription by clicking the link in it.',
      'There is plenty more where that came from. Sign up today to get the free daily newsletter delivered to your inbox.',
      'Receba a nossa newsletter: inscreva-se e você recebe as notícias do dia.',
    ]) {
      expect(blockFeatures(line, en).callToAction, line).toBe(true);
    }
  });
  it('does not take prose that mentions a newsletter or the reader’s inbox in passing', () => {
    for (const line of [
      'The company said its newsletter now reaches two million readers, twice as many as last year.',
      'This makes it possible for the network to build a detailed picture of your browsing history, even if you never signed up for it, the researchers found in their study.',
    ]) {
      expect(blockFeatures(line, en).callToAction, line).toBe(false);
    }
  });
  it('ends the article above the form', () => {
    const form = ['Please fill the form to subscribe to our newsletter', 'An email with an activation link has just been sent to your email address. Please activate your subscription by clicking the link in it.', 'No spam, we promise. You can unsubscribe at any time and we will never share your details without your permission.'];
    expect(chooseArticle(`Observatory opens its doors to foreign partners\n${A1}\n${A2}\n${A3}\n${form.join('\n')}`).kept).toEqual([A1, A2, A3]);
  });
});

describe('main-text precision: a standfirst or caption above the article’s byline or date', () => {
  const dek = 'The academy says the desert site will host the largest radio telescope of the southern hemisphere.';

  it('starts the article under its stamp, and leaves the sentence above the byline out, with its reason', () => {
    const page = `Science\nObservatory opens its doors to foreign partners\n${dek}\nBy Jane Smith\nNovember 19, 2019 8:21 am ET\n${A1}\n${A2}\n${A3}`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual([A1, A2, A3]);
    expect(why.get(dek)).toMatch(/standfirst or caption/);
  });

  it('keeps a first paragraph that opens with a news dateline above a time stamp (a live report)', () => {
    const lead = 'HAYWARD, Calif. (AP) — The Latest on the observatory opening in the desert, where partners from twelve countries met.';
    const page = `Observatory opens its doors to foreign partners\n${lead}\n10 p.m.\n${A1}\n${A2}`;
    // The time over the entry heads it in the report as published (the benchmarks' bodies keep it).
    expect(chooseArticle(page).kept).toEqual([lead, '10 p.m.', A1, A2]);
  });
});

describe('main-text precision: another story’s headline run into its summary', () => {
  const en = detectLanguage(A1);
  it('finds the junction before a capitalised word too, when a sentence follows it', () => {
    for (const line of [
      "Explore The Top Spots in the City's Riverside NeighborhoodVisiting Riverside, or just looking to better appreciate it, here are the places to see.",
      'Dock Union Opens Talks With Port Operator; Walkout PossibleThe Harbor Workers union on Monday turned its bargaining to the last of the big terminals.',
    ]) {
      expect(blockFeatures(line, en).fusedTeaser, line).toBe(true);
    }
  });
  it('does not take a camel-case name or a digit before a capital for one', () => {
    for (const line of [
      'A Premium 3D Sound System will be available, as is a phone box which includes signal boosting and wireless charging for the passengers.',
      'The YubiKey 5C NFC and the other keys are compact hardware security keys that provide strong authentication for online accounts.',
      'New MacBook Pro Review',
    ]) {
      expect(blockFeatures(line, en).fusedTeaser, line).toBe(false);
    }
  });
});

describe('main-text precision: an invitation to comment in other languages', () => {
  it('ends the article at "Lascia un commento", "Deixe um comentário", "Оставьте комментарий"', () => {
    for (const invitation of ['Lascia un commento', 'Deixe um comentário', 'Оставьте комментарий', 'Laissez un commentaire']) {
      const blurb = 'Siamo un memorabilia del meglio dei fantastici anni ottanta e novanta!';
      const page = `Observatory opens its doors to foreign partners\n${A1}\n${A2}\nrmb8090\n${blurb}\n${invitation}\nDevi essere connesso per inviare un commento.\nA reader wrote that the observatory should open its doors to schools as well, and many agreed with her.`;
      const { kept, why } = chooseArticle(page);
      expect(kept, invitation).toEqual([A1, A2]);
      expect(why.get(invitation)).toMatch(/after the article/);
    }
  });
});

describe('main-text precision: a short sentence above the article', () => {
  it('is left out before the article with its reason (a standfirst, a caption, a site blurb), not kept as the page header', () => {
    const dek = 'The desert site will host the largest dish of its kind.';
    const page = `Science\nObservatory opens its doors to foreign partners\n${dek}\nListen to this story\n(185)\n${A1}\n${A2}\n${A3}`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual([A1, A2, A3]);
    expect(why.get(dek)).toMatch(/before the article: a sentence above it/);
  });
});
