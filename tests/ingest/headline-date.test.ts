/**
 * Headlines and dates as real pages write them (issue 13, items 3 and 4), on small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { findStampDate } from '../../scripts/ingest/lib/dates/dates.ts';
import { splitFusedTitle } from '../../scripts/ingest/lib/page-text/headline/title.ts';

const P1 = 'China has launched a new science programme with twelve countries in Africa, the ministry of science and technology said on Tuesday in Beijing.';
const P2 = 'The programme will fund joint laboratories and train young researchers over the next five years, the ministry said in a statement.';

describe('dates as pages write them', () => {
  it.each([
    ['Published 3:45 p.m. ET Nov. 19, 2019', '2019-11-19'],
    ['November 20, 2019 / 4:15 PM', '2019-11-20'],
    ['20.11.2019', '2019-11-20'],
    ['Updated: 2019-11-20 10:32', '2019-11-20'],
  ])('reads the stamp "%s"', (stamp, date) => {
    const { record } = article(`New science plan for Africa\n${stamp}\n\n${P1}\n\n${P2}`);
    expect(record.date?.date).toBe(date);
  });

  it('keeps an update apart from the publication date', () => {
    const { record } = article(`New science plan for Africa\nPublished 3:45 p.m. ET Nov. 19, 2019\nUpdated: 2019-11-20 10:32\n\n${P1}\n\n${P2}`);
    expect(record.date?.date).toBe('2019-11-19');
  });

  it('never turns a relative time into a date, and never uses the clock', () => {
    const { record } = article(`New science plan for Africa\n13 hours ago\n\n${P1}\n\n${P2}`);
    expect(record.date).toBeNull();
    for (const line of ['13 hours ago', 'yesterday', 'há 3 horas', '3 часа назад', 'Nov 19']) expect(findStampDate(line, 'en') ?? findStampDate(line, 'pt') ?? findStampDate(line, 'ru'), line).toBeNull();
  });

  it('reads month names in the page’s language', () => {
    expect(findStampDate('Publicado em 19 de novembro de 2019, às 10h32', 'pt')?.date).toBe('2019-11-19');
    expect(findStampDate('19 ноября 2019, 10:32', 'ru')?.date).toBe('2019-11-19');
    expect(findStampDate('03/04/2021', 'en')).toBeNull();
  });
});

describe('real headlines', () => {
  it('splits a headline fused to a dateline', () => {
    expect(splitFusedTitle(`China joins African countries under Belt and Road science planBEIJING -- ${P1}`)).toEqual({
      title: 'China joins African countries under Belt and Road science plan',
      rest: `BEIJING -- ${P1}`,
    });
    const { record } = article(`China joins African countries under Belt and Road science planBEIJING, Nov. 19 (Xinhua) -- ${P1}\n\n${P2}`);
    expect(record.title).toBe('China joins African countries under Belt and Road science plan');
    expect(record.paragraphs[0].text).toMatch(/^BEIJING, Nov\. 19 \(Xinhua\) -- China has launched/);
  });

  it('is never a skip link, a cookie banner, a byline or a date line, and the first paragraph stays in the body', () => {
    const page = `Skip to main content\nThis website uses cookies to give you the best experience.\nAccept\nNew science plan for Africa launched by China\nBy Jane Smith, Science Correspondent\nNovember 19, 2019 at 4:15 pm\n\n${P1}\n\n${P2}`;
    const { record } = article(page);
    expect(record.title).toBe('New science plan for Africa launched by China');
    expect(record.paragraphs[0].text).toBe(P1);
  });

  it('is not another story’s headline listed above the article', () => {
    const page = `Most Read\nFootball Club Wins Cup In Extra Time\nStorm Closes Schools Across The North\n\nChina launches science programme with African partners\n\n${P1}\n\n${P2}`;
    expect(article(page).record.title).toBe('China launches science programme with African partners');
  });
});
