/**
 * /robots.txt, generated (not in public/) because the sitemap line needs the absolute site URL and
 * base path of this build.
 *
 * Crawlers read robots.txt only at a host's root (https://host/robots.txt). A build with
 * BASE_PATH=/sub/ still writes it at its own root, dist/robots.txt, served at /sub/robots.txt, where
 * no crawler looks: whoever runs the host must copy its lines (above all the Sitemap line) into the
 * host's root robots.txt. Rules here are written for the base path, so they stay right when copied.
 */
import type { APIRoute } from 'astro';
import { absolute } from '../lib/page-meta/json-ld';
import { href } from '../lib/urls/url';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: ${href('/')}\n\nSitemap: ${absolute(href('/sitemap-index.xml'), site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
