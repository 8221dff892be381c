/**
 * Main-text detection on page structures that fooled it (written here, after the shapes of real
 * pages in the extraction bench, with no site's words): tag clouds, "Comments" links that are not
 * comment sections, comment sections without colons, lists of other stories with summaries, a lead
 * paragraph without its full stop, markup left in the text, copyright feet, news tickers, and boxes
 * of other stories in other languages.
 */
import { describe, expect, it } from 'vitest';
import { article, rules } from './helpers.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';

const A1 = 'Scientists from twelve countries will join the new radio observatory in the desert, the national academy said on Monday, in the largest such project the region has seen.';
const A2 = 'The first data are expected in 2027, when the instrument starts regular observations of the southern sky and shares them with every partner institute.';
const A3 = 'Funding for the first phase comes from the member states, which agreed last year to split the cost according to the size of their economies and research budgets.';
const A4 = 'Engineers will spend the next two years testing the antennas on site before the full array is switched on and handed over to the astronomers who will use it.';
const HEAD = 'Observatory opens its doors to foreign partners';

const removed = (report: ReturnType<typeof article>['report']) => report.entries.filter((e) => e.action === 'removed').map((e) => e.text ?? '');
const menu = (n: number) => Array.from({ length: n }, (_, i) => `Section ${String.fromCharCode(65 + (i % 26))}${i}`).join('\n');

describe('main-text: long lines that are not prose', () => {
  it('a tag cloud of a hundred words is not the article; the short article under the archive is', () => {
    const tags = Array.from({ length: 110 }, (_, i) => ['water', 'culture', 'health', 'sport', 'city', 'school', 'traffic', 'budget', 'library', 'park', 'bus'][i % 11] + (i > 10 ? ` ${i}` : '')).join(' ');
    const archive = Array.from({ length: 24 }, (_, i) => `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][i % 12]} (${100 + i})`).join('\n');
    const page = `${menu(60)}\nTags\n${tags}\nArchive\n${archive}\n${menu(40)}\n${HEAD}\n05/10/2018 - Posted by: Clara Brown - Category: Science\n${A1} ${A2}`;
    const { body } = article(page);
    expect(body).toBe(`${A1} ${A2}`);
  });

  it('a line of markup or a row of links separated by bullets is never prose', () => {
    const f = blockFeatures('<div><a href="http://ads.example.net/jump/site/section;sz=300x250;kw=science;ord=123?" target="_blank"><img src="http://ads.example.net/ad/site/section;sz=300x250" width="300" height="250" border="0" alt=""></a></div>', detectLanguage(A1 + A2));
    expect(f.markup).toBe(true);
    expect(f.words).toBeLessThan(15);
    const row = blockFeatures('Cheap against dear • Scripting magic at home • Smart homes • Data rescue • Automating the tablet • Ten tips for travellers on a budget', detectLanguage(A1 + A2));
    expect(row.wordList).toBe(true);
    const page = `${HEAD}\n${A1}\n${A2}\n<div><a href="http://ads.example.net/jump/site/section;sz=500x500;kw=science;ord=123?" target="_blank"><img src="http://ads.example.net/ad/site/section;sz=500x500" width="500" height="500" border="0" alt="Advertisement for something else entirely"></a></div>\nCheap against dear • Scripting magic at home • Smart homes • Data rescue • Automating the tablet • Ten tips for travellers on a budget`;
    expect(article(page).body).toBe([A1, A2].join('\n'));
  });
});

describe('main-text: comment marks that are not comment sections', () => {
  it('a page’s statistics ("Comments:" over a number) and a "Comments" tab above the text do not hide the article', () => {
    const stats = ['Published:', '2017-08-15', 'Words:', '67379', 'Comments:', '1664', 'Kudos:', '7142', 'Hits:', '152759'].join('\n');
    const page = `${menu(30)}\nWhile we have done our best to make the core functions of this site work without scripts, some parts still need them, so please turn them on for the best experience.\nEntire Work\nNext Chapter →\nComments\nShare\nCopy and paste the following code to link back to this work, or use the links below to share it on the sites you like best.\nTweet\nRating:\nGeneral\n${stats}\nChapter 1: The Visit\n${A1}\n${A2}\n${A3}\n${A4}`;
    const { body } = article(page);
    expect(body).toContain(A1);
    expect(body).toContain(A4);
  });

  it('"12 Comments" in the byline, with the article under it, does not end the page before the article', () => {
    const intro = 'Our weekly round-up brings you the most important stories of the week from our correspondents around the world, with analysis from our editors and the reactions of readers. Every Friday we also answer the questions you sent us, and we publish the best letters of the week with a reply from the author.';
    const page = `${menu(12)}\n${intro}\n${HEAD}\nBy Jane Smith\nMarch 4, 2024\n12 Comments\n${A1}\n${A2}\n${A3}\n${A4}`;
    const { body } = article(page);
    expect(body).toContain(A1);
    expect(body).toContain(A4);
  });

  it('a comment section whose commenters "say" without a colon is still a comment section', () => {
    const comment = (name: string, text: string) => `${name} says\nJuly 14, 2015 at 3:53 pm\n${text}\nreply to comment`;
    const page = `${HEAD}\n${A1}\n${A2}\n${A3}\nReader Interactions\n${comment('Sharon', 'Goodness, is that your telescope in the picture? Because that is the most beautiful instrument I have ever seen, and I would love to visit it one day with my whole family.')}\n${comment('Amy Lee', 'That is interesting! My uncle worked on a radio telescope for many years and always said that the desert is the best place in the world to listen to the sky at night.')}`;
    const { body, report } = article(page);
    expect(body).toBe([A1, A2, A3].join('\n'));
    expect(removed(report).some((t) => t.startsWith('Goodness'))).toBe(true);
  });
});

