/** /_headers (a file name Astro would otherwise skip, hence the parameter): see src/lib/page-meta/headers-file.ts. */
import type { APIRoute } from 'astro';
import { headersFile } from '../lib/page-meta/headers-file';

export const getStaticPaths = () => [{ params: { headers: '_headers' } }];

export const GET: APIRoute = () =>
  new Response(headersFile(import.meta.env.BASE_URL), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
