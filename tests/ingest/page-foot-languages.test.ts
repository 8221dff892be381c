/**
 * The foot of a page in the languages of most news on the web: its "all rights reserved" (or "no
 * copying without permission") line, and the comment section's moderation notice. English had both
 * ("All rights reserved.", "Comments may be moderated"); other languages had neither, so the article
 * ran on past them into the boxes under it. Every line here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { articleLines } from '../helpers/main-text.ts';

const PT_ARTICLE = [
  'A prefeitura inaugurou nesta segunda-feira a nova ponte sobre o rio, que liga o bairro do porto ao centro da cidade e deve encurtar em meia hora a viagem de quem trabalha do outro lado.',
  'Segundo a secretaria de obras, a construção custou menos do que o previsto e ficou pronta dois meses antes do prazo, graças ao tempo seco do inverno e a uma equipe maior nos últimos meses.',
  'Os comerciantes da região dizem que o movimento nas lojas já aumentou e esperam vendas melhores nas festas de fim de ano, quando a cidade recebe muitos visitantes do interior.',
];
const PT = detectLanguage(PT_ARTICLE.join('\n'));

describe('"all rights reserved" in other languages', () => {
  const lines: [string, string][] = [
    ['pt', 'Jornal da Serra. Todos os direitos reservados.'],
    ['es', '© Diario del Valle – Todos los derechos reservados'],
    ['fr', 'La Gazette du Port, tous droits réservés'],
    ['de', 'Alle Rechte vorbehalten. Nachdruck nur mit Genehmigung.'],
    ['it', 'Tutti i diritti riservati – Il Corriere della Valle'],
    ['nl', 'Alle rechten voorbehouden.'],
    ['pl', 'Wszelkie prawa zastrzeżone.'],
    ['ru', 'Все права защищены. Перепечатка только с разрешения редакции.'],
    ['tr', 'Tüm hakları saklıdır.'],
    ['id', 'Hak cipta dilindungi undang-undang.'],
    ['ko', '저작권자 ⓒ 산골신문, 무단전재 및 재배포 금지'],
    ['ja', '記事・写真の無断転載を禁じます。'],
    ['zh', '版权所有 山城日报社'],
    ['ar', 'جميع الحقوق محفوظة لصحيفة الوادي'],
  ];

  it('reads each as the page\'s copyright line', () => {
    for (const [lang, line] of lines) {
      expect({ lang, copyright: blockFeatures(line, detectLanguage(line.repeat(3))).copyright }).toEqual({ lang, copyright: true });
      expect({ lang, rule: chromeRuleOf(line)?.id }).toEqual({ lang, rule: 'copyright' });
    }
  });

  it('leaves prose that speaks of rights alone', () => {
    for (const line of ['A lei garante que todos os direitos dos trabalhadores sejam respeitados.', 'Die Regierung will alle Rechte der Mieter stärken.']) {
      expect(blockFeatures(line, PT).copyright).toBe(false);
      expect(chromeRuleOf(line)).toBeUndefined();
    }
  });

  it('ends the article at the copyright line, whatever follows it', () => {
    const page = ['Nova ponte liga o porto ao centro', ...PT_ARTICLE, 'Jornal da Serra. Todos os direitos reservados.', 'Clique na imagem abaixo e confira a programação completa das festas de fim de ano em todos os bairros da cidade, com horários e atrações.'].join('\n');
    expect(articleLines(page)).toEqual(PT_ARTICLE);
  });
});

describe("the comment section's moderation notice in other languages", () => {
  const notices = [
    'ATENÇÃO: Comentários ofensivos ou fora do tema não serão aprovados pelo moderador.',
    'Os comentários são moderados e poderão ser removidos sem aviso.',
    'Los comentarios serán moderados antes de su publicación.',
    'Les commentaires sont modérés et seront publiés après validation.',
    'Kommentare werden vor der Veröffentlichung moderiert.',
    'I commenti saranno moderati prima della pubblicazione.',
    'Комментарии, нарушающие правила, будут удалены модератором.',
    'Komentar yang mengandung unsur SARA akan dihapus.',
  ];

  it('reads each as the moderation notice', () => {
    for (const line of notices) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'comment-moderation' });
  });

  it('leaves an article sentence about a law on comments alone', () => {
    expect(chromeRuleOf('O projeto de lei prevê que os comentários nas redes sociais serão analisados por um comitê independente antes de qualquer punição aos autores, o que gerou críticas de juristas e de associações de imprensa em todo o país.')).toBeUndefined();
  });
});
