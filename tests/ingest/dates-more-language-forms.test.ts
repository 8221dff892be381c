/**
 * Dates as pages in other languages write them, read on any page whatever its detected language
 * (lib/dates/dates.ts, month-names.ts, thai-dates.ts): Spanish, Portuguese, Catalan and Galician
 * with "de" between the day, the month and the year; the French "1er"; the short month names of
 * stamp rows in German, Dutch, Spanish, Portuguese and Italian; Thai short months and years of the
 * Buddhist era (only where the Thai script or the era's mark makes the era certain). A relative time
 * never becomes a date. Small lines and pages written here.
 */
import { describe, expect, it } from 'vitest';
import { findFullDates, findStampDate } from '../../scripts/ingest/lib/dates/dates.ts';
import { article } from './helpers.ts';

/** The one date `line` holds, read by the table on any page (English detected or not) and by the stamp reader. */
function readEverywhere(line: string): string | null {
  const full = findFullDates(line).map((d) => d.date);
  const stamp = findStampDate(line, 'en');
  expect(full.length).toBeLessThanOrEqual(1);
  if (stamp) expect(line).toContain(stamp.text);
  expect(stamp?.date ?? null).toBe(full[0] ?? null);
  return stamp?.date ?? null;
}

describe('"de" between the day, the month and the year', () => {
  it.each([
    ['9 de marzo de 2026', '2026-03-09'],
    ['Publicado el 9 de marzo de 2026', '2026-03-09'],
    ['lunes, 9 de marzo de 2026 10:15', '2026-03-09'],
    ['9 de Março de 2026', '2026-03-09'],
    ['Publicado em 9 de março de 2026, às 10h15', '2026-03-09'],
    ['9 de setembro de 2025', '2025-09-09'],
    ['9 de setiembre de 2025', '2025-09-09'],
    ['9 de març de 2026', '2026-03-09'],
    ["9 d'abril de 2026", '2026-04-09'],
    ['9 d’octubre de 2025', '2025-10-09'],
    ['9 de xullo de 2025', '2025-07-09'],
    ['9 de marzo del 2026', '2026-03-09'],
    ['9 de marzo, 2026', '2026-03-09'],
    ['1º de janeiro de 2026', '2026-01-01'],
    ['1.º de enero de 2026', '2026-01-01'],
  ])('reads "%s"', (line, day) => {
    expect(readEverywhere(line)).toBe(day);
  });

  it.each([
    ['9 de marzo', 'a date without its year'],
    ['9 de los 2026 alumnos', 'a word that names no month'],
    ['9 de marzo de 12026', 'no year of four digits'],
  ])('reads nothing in "%s" (%s)', (line) => {
    expect(readEverywhere(line)).toBeNull();
  });
});

describe('languages chrono reads only on a page found to be in them', () => {
  it.each([
    ['Опубликовано 9 марта 2026', '2026-03-09'],
    ['9 МАРТА 2026, 10:15', '2026-03-09'],
    ['Senin, 9 Maret 2026 10:15 WIB', '2026-03-09'],
    ['9 Agu 2025', '2025-08-09'],
    ['9. maaliskuuta 2026', '2026-03-09'],
    ['ngày 9 tháng 3 năm 2026', '2026-03-09'],
    ['9 Tháng 3, 2026', '2026-03-09'],
  ])('reads "%s" on any page', (line, day) => {
    expect(readEverywhere(line)).toBe(day);
  });

  it('reads no Vietnamese month past twelve', () => {
    expect(readEverywhere('9 tháng 13 năm 2026')).toBeNull();
  });
});

describe('the French first of the month', () => {
  it.each([
    ['1er mars 2026', '2026-03-01'],
    ['Publié le 1er mars 2026 à 10h15', '2026-03-01'],
    ['dimanche 1er février 2026', '2026-02-01'],
    ['1° marzo 2026', '2026-03-01'],
  ])('reads "%s"', (line, day) => {
    expect(readEverywhere(line)).toBe(day);
  });

  it('reads no ordinal mark on another day', () => {
    expect(readEverywhere('9er mars 2026')).toBeNull();
  });
});

