/**
 * Main-text precision: readers' comments under the article with no heading of their own
 * (main-text/closing/comment-thread-records.ts). Each comment a record of the same shape, a name, a time
 * line, the comment, its buttons ("Reply", "Like", a vote count), repeated: the article ends above
 * the first record, and its lines are reported. An interview whose turns open on names and times, a
 * live report of timestamped posts with share buttons, and a single comment stay as they were.
 * Invented pages; the thread cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { PIER_HEAD, PIER_PARAGRAPHS } from './pier-story-fixture.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';

const A = PIER_PARAGRAPHS;
const BODY = A.join('\n');
const FIRST = 'I have lived on the north shore for thirty years and this pier is long overdue, though the cost seems high to me.';
const SECOND = 'Half of it paid by the state is a good deal for a town this size, and the ferries need a proper landing before winter.';
const THIRD = 'Does anyone know whether the temporary landing will stay open while they build the new one, or will we lose the morning boat?';

describe("main-text precision: a thread of readers' comments without a heading", () => {
  it('ends the article above name / "3 years ago" / comment / "Reply" records', () => {
    const page = `${PIER_HEAD}\n${BODY}\nharbor_fan\n3 years ago\n${FIRST}\nReply\n12\nJ. Moss\n2 years ago\n${SECOND}\nReply\nmaria k\n2 years ago\n${THIRD}\nReply`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual(A);
    expect(why.get(FIRST)).toMatch(/readers' comments/);
    expect(why.get('harbor_fan')).toMatch(/readers' comments/);
  });

  it('reads a date at a time over the name, and a row of buttons run together ("LikeReply")', () => {
    const page = `${PIER_HEAD}\n${BODY}\nDiscussion about this post\nMarch 4, 2021 at 5:12 pm\nPeter Quill\n${FIRST}\nLikeReply\nMarch 5, 2021 at 8:40 am\nGamora Z\n${SECOND}\nLike (3)Reply`;
    const { kept, why } = chooseArticle(page.replace('Like (3)Reply', '3 Likes · Reply'));
    expect(kept).toEqual(A);
    expect(why.get(SECOND)).toMatch(/readers' comments|after the article/);
  });

  it('takes a reply nested under its parent as the next record', () => {
    const page = `${PIER_HEAD}\n${BODY}\nTom Reed\nFeb 19\n${FIRST}\nLike\nReply\nAnn Fox\nFeb 20\n${SECOND}\nLike\nReply\nShare`;
    const { kept } = chooseArticle(page);
    expect(kept).toEqual(A);
  });

  it('finds the thread in German: "vor 3 Tagen" / "Antworten Melden"', () => {
    const one = 'Endlich passiert etwas in der Nordstadt, aber die Baustelle hätte man auch besser planen können, finde ich.';
    const two = 'Vierzig Millionen sind viel Geld, hoffentlich bleibt am Ende noch etwas für die Schulen übrig.';
    const page = `${GERMAN_HEAD}\n${GERMAN_PARAGRAPHS.join('\n')}\nMaxM\nvor 3 Tagen\n${one}\nAntworten Melden\nHeike S.\nvor 2 Tagen\n${two}\nAntworten Melden`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual(GERMAN_PARAGRAPHS);
    expect(why.get(one)).toMatch(/readers' comments/);
  });

  it('finds it in Spanish and Russian by the same shape', () => {
    const es = `${PIER_HEAD}\n${BODY}\nLucía P.\nhace 5 horas\n${FIRST}\nResponder\n4\nJorge M.\nhace 3 horas\n${SECOND}\nResponder\n1`;
    expect(chooseArticle(es).kept).toEqual(A);
    const ru = `${PIER_HEAD}\n${BODY}\nИван\n3 дня назад\n${FIRST}\nОтветить\nОльга\n2 дня назад\n${SECOND}\nОтветить`;
    expect(chooseArticle(ru).kept).toEqual(A);
  });

  it('reads a name run into its time on one line ("Julia 14.09.2022 um 21.11") when three records repeat', () => {
    const one = 'Endlich passiert etwas in der Nordstadt, aber die Baustelle hätte man auch besser planen können, finde ich.';
    const two = 'Danke für den Bericht!';
    const three = 'Vierzig Millionen sind viel Geld, hoffentlich bleibt am Ende noch etwas für die Schulen übrig.';
    const page = `${GERMAN_HEAD}\n${GERMAN_PARAGRAPHS.join('\n')}\nJulia 14.09.2022 um 21.11\n${one}\nAntworten ↓\nPia 14.09.2022 um 21.32\n${two}\nAntworten ↓\nNora 14.09.2022 um 21.57\n${three}\nAntworten ↓`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual(GERMAN_PARAGRAPHS);
    expect(why.get(one)).toMatch(/readers' comments/);
  });

  it('reads short ages ("8d", "17h") over a "Liked by" line, the buttons, then "2 replies by …"', () => {
    const page = `${PIER_HEAD}\n${BODY}\nComments\nDoug Ray\n8d\nLiked by Ann Lee\n${FIRST}\nExpand full comment\nReply\nShare\n2 replies by Ann Lee and others\nzane h\n17h\n${SECOND}\nZH\nExpand full comment\nReply\nShare`;
    expect(chooseArticle(page).kept).toEqual(A);
    const bare = `${PIER_HEAD}\n${BODY}\nDoug Ray\n8d\nLiked by Ann Lee\n${FIRST}\nExpand full comment\nReply\nShare\n2 replies by Ann Lee and others\nzane h\n17h\n${SECOND}\nZH\nExpand full comment\nReply\nShare`;
    expect(chooseArticle(bare).kept).toEqual(A);
  });

  it('reads "1 reply" / "1 more comment…" under a lone record as the thread going on', () => {
    const page = `${PIER_HEAD}\n${BODY}\nDiscussion about this post\nHugh Knowles\nFeb 10\nLiked by Ann Lee\n${FIRST}\nReply\nShare\n1 reply\n1 more comment...\nReady for more?`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual(A);
    expect(why.get(FIRST)).toMatch(/readers' comments/);
  });

  it('keeps an interview whose turns open on a name and a time', () => {
    const turns = [
      'Jane Doe', '10:32', 'What made the council change its mind about the pier after two years of saying no to every plan that came before it?',
      'Tom Reed', '10:34', 'The storm did. Once the old pilings cracked, everyone could see that patching them again would cost more than a new pier.',
      'Jane Doe', '10:36', 'And the residents on the north shore, who asked for the construction traffic to stay away from the school?',
      'Tom Reed', '10:37', 'We will route the lorries along the coast road, and the school will be closed for the summer when the heavy work is done.',
    ];
    const { kept } = chooseArticle(`${PIER_HEAD}\n${BODY}\n${turns.join('\n')}`);
    for (const t of turns.filter((l) => l.length > 40)) expect(kept).toContain(t);
  });

  it('keeps a live report of timestamped posts with share buttons', () => {
    const posts = [
      '10:32', 'Jane Porter', 'The council has opened the session and the mayor is reading out the engineers’ report on the state of the old pier.', 'Share',
      '10:45', 'Jane Porter', 'Residents of the north shore are asking again about the construction traffic near the school on Bay Road.', 'Share',
      '11:02', 'Tom Reed', 'The vote is in: nine councillors for the new pier, two against, and the work could begin as soon as the permits are granted.', 'Share',
    ];
    const { kept } = chooseArticle(`${PIER_HEAD}\n${BODY}\n${posts.join('\n')}`);
    for (const t of posts.filter((l) => l.length > 40)) expect(kept).toContain(t);
  });

  it('leaves a lone comment to the rules before (one record is no thread)', () => {
    const page = `${PIER_HEAD}\n${BODY}\nharbor_fan\n3 years ago\n${FIRST}\nPrivacy Policy`;
    const { kept } = chooseArticle(page);
    expect(kept.slice(0, A.length)).toEqual(A);
  });
});
