import { describe, expect, it } from 'vitest';
import { matchChrome } from '../../scripts/ingest/stages/clean.ts';
import { CHROME_RULES } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { article, PROSE, rules } from './helpers.ts';

/** Each rule: lines it must remove, and real sentences that look close but must stay. */
const CASES: Record<string, { chrome: string[]; real: string[] }> = {
  'site-navigation': { chrome: ['Skip to main content', 'Jump to navigation', 'Sign in', 'Menu', 'Search', 'Back to top'], real: ['Search teams found the probe in the desert on Tuesday.', 'Home ministers of both countries met in Rome.'] },
  'ad-label': { chrome: ['Advertisement', 'ADVERTISING', 'Sponsored content', 'Scroll to continue with content', 'Advert', 'Continue reading below', 'Anzeige', 'Iklan', 'Publicidad', 'Publicité', 'Реклама', '광고', '広告', 'Advertisement 3', 'This advertisement has not loaded yet.', 'Advertisements', 'ADVERTISEMENTS'], real: ['Advertisement spending in China rose by a fifth last year.', 'Advertisements for the new trains ran in every paper.', 'Anzeige erstattet', 'Continue reading below the line of trees.'] },
  'continues-below': { chrome: ['Story continues below advertisement', 'Story continues below', 'Article continues after this ad', 'This advertisement has not loaded yet, but your article continues below.', 'Story continues', 'CONTINUA DEPOIS DA PUBLICIDADE', 'El artículo continúa después de la publicidad', 'La suite après la publicité', 'Weiterlesen nach der Anzeige', 'Continua dopo la pubblicità'], real: ['The story continues below the fold of the newspaper, where the editors put it.', 'The article continues a long tradition of reporting from the islands.', 'The story continues to unfold.', 'A campanha continua depois da publicidade na televisão ter sido suspensa pelo tribunal.', 'La suite après la publicité du rapport a surpris les élus.', 'Weiterlesen nach der Anzeige wollte kaum jemand, sagte die Verlegerin.'] },
  'share-bar': { chrome: ['Print E-mail Bookmark and Share', 'Share | Tweet | Email', 'Facebook Twitter LinkedIn WhatsApp', 'Facebook Twitter Google+ Whatsapp', 'Pinterest Tumblr Flipboard Pocket'], real: ['Share prices in Shanghai rose on Friday.', 'Print media in the region have struggled.', 'Google+ users can now share photos.', 'Pocket money and savings'] },
  'font-size': { chrome: ['Adjust font size:', 'Font size: A A A', 'Text size A+ A-'], real: ['The font size of the treaty text was disputed by both sides.'] },
  pagination: { chrome: ['< 1 2 3 4 5 6 7 8 9 >', '« 1 2 3 »', 'Page 2 of 5', 'Next page', 'Previous 1 2 3 Next'], real: ['In 2021 2 percent of the budget went to joint research.'] },
  'comment-form': {
    chrome: ['0 Comment(s)', 'Go to Forum >>0 Comment(s)', 'No comments.', 'Add your comments...', 'User Name Required', 'Enter the words you see:', 'Racist, abusive and off-topic comments may be removed by the moderator.', 'Comments (12)'],
    real: ['No comment was made by the ministry on the matter of the visas.'],
  },
  'comment-moderation': {
    chrome: ['Os comentários são moderados e poderão ser removidos sem aviso.', 'Los comentarios serán moderados antes de su publicación.', 'Kommentare werden vor der Veröffentlichung moderiert.'],
    real: ['O projeto de lei prevê que os comentários nas redes sociais serão analisados por um comitê independente antes de qualquer punição aos autores, o que gerou críticas de juristas e de associações de imprensa em todo o país.'],
  },
  // More cases in chrome-comment-form-notes.test.ts.
  'comment-form-note': { chrome: ['This site uses Akismet to reduce spam. Learn how your comment data is processed.'], real: ['The harbour office uses a filter to reduce spam in its inbox, the clerk said.'] },
  'members-feature-note': { chrome: ['記事に『いいね』ができます。ご利用には会員登録が必要です。'], real: ['港湾局は電子版『みなと通信』が読めるアプリを公開した。ご利用には会員登録が必要です。'] },
  'social-follow': {
    chrome: ['Follow on Twitter and Facebook to join the conversation.', 'Follow us on Weibo', 'Síguenos en Instagram', 'Suivez-nous sur Facebook', 'Folgen Sie uns auf X und Instagram', 'Siga-nos no Instagram', 'Seguici su Telegram', 'Подписывайтесь на нас в Telegram', 'تابعونا على فيسبوك', 'Ikuti kami di Instagram', "Bizi Twitter'da takip edin", '关注我们的微信公众号', 'カテゴリーをフォローする', '기자 팔로우하기'],
    real: ['China will follow on with a second phase of the programme in 2025.', 'Síguenos en este viaje por la costa, dijo el guía.', 'Folgen Sie uns auf dem Weg zum Hafen, sagte die Bürgermeisterin.', '委员会决定在下次会议上继续关注我们的港口。'],
  },
  'social-embed': { chrome: ['View this post on Instagram', 'View this video on TikTok', 'A post shared by Jane Doe (@jane.doe)'], real: ['View this post on Instagram as proof that the launch went ahead.', 'A post shared by the ministry on Monday drew wide attention.'] },
  'ad-blocker-notice': { chrome: ["We noticed you're using an ad blocker.", 'To read our full stories, please turn off your ad blocker.'], real: ['Ad blockers are now used by four in ten readers, the study found.'] },
  'app-promo': { chrome: ['ChinaNews App Download', 'Download our app for the latest news'], real: ['Scientists built an app to download satellite data faster.'] },
  newsletter: { chrome: ['Get more with myNEWS', 'A personalised news feed of stories that matter to you', 'Learn more', 'Sign up for our newsletter', 'Send your storiesGet more from'], real: ['Students learn more about fusion energy at the ITER site each year.'] },
  'javascript-notice': { chrome: ['Please enable JavaScript to view the comments.', 'Bitte aktivieren Sie JavaScript.', 'This slideshow requires JavaScript.'], real: ['JavaScript was three times faster than the old parser.', 'The library was ported to JavaScript.'] },
  'server-error': { chrome: ['Deprecated: Assigning the return value of new by reference is deprecated in /var/www/blog/wp-settings.php on line 520', 'Warning: Cannot modify header information - headers already sent in /var/www/html/index.php on line 12'], real: ['Warning: the river may burst its banks in Leeds on line 4 of the forecast.', 'Fatal error: one typo stopped the payroll for a week.'] },
  'cookie-notice': { chrome: ['We use cookies to improve your experience on our site.', 'Accept all cookies'], real: ['The cookies were served at the reception after the signing.'] },
  'related-links': { chrome: ['Related:', 'Related Articles', 'Most Read', 'You may also like'], real: ['Related research on vaccines was shared with partners in Africa.'] },
  'read-also': {
    chrome: ['Lesen Sie auch: Hafenfest mit Feuerwerk am Samstag', 'Lea también: Nuevo puente une los barrios', '【関連記事】港町の観光船、発着場の整備へ 市が計画を公表', '【相关阅读】港城新码头明年春季完工'],
    real: ['Lea también: el informe completo está en la web del ayuntamiento.', 'Read also: the harbor festival returns', '【関連記事】の一覧は市のホームページで公開している。'],
  },
  'share-label': { chrome: ['Teilen Sie dies mit:', 'Partager :', 'Поделиться'], real: ['Teilen Sie dies mit Ihren Nachbarn, sagte die Bürgermeisterin.', 'Share prices rose.'] },
  'video-timestamp': { chrome: ['03:15', '1:02:44'], real: ['The meeting began at 10:30 in the morning.'] },
  'photo-credit': { chrome: ['China aims to become self-reliant in key technology. Photo: Shutterstock', 'Photo: AP', 'A view of the telescope site. (Photo by Li Wei)', 'File photo'], real: ['The photo exhibition opened in Beijing on Monday with 200 works.'] },
  // More cases in chrome-entry-footer.test.ts.
  'entry-footer': { chrome: ['This entry was posted in Travel and tagged trains. Bookmark the permalink.'], real: ['Posted in Berlin for three years, the diplomat watched the talks stall.'] },
  'print-edition': { chrome: ['This article appeared in the South China Morning Post print edition as: Xi promises more open policy'], real: ['The minister said the plan first appeared in a print edition of the party journal in 2019.'] },
  credits: { chrome: ['(Reporting by Jane Smith; Editing by Tom Hogue)', 'Additional reporting by Li Wei', 'Compiled by Zhou Xin'], real: ['Reporting by state media was limited during the talks in the capital.', 'Reporting by state media.'] },
  'relative-time': { chrome: ['Updated 2 years ago', '5 hours ago', 'an hour ago'], real: ['Two years ago the lab had no foreign partners.'] },
  'article-tools': { chrome: ['View author archive', 'email the author', 'Enlarge Image', 'Order Reprints', 'Print Article', 'Listen to this article', 'Gift this article'], real: ['Print article counts fell by a third.', 'View the archive of the talks at the ministry website, officials said.'] },
  'reading-time': { chrome: ['Tempo de leitura: 1 minuto', 'Reading time: 5 minutes', '4 min read', 'Lesezeit: 3 Min.', 'Temps de lecture : 6 min', '3 minutos de lectura', 'Время чтения: 2 минуты', 'Lesedauer: 3 Min.', 'Lesedauer: 7 Minuten', 'Tiempo de lectura: 3 min', 'Leestijd 4 minuten', 'Czas czytania: 5 min', '4 Minuten Lesedauer'], real: ['Reading time in schools rose by 5 minutes a day.', 'The launch took 4 minutes.'] },
  // A box that asks the reader to report a mistake in the article, with its one-line explanation.
  'error-report': {
    chrome: ['Fehler gefunden?', 'Fehler gefunden? Jetzt melden.', 'Sie haben einen Fehler gefunden?', 'Fehler im Text entdeckt?', 'Inhaltlichen Fehler melden', 'Feedback Kommentieren Fehlerhinweis', 'Bitte markieren Sie die entsprechenden Wörter im Text. Mit nur zwei Klicks melden Sie den Fehler der Redaktion.', 'Sollten Ihnen Fehler aufgefallen sein, schicken Sie uns gerne eine E-Mail an fehler@example.org!', 'Anmäl fel', 'Anmäl text- och faktafel', 'Reportar un error', 'Signaler une erreur', 'Report an error', 'Report a typo', 'Segnala un errore', 'Zgłoś błąd', 'Meld een fout'],
    real: ['Der Trainer hat einen Fehler gefunden, sagte der Sprecher am Montag.', 'Putin hat einen fatalen Fehler begangen, als er die Wahl ansetzte.', 'Report an error in the census data to the statistics office, the minister urged farmers.', 'Melden Sie vertraulich und sicher Hinweise an die Redaktion.'],
  },
  'reader-widget': {
    chrome: ['Was this article helpful?', 'Valora esta noticia', '★★★☆☆', 'Log in to comment', 'Kommentare geschlossen'],
    real: ['Readers rated the article highly, the editor said.', 'Was the harbour plan worth its cost?'],
  },
  'feedback-prompt': {
    chrome: ['Feedback', 'Ihr Feedback', 'Schicken Sie uns Ihr Feedback!', 'Inhaltliches Feedback?', 'Send us your feedback', 'Give feedback'],
    real: ['Feedback from the farmers was mostly positive, the ministry said.', 'Schicken Sie uns Ihr Feedback zu den neuen Fahrplänen bis Freitag, bat der Verkehrsverbund.'],
  },
  breadcrumbs: { chrome: ['Home / China / Science', 'Home > World > Asia'], real: ['Home to the telescope, the region has dark skies.'] },
  copyright: { chrome: ['© 2023 Example News Agency. All rights reserved.', 'Copyright 2020 The Daily Planet'], real: ['Copyright law reform was on the agenda for the talks.'] },
  // More cases in chrome-sign-up-consent.test.ts and chrome-box-toggle.test.ts.
  'call-button': { chrome: ['Jetzt kaufen', 'HIER KOSTENLOS ANMELDEN »', 'Zum Shop', 'Abonnez-vous'], real: ['Wer jetzt kaufen will, zahlt mehr.', 'Hier wohnen die Störche'] },
  'shop-price-button': { chrome: ['$26 AT HARBOR BEAUTY', '$19 $14 at Harbor Goods', '29,99 € bei Hafenmarkt', 'Check price at Trailhouse'], real: ['$26 at Harbor Beauty is a steal for a gloss this good.', '$10 at the door'] },
  'sign-up-consent': { chrome: ['By signing up, you agree to our Terms of Use and Privacy Policy.'], real: ['By signing up, users agree to share their data, the regulator found.'] },
  'box-toggle': { chrome: ['Box aufklappen', 'Show more'], real: ['Show more respect for the crews, the captain said.'] },
  'article-label': { chrome: ['Article content'], real: ['The article content was checked by two editors before it went online.'] },
  'media-player': { chrome: ['Artikel anhören', '03:12 Min.. Verfügbar bis 14.09.2027.', '1.5x'], real: ['Die Laufzeit des Vertrags beträgt 24 Monate, danach kann er monatlich gekündigt werden.'] },
  // More cases in chrome-arrow-links.test.ts.
  'arrow-link': { chrome: ['Grading the new stadium deal »', 'More photos ›'], real: ['The tapes showed the dogs fighting in staged confrontations. Watch an excerpt of the tapes »', 'Gather the posts and their word counts →'] },
  'teaser-more-link': { chrome: ['Rund 400 Feuerwehrleute protestieren am Hafen gegen den späteren Ruhestand | mehr'], real: ['Die Anwohner wollen nicht länger warten und fordern mehr'] },
  'broadcast-note': { chrome: ['Über dieses Thema berichtete der Hörfunk am 24. März 2023 um 05:20 Uhr.'], real: ['Über dieses Thema wird im Gemeinderat seit Monaten gestritten, sagte die Bürgermeisterin.'] },
  'agency-credit': { chrome: ['(AFP)', 'mit dpa', 'SDA/sep'], real: ['NATO', 'mit dem Rad zur Arbeit', 'TCP/IP'] },
  'staff-credits': { chrome: ['Redaktion: Anna Berg, Jan Roth', 'Traducción: Lucía Gómez y Pablo Ruiz'], real: ['Redaktion: Die Zahlen stammen aus dem Bericht der Behörde.'] },
  'wire-credits': { chrome: ['Reporting by Ann Lee in Paris; Editing by Li Wei'], real: ['Reporting by the local paper showed the mayor knew.'] },
};

