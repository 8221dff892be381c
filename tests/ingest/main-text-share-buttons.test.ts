/**
 * Main-text precision: the share and tool buttons one a line ("Drucken" / "Senden" / "Zitieren",
 * "Copiar enlace" / "Facebook" / "X" / "Whatsapp", "印刷する" / "メールで送る" / "LINE"), under the
 * headline or between the article's paragraphs. Three or more in a row, one of them more than an everyday word, are the bar: left out, and the
 * article runs on past it. A lone "X", a pair, a row of everyday words and networks named in sentences stay.
 * Invented pages; the bar cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';

const ES = [
  'El ayuntamiento aprobó el lunes un plan para renovar las plazas del centro antes del verano, con un presupuesto mayor del previsto por la subida de los materiales.',
  'Según el concejal de urbanismo, las obras empezarán en marzo y durarán unos cuatro meses, durante los cuales algunas calles estarán cortadas al tráfico.',
  'Los vecinos del barrio antiguo piden que se respeten los árboles de la plaza mayor, que tienen más de un siglo y dan sombra a los mercados de los sábados.',
  'La oposición critica que el proyecto no incluya más bancos ni fuentes, y reclama que se consulte a los comerciantes antes de cerrar las calles.',
];

describe('main-text precision: share buttons one a line', () => {
  it('leaves out a German bar between paragraphs and keeps the paragraphs under it', () => {
    const bar = ['Drucken', 'Senden', 'Zitieren'];
    const A = GERMAN_PARAGRAPHS;
    const { kept, why } = chooseArticle(`${GERMAN_HEAD}\n${A[0]}\n${A[1]}\n${bar.join('\n')}\n${A[2]}\n${A[3]}`);
    expect(kept).toEqual(A);
    for (const line of bar) expect(why.get(line)).toMatch(/share \/ print \/ e-mail buttons, one a line/);
  });

  it('leaves out networks and actions mixed, "X" among them, in Spanish', () => {
    const bar = ['Copiar enlace', 'Facebook', 'X', 'Whatsapp', 'Email'];
    const page = `Las plazas del centro se renovarán antes del verano\nMaría López\n${ES[0]}\n${ES[1]}\n${bar.join('\n')}\n${ES[2]}\n${ES[3]}`;
    const { kept, why } = chooseArticle(page);
    // "Copiar enlace" is a chrome rule's (share-label): main-text leaves such lines to the clean stage, which drops them.
    expect(chromeRuleOf('Copiar enlace')?.id).toBe('share-label');
    expect(kept.filter((l) => !chromeRuleOf(l))).toEqual(ES);
    expect(why.get('X')).toMatch(/one a line/);
  });

  it('leaves out a Japanese bar', () => {
    const JA = [
      '市は十三日、駅前の再開発計画を見直すと発表した。建設費の高騰を受け、当初の計画より規模を縮小し、完成時期も二年遅らせる方針だという。',
      '市長は記者会見で「市民の負担を増やさないための判断だ」と述べ、商業施設の一部を公園や広場に変更する考えを示した。',
      '地元の商店街からは計画の遅れを懸念する声が上がっており、市は来月にも住民向けの説明会を開く予定だ。',
    ];
    const bar = ['印刷する', 'メールで送る', 'リンクをコピーする', 'X', 'LINE'];
    const { kept } = chooseArticle(`駅前再開発を見直し\n${JA[0]}\n${bar.join('\n')}\n${JA[1]}\n${JA[2]}`);
    expect(kept).toEqual(JA);
  });

  it('keeps a lone short line and an article that names the networks in sentences', () => {
    const A = GERMAN_PARAGRAPHS;
    const named = 'Die Stadt informiert über Facebook, Instagram und X über die Sperrungen.';
    const { kept } = chooseArticle(`${GERMAN_HEAD}\n${A[0]}\n${A[1]}\n${named}\n${A[2]}\n${A[3]}`);
    expect(kept).toContain(named);
  });

  it('keeps a row of everyday words alone ("Line" / "X" / "Mail"): no button besides them says it is a bar', () => {
    const A = GERMAN_PARAGRAPHS;
    const { kept } = chooseArticle(`${GERMAN_HEAD}\n${A[0]}\n${A[1]}\nLine\nX\nMail\n${A[2]}\n${A[3]}`);
    expect(kept).toEqual([A[0], A[1], 'Line', 'X', 'Mail', A[2], A[3]]);
  });

  it('keeps a pair ("Facebook" / "Twitter"): two may be a list\'s items', () => {
    const A = GERMAN_PARAGRAPHS;
    const { kept } = chooseArticle(`${GERMAN_HEAD}\n${A[0]}\n${A[1]}\nFacebook\nTwitter\n${A[2]}\n${A[3]}`);
    expect(kept).toEqual([A[0], A[1], 'Facebook', 'Twitter', A[2], A[3]]);
  });
});

describe('main-text precision: share buttons one a line under the article', () => {
  it('ends the article at a bar with no prose under it, and the list under the bar is no part of it', () => {
    const A = GERMAN_PARAGRAPHS;
    const foot = ['Artikel mit Freunden teilen:', 'Facebook', 'Twitter', 'WhatsApp', 'E-Mail', 'Link kopieren', 'Neuere', 'Ältere', 'BILDER DES TAGES', '[Weitere Bilder anzeigen]', 'AUS DEM ARCHIV', 'Nur für Abonnenten. Einloggen und werbefrei lesen:'];
    const { kept } = chooseArticle(`${GERMAN_HEAD}\n${A.join('\n')}\n${foot.join('\n')}`);
    expect(kept).toEqual(A);
  });
});
