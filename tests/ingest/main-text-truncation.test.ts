/**
 * Main-text truncation: a signal that would end (or start) the article — a comment heading, a box
 * heading, a word that names a legal notice — is taken only when what surrounds it confirms it, so
 * the text path never keeps less of the article than the raw page shows. Small pages written here;
 * each case failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { articleLines } from '../helpers/main-text.ts';

const BLURB =
  'This is the shared notebook of two travellers who love the sea and the mountains, and who write down what they saw, what they ate and where they slept on every trip they take together, with the pictures they took on the way and the prices they paid, so that friends can follow in their footsteps.';
const A = [
  'Scientists from twelve countries will join the new radio observatory in the desert, the national academy said on Monday, in the largest such project the region has seen.',
  'The first data are expected in 2027, when the instrument starts regular observations of the southern sky and shares them with every partner institute.',
  'Funding for the first phase comes from the member states, which agreed last year to split the cost according to the size of their economies and research budgets.',
  'Engineers began laying the cables for the first hundred antennas in the spring, and the last of them should be in place before the rainy season starts in the autumn.',
];

describe('main-text truncation: a comment heading is confirmed by what follows it', () => {
  it('crosses a menu\'s "Comments" link under a site blurb when the article follows it', () => {
    const page = ['Home', BLURB, 'Album', 'Blog', 'Comments', 'Profile', 'Radio observatory opens to foreign partners', 'November 19, 2019', ...A, 'Tags: space, science'].join('\n');
    expect(articleLines(page)).toEqual(expect.arrayContaining(A));
  });

  it('still stops at a "Comments" heading under the article when fewer words of prose follow it', () => {
    const comment = 'What a wonderful project, I hope they will also let students visit the site once the antennas are working.';
    const page = ['Radio observatory opens to foreign partners', 'November 19, 2019', ...A, 'Comments', comment].join('\n');
    expect(articleLines(page)).toEqual(A);
  });

  it('crosses a comment count above an article whose dated entries look like comments\' stamps', () => {
    const lead = 'The observatory has had a long road to its opening: the partners first met eleven years ago, argued over the site for three, and then waited through two droughts, a change of government and a long fight over water rights before the first antenna went up in the desert this spring, three years later than planned.';
    const page = ['Radio observatory: a chronology', 'November 19, 2019', lead, 'Share', '3 Comments', 'March 3, 2019', A[0], 'April 5, 2019', A[1], 'June 1, 2019', A[2], A[3]].join('\n');
    expect(articleLines(page)).toEqual(expect.arrayContaining([lead, ...A]));
  });

  it('still stops at a comment section whose comments, each under its stamp and over its Reply button, say more than the article', () => {
    const comment = (n: number) => `Comment number ${n}: what a wonderful project, I hope they will also let students and teachers from the region visit the site once the antennas are working, and publish the data for schools as well as for the partner institutes.`;
    const page = ['Radio observatory opens to foreign partners', 'November 19, 2019', ...A, '12 Comments'];
    for (let n = 1; n <= 8; n++) page.push(`Reader ${n}`, `November ${19 + (n % 5)}, 2019 at 3:45 pm`, comment(n), 'Reply');
    expect(articleLines(page.join('\n'))).toEqual(A);
  });

  // (Whether the blurb above the menu joins the article is another question: here only what is lost counts.)
  it('in a language written without spaces, too', () => {
    const zh = [
      '来自十二个国家的科学家将参加沙漠中新建的射电天文台项目，国家科学院周一表示，这是该地区有史以来规模最大的同类项目之一。',
      '首批数据预计将于二零二七年获得，届时该仪器将开始对南方天空进行常规观测，并与每一个合作研究所共享这些观测结果和数据。',
      '第一阶段的资金来自成员国，这些国家去年同意按照各自经济规模和科研预算的大小来分摊全部建设费用，并将每年审查一次。',
    ];
    const blurb = '这是两位旅行者共同的笔记本，他们热爱大海和高山，记录下每一次旅行中看到的风景、吃到的美食和住过的地方，与朋友们分享。';
    const page = ['首页', blurb, '相簿', '部落格', '留言', '名片', '射电天文台向外国伙伴开放', '2019年11月19日', ...zh].join('\n');
    expect(articleLines(page)).toEqual(expect.arrayContaining(zh));
  });
});

describe('main-text truncation: a run of headline-like lines between paragraphs', () => {
  const countries = ['Argentina', 'Australia', 'Brazil', 'Canada', 'Chile', 'China', 'Egypt', 'France', 'Germany', 'India', 'Italy', 'Japan', 'Kenya', 'Mexico', 'Nigeria', 'Norway', 'Peru', 'Poland', 'Spain', 'Sweden'];
  /** Twenty partner institutes, one a line, in Title Case: the article's own list. */
  const partners = countries.map((c) => `The ${c} Institute of Radio Astronomy`);

  it('crosses a long list of Title-Case names between paragraphs when the article goes on in paragraphs', () => {
    const page = ['Radio observatory opens to foreign partners', 'November 19, 2019', A[0], A[1], ...partners, A[2], A[3]].join('\n');
    expect(articleLines(page)).toEqual(expect.arrayContaining(A));
  });

  it('still ends the article above other stories\' headlines that one short blurb follows', () => {
    const blurb = 'The Desert Courier has covered science in the region since 1994 and is read in forty countries.';
    const page = ['Radio observatory opens to foreign partners', 'November 19, 2019', ...A, 'More from Science', ...partners.slice(0, 8), blurb, 'Contact us'].join('\n');
    expect(articleLines(page)).toEqual(A);
  });
});

