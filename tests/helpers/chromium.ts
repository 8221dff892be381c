/** Moved to scripts/lib/chromium.ts: the build prints the briefings with it, and a project copy has no tests/. */
export * from '../../scripts/lib/chromium.ts';