describe('chrome rules', () => {
  it('every rule has cases here', () => {
    // An id may stand on two entries (read-also: its capitals labels are a pattern of their own, see chrome-rules.ts).
    expect(Object.keys(CASES).sort()).toEqual([...new Set(CHROME_RULES.map((r) => r.id))].sort());
  });
  for (const [id, { chrome, real }] of Object.entries(CASES)) {
    it(`${id}: removes its furniture and keeps real sentences`, () => {
      for (const line of chrome) expect(matchChrome(line)?.id, line).toBe(id);
      for (const line of real) expect(matchChrome(line), line).toBeUndefined();
    });
  }
});

describe('clean, in context', () => {
  it('removes a video duration and the caption lines after it, not the prose that follows', () => {
    const { body, report } = article(`Headline about research cooperation\n\n${PROSE}\n\n03:15\n\nFrom translation to purifying air, face masks go hi-tech\n\nThe second paragraph says more about the programme and its partners in many countries.`);
    expect(body).not.toContain('face masks');
    expect(body).toContain('The second paragraph');
    expect(rules(report)).toContain('video-caption');
  });

  it('removes a related-story headline between paragraphs but keeps a transcript speaker label', () => {
    const { body, record } = article(`A headline for the test article here\n\n${PROSE}\n\nRivalry with US is main external threat to its development, agency says\n\n${PROSE.replace('said', 'added')}\n\nLi Wei:\n\n${PROSE.replace('ministry', 'agency')}`);
    expect(body).not.toContain('main external threat');
    expect(record.paragraphs.find((p) => p.speakerLabel)?.speakerLabel).toBe('Li Wei');
  });

  it('after furniture that ends the article, drops the rest of the page footer', () => {
    const { body, report } = article(`Some headline about science cooperation\n\n${PROSE}\n\nPrint E-mail Bookmark and Share\n\nAdd your thoughts\n\n• User Name Required\n\nPost`);
    expect(body).toBe(PROSE);
    expect(rules(report).filter((r) => r === 'page-footer').length).toBeGreaterThanOrEqual(2);
  });

  it('keeps a short closing sentence that is not after any furniture', () => {
    const { body } = article(`Some headline about science cooperation\n\n${PROSE}\n\nThe talks resume on Monday.`);
    expect(body).toContain('The talks resume on Monday.');
  });

  it('strips furniture fused in front of a date stamp', () => {
    const { record, report } = article(`Briefing on international cooperation in science\n\n0 Comment(s)Print E-mail, October 27, 2020\nAdjust font size:\n\n${PROSE}`);
    expect(record.date?.date).toBe('2020-10-27');
    expect(record.title).toBe('Briefing on international cooperation in science');
    expect(rules(report)).toEqual(expect.arrayContaining(['inline-furniture', 'font-size']));
  });
});
