/**
 * html: a saved web page (`.html`/`.htm` seed, or the page inside an `.mhtml`/`.mht` one:
 * lib/html/read/saved-page.ts) → the same units and header facts the text path's segment stage yields, so
 * every later stage works alike.
 *
 * Decode by BOM / valid UTF-8 / declared charset (lib/html/read/html-charset.ts), in pieces; one streaming pass
 * over them reads the page's metadata and builds the DOM without scripts, styles and unused
 * attributes (lib/html/prune/html-prune.ts, lib/html/prune/html-dom.ts); Mozilla's Readability finds the article on that
 * DOM (chosen by measurement: bench/README.md); its paragraphs, sub-headings, list items and quotes
 * become body units (lib/html/article/html-blocks.ts). A Next.js page whose DOM shows no article, or
 * only its opening, has it read from the data it streams in its scripts (lib/html/read/next-stream.ts,
 * lib/html/article/streamed-article.ts). Only text leaves this stage: no markup, attribute or script
 * of the page reaches the article, and the page's tree is let go before it returns.
 */
import { extract, type DomRoot, type Reading } from '../lib/html/article/readability-reading.ts';
import type { HeaderFacts, Unit } from '../types.ts';
import { Report, SkipArticle } from '../report.ts';
import { decodeHtmlPieces } from '../lib/html/read/html-charset.ts';
import { profileLinksInPage } from '../lib/html/metadata/html-author-links.ts';
import { prunePage } from '../lib/html/prune/html-prune.ts';
import { releaseTree } from '../lib/html/prune/html-dom.ts';
import { reportPruned } from '../lib/html/prune/pruned-report.ts';
import { blocksOf, type HtmlBlock } from '../lib/html/article/html-blocks.ts';
import { withoutFurniture } from '../lib/html/furniture/blocks-without-furniture.ts';
import { PICTURE_CAPTION } from '../lib/html/furniture/html-furniture.ts';
import { pictureCaptions, type PictureCaption } from '../lib/html/article/picture-captions.ts';
import { writtenLines } from '../lib/html/article/written-lines.ts';
import { proseOnce } from '../lib/html/article/prose-once.ts';
import { wholePageOnce } from '../lib/html/article/whole-page.ts';
import { withoutClassNameRulesIfShort } from '../lib/html/article/class-name-retry.ts';
import { withoutFormAnswer } from '../lib/html/article/form-answer-retry.ts';
import { mayHoldWholeArticle } from '../lib/html/article/html-article-container.ts';
import { withWholeArticle } from '../lib/html/article/whole-article-answer.ts';
import { articleFromField } from '../lib/html/article/html-article-body.ts';
import { mayHaveLead, pageAsBuilt } from '../lib/html/article/html-article-lead.ts';
import { withArticleLead } from '../lib/html/article/article-lead-answer.ts';
import { withoutNextStory } from '../lib/html/article/next-story-answer.ts';
import { readPageMeta, type PageMeta } from '../lib/html/metadata/html-meta.ts';
import { MAX_HEADLINE_FIELD_CHARS, withoutOversizedFields } from '../lib/html/metadata/oversized-fields.ts';
import { balanceFields, readC1InFields } from '../lib/html/metadata/shown-fields.ts';
import { isRole } from '../lib/bylines/author.ts';
import { AUTHORS_NAMED_BEFORE_COUNT, MAX_LISTED_AUTHORS } from '../lib/bylines/author-list.ts';
import { labelledBylineAway } from '../lib/bylines/labelled-byline.ts';
import { closingCreditReporters } from '../lib/bylines/closing-credit.ts';
import { scriptLabelledBylineIn } from '../lib/bylines/script-labelled-byline.ts';
import { fieldAuthorUnseen } from '../lib/html/metadata/unseen-field-author.ts';
import { signatureUnderArticle } from '../lib/html/metadata/article-signature.ts';
import { bylineAroundArticle, bylineInSideColumn, ownerOfCopyright, shownTexts, textsOfWholePage } from '../lib/html/metadata/bylines-outside-fields.ts';
import { binaryFileReason } from '../lib/safety/file-signature.ts';
import { EMPTY_FILE } from '../lib/safety/not-a-page.ts';
import { withoutStrayNuls } from '../lib/safety/nul-characters.ts';
import { withoutMojibake } from '../lib/html/read/mojibake-pieces.ts';
import { withNextLinesAsSpaces } from '../lib/html/read/next-line-spaces.ts';
import { cjkNoiseReason } from '../lib/safety/cjk-noise.ts';
import { seedKindOf } from '../seed-files.ts';
import { MimeError, readSavedPage, type SavedPage } from '../lib/html/read/saved-page.ts';
import { shownText } from '../lib/html/prune/html-shown-text.ts';
import { hasNextStream } from '../lib/html/read/next-stream.ts';
import { streamedArticle } from '../lib/html/article/streamed-article-reading.ts';
import { phase } from '../lib/phase-clock.ts';
import { shownKindOf } from '../lib/html/article/shown-kinds.ts';

