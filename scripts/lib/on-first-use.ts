/**
 * A package loaded when it is first needed rather than when the module importing it loads. The
 * ingest starts one thread per core and each loads every module: chrono-node (other languages'
 * month names), for one, costs about 0.4 s of CPU per thread to load, which a folder of English
 * text seeds never needs.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function onFirstUse<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}
