/**
 * /robots.txt, generated (not in public/) because the sitemap line needs the absolute site URL and
 * base path of this build. Crawlers only read it at a host's root; under a base path it is harmless.
 */
import type { APIRoute } from 'astro';
import { absolute } from '../lib/json-ld';
import { href } from '../lib/url';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(href('/sitemap-index.xml'), site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