export interface HtmlRead {
  units: Unit[];
  header: HeaderFacts;
  page: PageMeta;
  /** Whether the page's text budget cut the last text read (lib/html/prune/text-budget.ts): its last block is read in part. */
  lastTextCut: boolean;
  /** The page's bytes (an MHTML file's page part), for its shown text when it is asked for (shownTextOf). */
  pageBytes: Uint8Array;
  /** The pictures' captions taken out of the article's text, to show where they stood (lib/html/article/picture-captions.ts). */
  captions: PictureCaption[];
}

/**
 * The page's text as a reader sees it, its navigation, asides and footers included
 * (lib/html/prune/html-shown-text.ts): decoded and read again only when asked (a page none of whose fields
 * dates it: stages/html-shown-date.ts), from the bytes as decoded, nothing cut out of them (the prune
 * pass's pieces lack asides and footers).
 */
export function shownTextOf(read: HtmlRead): string {
  return shownText(decodeHtmlPieces(read.pageBytes).pieces);
}

export function isHtmlSeed(seed: string): boolean {
  return seedKindOf(seed) === 'html';
}

/** A block as a body line; a sub-heading, a list item, a table's row, preformatted text or a quoted line says so, for the article's page to show it as one (stages/emit.ts). */
function unitOf(b: HtmlBlock, written: boolean): Unit {
  const unit: Unit = { text: b.text, zone: 'body' };
  if (written) unit.writtenLine = true;
  const kind = shownKindOf(b);
  if (kind) unit.kind = kind;
  if (kind === 'row') {
    unit.cells = b.cells;
    if (b.headerRow) unit.headerRow = true;
  }
  if (kind === 'item' && b.ordered) unit.ordered = true;
  if (kind === 'heading' && b.level) unit.level = b.level;
  if (b.quoted) unit.quoted = true;
  if (b.quoteStart) unit.quoteStart = true;
  if (kind === 'item' && b.number !== undefined) unit.number = b.number;
  if (kind === 'pre' && b.verbatim !== undefined) unit.verbatim = b.verbatim;
  if (b.listPath) unit.listPath = b.listPath;
  return unit;
}

/**
 * The page's HTML: the file's bytes, or the page part of an MHTML file (lib/html/read/saved-page.ts); and
 * the address the browser saved it from, when the file names one.
 */
function savedPage(file: Uint8Array, report: Report): SavedPage {
  let saved: SavedPage;
  try {
    saved = readSavedPage(file);
  } catch (error) {
    if (error instanceof MimeError) throw new SkipArticle(`an MHTML file (a page saved as one file) with no page to read: ${error.message}`);
    throw error;
  }
  if (saved.mhtml) report.add('html', 'mhtml', 'found', undefined, saved.mhtml);
  if (saved.address) report.add('html', 'saved-from', 'found', saved.address, `${saved.addressEvidence}: the page's address when the page names none`);
  return saved;
}

