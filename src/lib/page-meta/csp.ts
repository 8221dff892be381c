/**
 * The Content-Security-Policy of every page. One source for the <meta> tag (SeoHead) and for
 * public/_headers (a test checks that the two agree).
 *
 * - No 'unsafe-inline' for scripts or styles: Astro is configured to emit them as files
 *   (astro.config.mjs), and no page uses inline event handlers or style attributes.
 * - 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine; it does not allow eval().
 * - frame-ancestors only works as an HTTP header, so it is added in public/_headers, not here.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