describe('main-text truncation: a list the article introduces', () => {
  it('runs on past an item long enough to read as a clause, to its last item', () => {
    const items = [
      'Hundreds of hours of observing time every year on the largest dish in the southern hemisphere',
      'Access to the archive of every observation since the first light',
      'Training for young engineers at the partner institutes',
      'Joint calls for projects that need more than one telescope of the network at the same time',
      'A seat on the board that decides where the next antennas are built',
    ];
    const page = ['Radio observatory opens to foreign partners', 'November 19, 2019', A[0], A[1], 'What the observatory offers its partners:', ...items, '© 2019 The Desert Courier. All rights reserved.'].join('\n');
    expect(articleLines(page)).toEqual([A[0], A[1], 'What the observatory offers its partners:', ...items]);
  });
});

describe('main-text truncation: a box heading over a text written in short lines', () => {
  it('ends the box where lines of prose follow one another (a blog written without full stops)', () => {
    const zh = [
      '一波波寒流报到之后 沙漠边上的射电天文台迎来了十二个国家的科学家',
      '沿着新修的公路一路向西 不久就看到了那片巨大的天线阵列在阳光下闪闪发亮 十分壮观',
      '台长带着我们参观了控制室 每一台仪器都有专人负责 数据会实时传送到各个合作研究所',
      '第一阶段的资金来自成员国 大家按照各自经济规模和科研预算的大小来分摊全部建设费用',
      '工程师们说最后一批天线将在雨季到来之前安装完毕 明年就可以开始常规观测南方的天空',
      '离开的时候天色已晚 满天的星星仿佛在提醒我们 这片沙漠从此多了一双倾听宇宙的耳朵',
    ];
    const page = ['首页', '相簿', '相关文章', '2019年11月19日', '沙漠里的射电天文台', ...zh, '回到顶部'].join('\n');
    expect(articleLines(page)).toEqual(expect.arrayContaining(zh));
  });
});

describe('main-text truncation: a box heading is confirmed by the lines under it', () => {
  const wines = [
    'Chardonnay – Fruity, buttery, with a velvety feel that is rare among dry white wines.',
    'Pinot Grigio – Simple, light-bodied, dry and crisp.',
    'Riesling – Usually very sweet, with intense fruit flavours.',
    'Muscadet – Zesty, and often light.',
  ];

  it('keeps a list of sentences the article gives under a heading that reads like a box\'s ("Popular white wines")', () => {
    const page = ['How to choose a wine', 'November 19, 2019', A[0], A[1], 'Popular white wines', ...wines, A[2], A[3], 'Most popular', 'Other story about wine', 'Another story about grapes'].join('\n');
    expect(articleLines(page)).toEqual([A[0], A[1], 'Popular white wines', ...wines, A[2], A[3]]);
  });

  it('still leaves out a box of other stories\' headlines under such a heading, inside the article', () => {
    const teasers = ['Vineyards Brace For A Late Frost', 'Wine Prices Rise Across Europe', 'The Best Bottles Under Ten Dollars'];
    const page = ['How to choose a wine', 'November 19, 2019', A[0], A[1], 'Most popular', ...teasers, A[2], A[3]].join('\n');
    // (The heading itself is named chrome: the clean stage takes it out under its own rule.)
    expect(articleLines(page).filter((l) => l !== 'Most popular')).toEqual(A);
  });
});

describe('main-text truncation: a time alone between paragraphs heads a live report\'s entry', () => {
  it('keeps "10 p.m." and "4:14 p.m." over the entries of a report updated through the day', () => {
    const page = ['The Latest: observatory opens to foreign partners', 'November 19, 2019', '10 p.m.', A[0], A[1], '___', '4:14 p.m.', A[2], A[3], 'Related stories'].join('\n');
    expect(articleLines(page)).toEqual(expect.arrayContaining(['4:14 p.m.', A[2]]));
  });

  it('still leaves out a date with its time between paragraphs (a stamp, not a heading)', () => {
    const page = ['Radio observatory opens to foreign partners', 'November 19, 2019', A[0], A[1], 'Nov 13, 2019 4:26 pm', A[2], A[3]].join('\n');
    expect(articleLines(page)).toEqual(A);
  });
});

describe('main-text truncation: the article\'s opening under its headline, above a block of promotions', () => {
  const opening = ['It finally happened!', 'We made it through the first year of the observatory, and it works.', 'Kind of.', 'We do not have the southern sky mapped yet, but we do have the first antennas in place.', 'We have not found aliens, but we have opened a new window on the early universe.', 'And we got here on budget.'];
  const promotions = ['Watch the full video on our channel', 'Members watch ad-free here', 'Subscribe to get access', 'Read more of this content when you subscribe today.', 'Log in', 'Listen to the audio podcast here'];

  it('keeps three lines of prose right under the headline that a block of calls to action parts from the rest', () => {
    const page = ['Home', 'Podcast', 'Radio observatory: the first year', ...opening, ...promotions, ...A, 'Share this'].join('\n');
    const out = articleLines(page);
    expect(out).toEqual(expect.arrayContaining([opening[1], opening[3], opening[4], ...A]));
    for (const p of promotions) expect(out).not.toContain(p);
  });

  it('still leaves out a standfirst of one sentence under the headline above the byline\'s buttons', () => {
    const standfirst = 'The new radio observatory in the desert will open to partners from twelve countries next year.';
    const page = ['Home', 'Radio observatory opens to foreign partners', standfirst, 'Share on Facebook', 'Share on Twitter', 'Subscribe to get access', ...A].join('\n');
    expect(articleLines(page)).not.toContain(standfirst);
  });
});