export function readHtml(file: Uint8Array, report: Report): HtmlRead {
  if (file.length === 0) throw new SkipArticle(EMPTY_FILE);
  phase('html:decode');
  const saved = savedPage(file, report);
  const { bytes } = saved;
  if (bytes.length === 0) throw new SkipArticle('empty page: the MHTML file\'s page part holds nothing');
  const binary = binaryFileReason(bytes);
  if (binary) throw new SkipArticle(binary);
  // The page's text in pieces (lib/html/read/html-charset.ts), which the parser reads one after another.
  const decoded = decodeHtmlPieces(bytes, { withoutScripts: true });
  if (decoded.encoding !== 'utf-8' || decoded.overrides) report.add('html', 'encoding', 'changed', undefined, `${decoded.encoding}: ${decoded.why}`);
  const source = withNextLinesAsSpaces(withoutMojibake(withoutStrayNuls(decoded.pieces, 'html', report), report), report);
  if (source.every((piece) => !piece.trim())) throw new SkipArticle('no text: the file holds only whitespace');

  phase('html:prune');
  const { document, meta: raw, rebuild, tagNames, outerH1s, release, textChars, boxes, unbuilt, rubyReadings } = prunePage(source);
  reportPruned(unbuilt, rubyReadings, report);
  raw.savedFrom = saved.address;
  // A byte scan of the whole page, wanted only where the page's fields name no person (lib/html/metadata/html-meta.ts):
  // made on first ask, once (1.2 % of the metadata set's HTML path when made for every page).
  let profileLinks: string[] | undefined;
  raw.profileLinks = () => {
    if (profileLinks) return profileLinks;
    const outer = phase('html:profile-links');
    profileLinks = profileLinksInPage(bytes, decoded.encoding);
    phase(outer);
    return profileLinks;
  };
  // The page's blocks and <h1>s as first built, for the article's opening (withArticleLead) and a
  // byline around the article, read before Readability moves its nodes: so the page is not built
  // again for them. Only a page with an <h1> has an opening to look for under it.
  phase('html:page-as-built');
  const asBuilt = tagNames.has('H1') && document.body ? pageAsBuilt(document.body as never, outerH1s as never) : null;
  phase('html:readability');
  let reading: Reading = { article: null, looseGivesTheSame: false, restorePage: () => {} };
  try {
    reading = extract(document, rebuild, tagNames);
  } catch (error) {
    report.add('html', 'extractor-failed', 'found', undefined, `Readability: ${(error as Error).message}`);
  }
  const { article } = reading;
  phase('html:blocks');
  let extracted = article?.content ? blocksOf(article.content as DomRoot, { furniture: true }) : [];
  phase('html:retry-class-names');
  // The answer's prose is asked by the retry's test and the article box's: counted once an answer.
  const proseOf = proseOnce();
  // The page's fields are read beside Readability's own answer, whatever box the body comes from.
  const whole = wholePageOnce(rebuild);
  if (article?.content) extracted = withoutClassNameRulesIfShort({ ...reading, article }, extracted, textChars, rebuild, tagNames, report, proseOf, whole);
  phase('html:retry-form');
  if (article?.content) extracted = withoutFormAnswer(article, extracted, whole, rebuild, tagNames, report, proseOf);
  const extractorFirst = extracted[0]?.text ?? null;
  phase('html:whole-article');
  if (article?.content && mayHoldWholeArticle(boxes, extracted, proseOf)) extracted = withWholeArticle(extracted, whole, boxes, report, proseOf);
  phase('html:page-meta');
  const page = readPageMeta(withoutOversizedFields(raw, report), article?.title ?? null, article?.byline ?? null, extractorFirst);
  phase('html:article-lead');
  if (article?.content && page.headline && asBuilt && mayHaveLead(textChars, extracted)) extracted = withArticleLead(extracted, page.headline, asBuilt, whole, report);
  phase('html:next-story');
  if (article?.content && page.headline && asBuilt) extracted = withoutNextStory(extracted, asBuilt.h1Texts, page.headline, whole, report);
  phase('html:furniture');
  let blocks = article?.content ? withoutFurniture(extracted, page, article.byline ?? null, report) : [];
  // Read beside the blocks the furniture marks left out: a label over a box of them is no written line.
  const written = writtenLines(extracted);
  const noArticle = blocks.length === 0;
  phase('html:no-article');
  if (noArticle) {
    // No article found: every block of the page, so nothing is lost; later stages clean what they can.
    report.add('html', 'no-article-found', 'found', undefined, 'the extractor found no article: the whole page is kept');
    reading.restorePage();
    blocks = document.body ? blocksOf(document.body as unknown as DomRoot) : [];
  }
  // A Next.js page may ship its article only in the data it streams (lib/html/read/next-stream.ts):
  // a byte search first, so other pages pay nothing.
  phase('html:streamed');
  const streamed = hasNextStream(bytes) ? streamedArticle(bytes, blocks, noArticle, page, report) : null;
  phase('html:byline');
  if (streamed) blocks = extracted = streamed;
  // The page's fields name nobody: the labelled byline its article's text shows ("By Anna Berg" over
  // the first paragraph, "Written by Anna Berg" closing it), as the text path reads one; read before
  // the byline's block was taken out as furniture. Only when the article's text names nobody either is
  // the whole page rebuilt, to read a byline outside the article (before the trees are let go).
  // page.lang is the primary subtag readPageMeta cut (primarySubtag, lib/page-text/language/language-tag.ts);
  // "und" for a page that declares none.
  // A field that gives only a job title ("Outreach and Programmes Officer": the account that posted
  // it) yields too, to a person the article's text names with a label.
  const lang = page.lang ?? 'und';
  // A name only a link to a profile page gives (lib/html/metadata/html-author-links.ts) yields too, and
  // fields that name no person, only an organisation, the site itself or an account (page.authorNamesNoPerson).
  const texts = blocks.length && (!page.author || isRole(page.author) || page.authorFromProfileLink || page.authorNamesNoPerson) ? (extracted.length ? extracted : blocks).map((b) => b.text) : null;
  // A field's name the page never shows (lib/html/metadata/unseen-field-author.ts) yields to the labelled
  // byline the article's text shows, or the page's around it.
  const articleTexts = blocks.length ? (extracted.length ? extracted : blocks).map((b) => b.text) : [];
  const unseen = !texts && !!page.author && articleTexts.length > 0 && fieldAuthorUnseen(page.author, shownTexts(articleTexts, raw, asBuilt));
  // In a script without capitals ("بقلم: محمد أحمد", "记者 张三"), its own readers, as the text path's header has.
  const inArticle = texts || unseen ? (labelledBylineAway(texts ?? articleTexts, 0, (texts ?? articleTexts).length - 1, lang) ?? (texts ? scriptLabelledBylineIn(texts) : null)) : null;
  // Around the article, for a field's unseen name only on the page as first built (no second build for it).
  const around = inArticle ?? (texts && article?.content ? bylineAroundArticle(textsOfWholePage(asBuilt, whole), texts, lang) : unseen && asBuilt ? bylineAroundArticle(asBuilt.blocks.map((b) => b.text), articleTexts, lang, true) : null);
  // "Reporting by Ann Lee; Editing by Li Wei": a wire's closing credit in the article's text names its reporters (lib/bylines/closing-credit.ts).
  const creditLine = around || !texts ? null : closingCreditReporters(texts, 0, texts.length - 1);
  const credited = creditLine && texts ? { author: creditLine.names, line: texts[creditLine.line] } : null;
  // Last, the name under an author's label in a side column the prune pass dropped ("Author" / "Anna Berg").
  const aside = around || credited || !texts ? null : bylineInSideColumn(raw.asideAuthorLabels ?? [], texts, lang);
  // Where the fields name an organisation or the site, a person's name alone closing the article: its writer's signature.
  const signed = around || credited || aside || !texts || !page.authorNamesNoPerson ? null : signatureUnderArticle(texts);
  // Then a personal site's copyright line at the page's foot, its owner's name, as the text path reads one.
  const owner = around || credited || aside || !texts || page.author ? null : ownerOfCopyright(bytes, decoded.encoding, texts);
  const found = around ?? credited ?? aside ?? signed ?? owner;
  // Only text leaves this stage: the page's trees and the article's are let go (lib/html/prune/html-dom.ts).
  phase('html:release');
  whole.release();
  release(document);
  if (article?.content) releaseTree(article.content);
  if (blocks.length === 0) throw new SkipArticle('no text: the page has no readable text');
  phase('html:fields');

  if (found) {
    const why = !page.author ? "the page's fields name no author" : unseen ? `the page's fields name "${page.author}", whom the page never shows` : page.authorFromProfileLink ? `only a link to a profile page names "${page.author}"` : page.authorNamesNoPerson ? `the page's fields name no person, only "${page.author}" (an organisation, the site or an account)` : `the page's fields give only a job title ("${page.author}")`;
    page.author = found.author;
    const [rule, detail] = found === aside ? ['byline-in-side-column', `${why}; the name under an author's label in a side column`] : found === credited ? ['byline-closing-credit', `${why}; the reporters a wire's closing credit names ("Reporting by …")`] : found === signed ? ['byline-signature', `${why}; a name alone under the article's last paragraph, its writer's signature`] : found === owner ? ['byline-copyright-owner', `${why}; a personal site's copyright line, its owner's name`] : ['byline-in-text', why];
    report.add('html', rule, 'found', found.line, detail);
  }
  // The extractor reads the site's name from the page's own fields: one of their oversized ones (reported above) is no name.
  if (!page.outlet && article?.siteName && article.siteName.trim().length <= MAX_HEADLINE_FIELD_CHARS) page.outlet = { name: article.siteName.trim(), evidence: 'the extractor (site name)' };
  readC1InFields(page, report);
  balanceFields(page, report);
  if (page.authorsCounted) report.add('html', 'author-list', 'changed', page.author ?? undefined, `the page's fields list ${(page.authorsCounted + AUTHORS_NAMED_BEFORE_COUNT).toLocaleString('en')} authors, more than a byline names (${MAX_LISTED_AUTHORS}): ${page.authorsCounted.toLocaleString('en')} counted, not named`);
  if (page.headline) report.add('html', 'headline', 'found', page.headline, page.headlineEvidence ?? undefined);
  if (page.published) report.add('html', 'date-from-page', 'found', page.published.date, page.published.evidence);
  if (page.modified) report.add('html', 'date-modified', 'found', page.modified.date, page.modified.evidence);

  const header: HeaderFacts = {
    titleCandidates: page.headline ? [page.headline] : [],
    // The page's own headline is taken as it is, even when it reads like text ("Smog. We've got it."):
    // it is not a line of the body.
    ...(page.headline ? { headline: page.headline } : {}),
    stamps: [],
    sources: [],
    bylines: page.author ? [page.author] : [],
    editors: [],
    outletHints: page.outlet ? [{ outlet: page.outlet.name, rule: 'page-metadata', evidence: page.outlet.evidence }] : [],
    standfirst: [],
    // The page's declared language until the pipeline detects one from the extracted text.
    lang: page.lang ?? 'und',
  };
  // A paywall's teaser on the page, the whole article in its JSON-LD (lib/html/article/html-article-body.ts).
  const fromField = articleFromField(blocks, page.articleBody);
  if (fromField) report.add('html', 'article-body-field', 'changed', undefined, fromField.why);
  const units: Unit[] = fromField ? fromField.paragraphs.map((text) => ({ text, zone: 'body' })) : blocks.map((b) => unitOf(b, written.has(b)));
  // Random bytes read in the Chinese, Japanese or Korean encoding the page declares: valid characters, no text (lib/safety/cjk-noise.ts).
  const noise = cjkNoiseReason(units.map((u) => u.text).join('\n'), decoded.encoding);
  if (noise) throw new SkipArticle(noise);
  // The captions of the article the extractor found, not of a page kept whole, streamed or read from its field.
  const captions = article?.content && !noArticle && !streamed && !fromField ? pictureCaptions(extracted, blocks, PICTURE_CAPTION) : [];
  return { units, header, page, lastTextCut: unbuilt.chars > 0, pageBytes: bytes, captions };
}