describe('short month names of stamp rows in other languages', () => {
  it.each([
    ['Mo., 9. Feb. 2026', '2026-02-09'],
    ['9. Mär. 2026, 10:15 Uhr', '2026-03-09'],
    ['9. Okt. 2025', '2025-10-09'],
    ['ma 9 mrt. 2026', '2026-03-09'],
    ['9 mrt 2026 10:15', '2026-03-09'],
    ['lun, 9 mar 2026', '2026-03-09'],
    ['9 ago. 2025', '2025-08-09'],
    ['9 ene. 2026', '2026-01-09'],
    ['9 dic. 2025', '2025-12-09'],
    ['9 set. 2025', '2025-09-09'],
    ['9 out. 2025', '2025-10-09'],
    ['9 fev. 2026', '2026-02-09'],
    ['9 ott 2025', '2025-10-09'],
    ['9 giu 2025', '2025-06-09'],
  ])('reads "%s"', (line, day) => {
    expect(readEverywhere(line)).toBe(day);
  });

  it('reads "ago." as August on a Spanish page, not as a relative time', () => {
    expect(findStampDate('Actualizado: 9 ago. 2025', 'es')?.date).toBe('2025-08-09');
  });

  it.each(['13 hours ago', 'vor 13 Stunden', 'hace 13 horas', 'il y a 13 heures', 'há 2 dias', '3 ore fa'])('never dates a relative time: "%s"', (line) => {
    for (const lang of ['en', 'de', 'es', 'fr', 'pt', 'it']) expect(findStampDate(line, lang)).toBeNull();
    expect(findFullDates(line)).toEqual([]);
  });
});

describe('Thai dates', () => {
  it.each([
    ['9 มี.ค. 2569', '2026-03-09'],
    ['9 มีนาคม 2569', '2026-03-09'],
    ['วันจันทร์ที่ 9 มีนาคม พ.ศ. 2569', '2026-03-09'],
    ['9 มี.ค. พ.ศ.2569 10:15 น.', '2026-03-09'],
    ['9 มีนาคม ค.ศ. 2026', '2026-03-09'],
    ['9 มีนาคม 2026', '2026-03-09'],
    ['๙ มี.ค. ๒๕๖๙', '2026-03-09'],
    ['31 ธ.ค. 2568', '2025-12-31'],
    ['1 ม.ค. 2569', '2026-01-01'],
  ])('reads "%s"', (line, day) => {
    expect(readEverywhere(line)).toBe(day);
  });

  it.each([
    ['9 มี.ค. 69', 'a two-digit year: which era is not certain'],
    ['9 March 2569', 'a year of the Buddhist era needs a Thai month or its mark'],
    ['9 มีนาคม ค.ศ. 2569', 'a year the Common Era mark says is no such year'],
    ['9 มีนาคม 2250', 'a year of neither era'],
  ])('reads nothing in "%s" (%s)', (line) => {
    expect(readEverywhere(line)).toBeNull();
  });

  it('dates a Thai page by its stamp', () => {
    const headline = 'ความร่วมมือด้านวิทยาศาสตร์ครั้งใหม่กับแอฟริกา';
    const body = [
      'กระทรวงวิทยาศาสตร์ประกาศโครงการวิจัยร่วมกับสิบสองประเทศในแอฟริกาเมื่อวันอังคาร โดยโครงการนี้จะใช้เวลาห้าปีและครอบคลุมมหาวิทยาลัยหลายแห่ง',
      'โครงการจะสนับสนุนห้องปฏิบัติการร่วมและฝึกอบรมนักวิจัยรุ่นใหม่ในอีกหลายปีข้างหน้า ตามแถลงการณ์ของกระทรวงที่ออกในกรุงเทพมหานคร',
      'โครงการแรกจะเริ่มในฤดูใบไม้ผลิปีหน้า และนักวิทยาศาสตร์จากทั้งสองฝ่ายจะแบ่งปันข้อมูลเกี่ยวกับน้ำ สุขภาพ และพืชผล',
    ].join('\n\n');
    const { record } = article(`${headline}\n9 มี.ค. 2569 10:15 น.\n\n${body}`);
    expect(record.date?.date).toBe('2026-03-09');
  });
});

