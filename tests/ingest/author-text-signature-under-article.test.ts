/**
 * The text path's byline signed at the article's foot: the writer's name alone on the first line under
 * the last paragraph, a block of its own (lib/bylines/name-under-article.ts), in Vietnamese, Russian,
 * Spanish and English. A footer menu's first entry ("Privacy Policy" right over "Contact Us"), a firm's
 * or a menu's words joined by "&", a heading whose words the page writes in lower case, and a name under
 * a run that ends on no sentence are no signature; a byline under the headline still wins.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { nameUnderLastParagraph } from '../../scripts/ingest/lib/bylines/name-under-article.ts';

const VI = 'Các nhà khoa học của hai nước sẽ cùng nghiên cứu biển trong năm năm tới, theo thỏa thuận ký hôm thứ hai tại Hà Nội. Dự án được tài trợ bởi cả hai chính phủ và mở cho sinh viên.';
const RU = 'Учёные двух стран будут вместе изучать море в ближайшие пять лет, говорится в соглашении, подписанном в понедельник. Проект финансируют оба правительства, и он открыт для студентов.';
const ES = 'Los científicos de ambos países estudiarán juntos el mar durante los próximos cinco años, según el acuerdo firmado el lunes. El proyecto lo financian los dos gobiernos y está abierto a estudiantes.';
const EN = 'Scientists from both countries will study the sea together over the next five years, under the agreement signed on Monday. Both governments fund the project, and it is open to students.';

/** A news page: a menu, the headline, its stamp, three paragraphs, then `foot` (blank lines between blocks as a browser's innerText has them). */
const page = (headline: string, paragraph: string, foot: string, under = '') =>
  `Home\nWorld\nScience\n\n${headline}\n${under ? `${under}\n` : ''}12.05.2025 10:00\n\n${paragraph}\n\n${paragraph}\n\n${paragraph}\n\n${foot}\n\nShare\nPrint\n`;

describe('text bylines: a name signed under the last paragraph', () => {
  it('reads the name alone under the last paragraph, in Vietnamese, Russian, Spanish and English', () => {
    expect(article(page('Hợp tác nghiên cứu biển được mở rộng', VI, 'Lê Phương\n\nTrở lại Khoa học')).record.author).toBe('Lê Phương');
    expect(article(page('Сотрудничество в изучении моря расширяется', RU, 'Андрей Колесников\n\nГазета «Вестник» №84 от 15.05.2025, стр. 1')).record.author).toBe('Андрей Колесников');
    expect(article(page('Se amplía la cooperación en el estudio del mar', ES, 'Marta Cañete Ruiz')).record.author).toBe('Marta Cañete Ruiz');
    expect(article(page('Marine research cooperation expands', EN, 'Nadia Okafor')).record.author).toBe('Nadia Okafor');
  });

  it("leaves a byline under the headline as it is", () => {
    expect(article(page('Marine research cooperation expands', EN, 'Nadia Okafor', 'By Li Wei')).record.author).toBe('Li Wei');
  });

  it("reads no footer menu's first entry, no words joined by '&', no heading of common words", () => {
    expect(article(page('Marine research cooperation expands', EN, 'Privacy Policy\nContact Us\nCareers')).record.author).toBeNull();
    expect(article(page('Marine research cooperation expands', EN, 'Privacy & Terms')).record.author).toBeNull();
    // "Governments" and "Students" are words the article writes in lower case: a heading's, no name's.
    expect(article(page('Marine research cooperation expands', EN, 'Governments Students')).record.author).toBeNull();
  });

  it('reads nothing under a run that ends on no sentence, or past the page', () => {
    const lower = () => new Set<string>();
    const apart = () => true;
    expect(nameUnderLastParagraph(['A heading of the list', 'Nadia Okafor'], 0, lower, apart)).toBeNull();
    expect(nameUnderLastParagraph([EN, 'Nadia Okafor'], 0, lower, apart)).toEqual({ name: 'Nadia Okafor', at: 1 });
    expect(nameUnderLastParagraph([EN, 'Nadia Okafor', 'Editor'], 0, lower, (i) => i === 2)).toBeNull();
    expect(nameUnderLastParagraph([EN], 0, lower, apart)).toBeNull();
  });
});
