/**
 * Runs the per-article stages over many seeds: in this thread and worker threads, one thread per
 * core, when there are enough seeds to pay for starting the workers (a few hundred ms each); in this
 * thread alone otherwise. This thread takes jobs like a worker (it would only wait otherwise): one
 * worker fewer to start and load the stages into, ~0.5 s of CPU on two cores.
 * Outcomes come back in any order; callers sort by seed.
 */
import { flushCompileCache } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { processFile, type FreshOutcome, type Job } from './outcome-cache.ts';
import { compileTopics } from './stages/topics.ts';
import type { TopicDefinition } from '../../src/schema.ts';

const MIN_SEEDS_FOR_WORKERS = 300;
/** Small enough that no thread is left with much to do alone at the end. */
const JOB_SIZE = 25;
/**
 * Jobs a worker holds at a time: while this thread runs a job of its own it hands out none, so each
 * worker has its next job already.
 */
const JOBS_IN_FLIGHT = 2;

/** For tests only: the ingest itself passes none. */
export interface PoolOptions {
  /** Threads to run on, this one included (default: the machine's cores, at most 4). */
  threads?: number;
  /** The workers' entry (default: worker.ts): a test gives one that fails, to see the run stop. */
  workerUrl?: URL;
}

/** Processes and caches (outcome-cache.ts) every job's seed. A job's bytes may go to a worker: read nothing of them after. */
export async function processSeeds(
  todo: Job[],
  dirs: { seedsDir: string; cacheDir: string },
  definitions: TopicDefinition[],
  onProgress: (done: number) => void,
  options: PoolOptions = {},
): Promise<FreshOutcome[]> {
  const threads = options.threads ?? Math.min(availableParallelism(), 4);
  if (todo.length < MIN_SEEDS_FOR_WORKERS || threads < 2) {
    const matchers = compileTopics(definitions);
    return todo.map((job, i) => {
      onProgress(i + 1);
      return processFile(job, dirs.seedsDir, matchers, dirs.cacheDir);
    });
  }
  const jobs: Job[][] = [];
  for (let i = 0; i < todo.length; i += JOB_SIZE) jobs.push(todo.slice(i, i + JOB_SIZE).map(forWorker));
  const outcomes: FreshOutcome[] = [];
  // Set as soon as a worker fails: no thread is given a job after, so the run ends at once and
  // caches nothing more.
  let failed = false;
  const work = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let held = 0;
      let settled = false;
      const fail = (why: string, cause?: unknown) => {
        if (settled) return;
        settled = failed = true;
        reject(new Error(`an ingest worker thread failed: ${why}`, { cause }));
      };
      const next = () => {
        if (failed) return;
        const job = jobs.shift();
        if (!job) {
          if (held === 0) {
            settled = true;
            resolve();
          }
          return;
        }
        held++;
        // Each seed's bytes are in a buffer of their own (forWorker), which this thread no longer
        // needs: handed over, not copied into the message.
        worker.postMessage(job, job.flatMap((j) => (j.bytes ? [j.bytes.buffer as ArrayBuffer] : [])));
      };
      worker.on('message', (results: FreshOutcome[]) => {
        held--;
        for (const outcome of results) outcomes.push(outcome);
        onProgress(outcomes.length);
        next();
      });
      worker.on('error', (error) => fail(error instanceof Error ? error.message : String(error), error));
      // A worker that ends without an error (process.exit in it) would leave its jobs unanswered and
      // the run waiting for ever.
      worker.on('exit', (code) => fail(`it stopped (exit code ${code}) with ${held} job(s) of seeds unanswered`));
      for (let i = 0; i < JOBS_IN_FLIGHT; i++) next();
    });
  // This thread's share: a job at a time, then the workers' answers are taken and they are given more.
  const here = async () => {
    const matchers = compileTopics(definitions);
    // Stops when a worker has failed: the run is over, and this thread would keep it alive.
    for (let job = jobs.shift(); job && !failed; job = jobs.shift()) {
      for (const j of job) outcomes.push(processFile(j, dirs.seedsDir, matchers, dirs.cacheDir));
      onProgress(outcomes.length);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  // Workers load the same modules as this thread: with the compile cache on (cli.ts), what this
  // thread compiled is written out now rather than at exit, so they need not compile it again.
  flushCompileCache();
  const workers = Array.from({ length: threads - 1 }, () => new Worker(options.workerUrl ?? new URL('./worker.ts', import.meta.url), { workerData: { definitions, ...dirs } }));
  try {
    await Promise.all([...workers.map(work), here()]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return outcomes;
}

/**
 * What a worker needs of a job. The bytes are handed over to the worker (transferred), not copied
 * into the message: each seed's in a buffer of its own. A file of a few KB or more was read into one
 * (readFileSync), which is handed over as it is, and the caller's Buffer is empty afterwards; a
 * smaller file's Buffer is a view into Node's shared 8 KB pool, which would go whole, so it is copied
 * into one of its own first.
 */
const forWorker = ({ seed, key, bytes, hash }: Job): Job => ({ seed, key, ...(bytes && { bytes: ownBuffer(bytes) }), ...(hash !== undefined && { hash }) });
const ownBuffer = (bytes: Uint8Array): Uint8Array => (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes));
