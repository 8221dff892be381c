/**
 * Month names of Italian, Finnish, Indonesian and Vietnamese stamps, which chrono-node reads in its
 * own locales (lib/dates/dates.ts, CHRONO_LANGS): a page in one of these languages is dated by its
 * stamp as a Portuguese or Russian one is. A relative time or a date without its year stays unread.
 */
import { describe, expect, it } from 'vitest';
import { findStampDate } from '../../scripts/ingest/lib/dates/dates.ts';
import { article } from './helpers.ts';

describe('stamps in more languages', () => {
  it.each([
    ['Pubblicato il 7 marzo 2026', 'it', '2026-03-07'],
    ['Julkaistu 7. maaliskuuta 2026', 'fi', '2026-03-07'],
    ['Diterbitkan 7 Maret 2026, 10:15 WIB', 'id', '2026-03-07'],
    ['Ngày 7 tháng 3 năm 2026', 'vi', '2026-03-07'],
  ])('reads "%s" (%s)', (line, lang, date) => {
    expect(findStampDate(line, lang)?.date).toBe(date);
  });

  it.each([
    ['7 marzo', 'it'],
    ['3 ore fa', 'it'],
    ['7. maaliskuuta', 'fi'],
    ['2 jam yang lalu', 'id'],
  ])('does not read "%s" (%s)', (line, lang) => {
    expect(findStampDate(line, lang)).toBeNull();
  });

  it('dates an Italian page by its stamp under the headline', () => {
    const P1 = 'Il ministero ha annunciato ieri un nuovo programma di ricerca con dodici paesi africani, che durerà cinque anni e coinvolgerà molte università.';
    const P2 = 'Il programma finanzierà laboratori comuni e formerà giovani ricercatori nei prossimi anni, ha detto il ministero in una nota diffusa a Roma.';
    const P3 = 'I primi progetti partiranno la prossima primavera, con ricercatori di entrambe le parti che condivideranno dati su acqua, salute e raccolti.';
    const { record } = article(`Nuovo piano per la ricerca in Africa\n\nPubblicato il 7 marzo 2026\n\n${P1}\n\n${P2}\n\n${P3}`);
    expect(record.date?.date).toBe('2026-03-07');
  });
});