describe('main-text: a blog’s comment heading and a staff list', () => {
  it('"59 Comments on “Title”" heads the comment section even with no time under each comment', () => {
    const c = (name: string, text: string) => `${name}\n${text}`;
    const page = `${HEAD}\n${A1}\n${A2}\n59 Comments on “${HEAD}”\n${c('Emma', 'I know what you mean; I fell in love with the old observatory despite the changes, and I think the new one will be even better for everyone who visits it.')}\n${c('Chris S', 'In terms of funding, I learned today that the member states have already paid most of their share, which is good news for the astronomers who waited so long.')}\n${c('Pete', 'The podcast about the desert telescopes did a great deep dive into the making of the array, including interviews with the engineers who built the antennas.')}`;
    const { body, report } = article(page);
    expect(body).toBe([A1, A2].join('\n'));
    expect(removed(report).some((t) => t.startsWith('In terms of funding'))).toBe(true);
  });

  it('a long list of staff names after the article is not crossed for a paragraph beyond it', () => {
    const staff = ['Editorial', 'David Miller', 'Doreen Marsh', 'David Ember', 'Bond Hubert', 'Jordan Lyle', 'Alex Kasper', 'Dan Evans', 'Dan McGill', 'Beth Palmer', 'Liz Donald', 'Operations', 'Vinny Green', 'Ryan Miller', 'Chris Reilly', 'Chad Orton', 'Elyssa Young', 'Advertising', 'Tom Baker', 'Ann Lee'].join('\n');
    const blurb = 'Our newsroom has checked claims and rumours for readers since the early days of the web, and we rely on the support of readers like you to keep doing it every day of the year.';
    const page = `${HEAD}\n${A1}\n${A2}\n${A3}\nThe Team\n${staff}\n${blurb}`;
    const { body } = article(page);
    expect(body).toBe([A1, A2, A3].join('\n'));
  });
});

describe('main-text: lists of other stories', () => {
  it('drops headlines that each come with a one-paragraph summary, after the article', () => {
    const teasers = [
      ['Big discount on a popular smart speaker available before launch', 'In September the company announced a slew of devices that expand its assistant into every corner of the home, and now one of them is cheaper.'],
      ['Deal alert: newest tablet up to two hundred dollars off', 'The retailer is not waiting for the holidays to offer deep discounts on its most expensive tablet, which many reviewers called the best of the year.'],
      ['Here are the great upcoming holiday deals of a laptop maker', 'The laptop maker has released its list of holiday deals to help get the shopping season started early, with savings on gaming machines and monitors.'],
    ];
    const page = `${HEAD}\n${A1}\n${A2}\n${A3}\nAdvertisement\n${teasers.map(([h, s]) => `${h}\n${s}`).join('\n')}`;
    const { body, report } = article(page);
    expect(body).toBe([A1, A2, A3].join('\n'));
    expect(removed(report)).toContain(teasers[2][1]);
  });

  it('keeps an article whose sub-headings each lead several paragraphs', () => {
    const page = `${HEAD}\n${A1}\nThe array and its many antennas in the desert\n${A2}\n${A3}\nWhat the partners will pay for it in the years to come\n${A4}\n${A1.replace('Monday', 'Tuesday')}\nWhen the astronomers of all member countries will start to use it\n${A3.replace('last year', 'in May')}\n${A2.replace('2027', '2028')}`;
    const { body } = article(page);
    expect(body).toContain('What the partners will pay for it in the years to come');
    expect(body).toContain(A2.replace('2027', '2028'));
  });
});

