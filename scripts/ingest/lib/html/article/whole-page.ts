/** The page as first built, built once for every step that reads it beside the article (stages/html.ts). */
import { releaseTree } from '../prune/html-dom.ts';
import { phase } from '../../phase-clock.ts';
import type { Prune } from './readability-reading.ts';

/**
 * The page as first built, for the steps that read the whole page beside the article (its article
 * box, its opening under the headline where the blocks read before Readability leave room for one,
 * a byline around it on a page without <h1>): built once for all, on first use, and let go with the
 * page. Each build walks the whole page (a table of 100,000 cells must not pay for two).
 */
export type WholePage = { tree: () => ReturnType<Prune['rebuild']>; release: () => void };
export function wholePageOnce(rebuild: Prune['rebuild']): WholePage {
  let built: ReturnType<Prune['rebuild']> | null = null;
  return {
    tree: () => {
      if (built) return built;
      const outer = phase('html:whole-page-build');
      built = rebuild(true);
      phase(outer);
      return built;
    },
    release: () => {
      if (built) releaseTree(built);
      built = null;
    },
  };
}
