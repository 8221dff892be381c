/** Moved to scripts/lib/route-dist.ts: the build prints the briefings with it, and a project copy has no tests/. */
export * from '../../scripts/lib/route-dist.ts';