describe('main-text: where the article starts and ends', () => {
  it('a lead paragraph the page wrote without its full stop starts the article, and is not the headline', () => {
    const lead = 'The club paid the full fee to the league this morning to secure the transfer of the goalkeeper from the Spanish side after weeks of talks';
    const page = `Home\nAbout\nContact\nBREAKING NEWS: Club Pays Record Fee To Sign Goalkeeper From Spanish Side\nSportsDaily\nAugust 08, 2018\n${lead}\n${A1}\n${A2}`;
    const { body, record } = article(page);
    expect(record.title).toBe('BREAKING NEWS: Club Pays Record Fee To Sign Goalkeeper From Spanish Side');
    expect(body.split('\n')[0]).toBe(lead);
  });

  it('a copyright line ends the article even when a long paragraph follows it', () => {
    const disclaimer = 'Accuracy and availability of transcripts may vary. Transcript text may be revised to correct errors or match updates to audio, and the audio on the site may be edited after its original broadcast or publication. The authoritative record of our programming is the audio record.';
    const page = `${HEAD}\n${A1}\n${A2}\n© 2023 Example Radio. All rights reserved.\n${disclaimer}`;
    const { body } = article(page);
    expect(body).toBe([A1, A2].join('\n'));
  });

  it('a news ticker of time-stamped headlines beside the article is not part of it', () => {
    const quake = 'An earthquake of magnitude 6.8 struck off the coast of the island on Thursday, the geological survey said, with no immediate reports of damage in the towns nearby.';
    const page = `${HEAD}\n${A1}\n${A2}\n${A3}\nLive\n14:44 Accusations against soldiers: fourteen men named, some identified\n14:32 An artist arrested for colouring a geyser pink\n14:21 Storm warning lifted for the whole northern coast tonight\n14:10\nEarthquake.\n${quake}\n13:54 Parliament refuses to examine the whole text of the law`;
    const { body, report } = article(page);
    expect(body).toBe([A1, A2, A3].join('\n'));
    expect(removed(report)).toContain('14:32 An artist arrested for colouring a geyser pink');
  });
});

describe('main-text: an article about privacy', () => {
  it('keeps its paragraphs on cookies and terms of service, and still drops the consent banner', () => {
    const p1 = 'Are those of us who have explicitly avoided agreeing to the terms of service of the big platforms simply fair game for an industry-wide surveillance and targeting machine?';
    const p2 = 'While they may not solve the problem, there are some technical steps people can take to limit the scope of these practices. For example, browsers can block third-party cookies, and some of them now do so by default, which cuts off the simplest way advertisers follow a reader from one site to the next. Extensions go further and block the scripts that collect the data in the first place, though they sometimes break the pages they are meant to protect, and readers give up on them.';
    const banner = 'We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.';
    const page = `${banner}\nAccept\nTracking the trackers\n${A1}\n${p1}\n${A2}\n${p2}\n${A3}`;
    const { body, report } = article(page);
    expect(body).toBe([A1, p1, A2, p2, A3].join('\n'));
    expect(removed(report)).toContain(banner);
  });
});

describe('main-text: other languages', () => {
  it('finds boxes of other stories by their headings in Russian, Japanese, French and Portuguese', () => {
    const ru = ['Китай продолжит расширять международное сотрудничество в области науки и технологий с другими странами, заявил министр в пятницу на пресс-конференции в Пекине.', 'По его словам, страна будет и дальше защищать интеллектуальную собственность и создавать условия для работы иностранных учёных.'];
    const { body } = article(`Китай откроет двери для учёных\n${ru[0]}\n${ru[1]}\nЧитайте также\nВ Москве открылась выставка современной живописи\nСборная выиграла матч в дополнительное время\nНа дорогах города ожидаются пробки`);
    expect(body).toBe(ru.join('\n'));
    for (const heading of ['関連記事', '関連記事一覧', 'Sur le même sujet', 'Você também pode gostar', 'Читайте также', 'Lesen Sie auch']) {
      expect(blockFeatures(heading, detectLanguage(ru.join(' '))).boxHeading, heading).toBe(true);
    }
    expect(blockFeatures('Relatedness of the two samples', detectLanguage(A1)).boxHeading).toBe(false);
  });

  it('reads the language of a Chinese page whose first long line is markup', () => {
    const zh = ['一波波接續性低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣', '玉峰道路一路上雲氣山嵐滯留山頭 順路下切蜿蜒道路後不久即抵達來到國小', '營區內除了露營、民宿、餐飲、賞楓項目多了許多原木飾品更有畫龍點睛加乘效果'];
    const text = `<img src="https://tracker.example.net/pixel.gif?account=H00Mh1aIE700wg&amp;page=blog&amp;section=travel&amp;referrer=search&amp;campaign=autumn-leaves-and-camping-trips" style="display:none" height="1" width="1" alt="tracking pixel for the statistics of this page" />\n首頁\n部落格\n${Array.from({ length: 10 }, () => zh.join('\n')).join('\n')}`;
    expect(text.length).toBeGreaterThan(800);
    expect(detectLanguage(text).lang).toBe('zh');
  });
});

describe('clean: headlines between paragraphs', () => {
  it('keeps numbered and question sub-headings, removes labelled and shouted links to other stories', () => {
    const page = `${HEAD}\n${A1}\n2. Don’t throw yourself in the deep end on the very first day\n${A2}\nRelated: The fifteen weirdest galaxies in our whole universe\n${A3}\nSCIENTIST OPENS UP ABOUT SERIOUS HEALTH CONDITION AFTER LONG ILLNESS\n${A4}`;
    const { body, report } = article(page);
    expect(body).toContain('2. Don’t throw yourself in the deep end on the very first day');
    expect(body).not.toContain('Related: The fifteen weirdest');
    expect(body).not.toContain('SCIENTIST OPENS UP');
    expect(rules(report)).toContain('related-headline');
  });
});