describe('dates of other languages on whole pages', () => {
  const SPANISH = [
    'El ministerio de ciencia anunció el martes un nuevo programa de investigación conjunta con doce países de África, que durará cinco años.',
    'El programa financiará laboratorios conjuntos y formará a jóvenes investigadores en los próximos años, según un comunicado del ministerio.',
    'Los primeros proyectos comenzarán la próxima primavera y los científicos de ambas partes compartirán datos sobre agua, salud y cultivos.',
  ].join('\n\n');

  it('dates a Spanish text page by its stamp under the headline', () => {
    const { record } = article(`Nuevo programa de ciencia con África\nPublicado el 9 de marzo de 2026\n\n${SPANISH}`);
    expect(record.date?.date).toBe('2026-03-09');
  });

  it('dates a Catalan saved page by its date line', () => {
    const html = `<!DOCTYPE html><html lang="ca"><head><title>Nou programa de ciència amb l'Àfrica</title></head><body><article><h1>Nou programa de ciència amb l'Àfrica</h1><p class="data">9 de març de 2026</p>${SPANISH.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const { record } = article(html, 'fixture.html');
    expect(record.date?.date).toBe('2026-03-09');
  });
});

describe('Japanese, Chinese and Korean dates on text and saved pages', () => {
  const pages = {
    ja: {
      headline: 'アフリカとの新しい科学協力計画',
      stamp: '2026年3月9日 10時15分',
      body: [
        '科学技術省は火曜日、アフリカの十二か国との新しい共同研究計画を発表した。計画は五年間続き、多くの大学が参加する予定である。',
        '計画は共同研究所に資金を提供し、今後数年間で若い研究者を育成すると同省は声明で述べた。最初の事業は来年の春に始まる。',
        '双方の科学者は水、健康、作物に関するデータを共有し、成果を毎年公開する予定であると関係者は説明した。',
      ],
    },
    zh: {
      headline: '与非洲开展新的科学合作计划',
      stamp: '发布时间：2026年3月9日 10:15',
      body: [
        '科学技术部周二宣布与非洲十二个国家开展新的联合研究计划，该计划为期五年，将有多所大学参与其中。',
        '该计划将资助联合实验室，并在未来几年培养青年研究人员，科学技术部在声明中表示。首批项目将于明年春天启动。',
        '双方科学家将共享水资源、健康和农作物方面的数据，并每年公布研究成果，有关人士介绍说。',
      ],
    },
    ko: {
      headline: '아프리카와 새로운 과학 협력 계획',
      stamp: '입력 2026년 3월 9일 오전 10:15',
      body: [
        '과학기술부는 화요일 아프리카 열두 개 나라와 새로운 공동 연구 계획을 발표했다. 계획은 오 년 동안 이어지며 여러 대학이 참여한다.',
        '계획은 공동 연구소에 자금을 지원하고 앞으로 몇 년 동안 젊은 연구자를 양성할 것이라고 과학기술부는 성명에서 밝혔다.',
        '양측 과학자들은 물과 건강, 농작물에 관한 자료를 공유하고 해마다 연구 성과를 공개할 예정이라고 관계자는 설명했다.',
      ],
    },
  };

  it.each(Object.keys(pages))('dates a %s text page by its stamp', (lang) => {
    const p = pages[lang as keyof typeof pages];
    const { record } = article(`${p.headline}\n${p.stamp}\n\n${p.body.join('\n\n')}`);
    expect(record.date?.date).toBe('2026-03-09');
  });

  it.each(Object.keys(pages))('dates a %s saved page by its date line', (lang) => {
    const p = pages[lang as keyof typeof pages];
    const html = `<!DOCTYPE html><html lang="${lang}"><head><title>${p.headline}</title></head><body><article><h1>${p.headline}</h1><p class="info">${p.stamp}</p>${p.body.map((b) => `<p>${b}</p>`).join('')}</article></body></html>`;
    const { record } = article(html, 'fixture.html');
    expect(record.date?.date).toBe('2026-03-09');
  });
});
