/**
 * /cards/<id>.png: the preview cards that pages name in og:image (src/lib/cards/cards.ts), drawn as SVG
 * (src/lib/cards/card-svg.ts) and rasterised at build time (src/lib/cards/card-png.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardPng } from '../../lib/cards/card-png';
import { cardSvg, type CardInput } from '../../lib/cards/card-svg';
import { allCards } from '../../lib/cards/cards';
import { getSiteData } from '../../lib/data/site-data';

export const getStaticPaths = (async () => {
  const data = await getSiteData();
  return allCards(data).map((card) => ({ params: { card: card.id }, props: { input: card.input } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(cardPng(cardSvg(props.input as CardInput))), { headers: { 'Content-Type': 'image/png' } });
