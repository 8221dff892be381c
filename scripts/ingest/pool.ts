/**
 * Runs the per-article stages over many seeds in worker threads: one per core (at most 4) when there
 * are enough seeds to pay for starting them (a few hundred ms each), one otherwise. Every seed goes to
 * a worker, a run of one seed too: a seed that takes too long (an endless or very slow path in a
 * stage) can only be stopped by ending the thread it runs in, and this thread must stay free to do it.
 *
 * Each seed has SEED_DEADLINE_MS (INGEST_SEED_SECONDS in the environment changes it): past it, its
 * worker is ended, the seed is skipped with the reason, the seeds the worker held go back to the
 * queue and a fresh worker takes over. The skip is not cached (cacheable: false), so the next run
 * tries the seed again: a slow seed may have met a busy machine. Each worker's heap is capped
 * (SEED_HEAP_MB): a seed whose worker runs out of it is skipped the same way, uncached, rather than
 * ending the run (the default heap is most of the machine's memory, and past it the whole run failed).
 * A worker that fails otherwise (an error, an exit) still ends the run: that is a bug, not a seed's doing.
 * Outcomes come back in any order; callers sort by seed.
 *
 * A worker whose run went well is kept, idle and unref'd (it holds no process open), for the next run
 * in the same process, which gives it its topics and folders in a message: starting one costs more
 * than a seed (loading the stages, ~0.5 CPU s with the compile cache, ~1.5 without), and a process
 * that runs the ingest many times (the tests) paid it on every run. The CLI runs once and ends it
 * (endKeptWorker).
 *
 * A run may start its worker before it has read its seeds (startWorkerEarly): the worker loads the
 * stages while the run hashes its code, reads its state and its seeds, and is kept idle for the run's
 * first worker to take. A run of one seed waited for that loading after all its own (2.6–4 s).
 */
import { flushCompileCache } from 'node:module';
import { availableParallelism } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { skippedOutcome, type FreshOutcome, type Job } from './outcome-cache.ts';
import { READY, type RunSetup } from './worker-loop.ts';
import type { TopicDefinition } from '../../src/schema.ts';

const MIN_SEEDS_FOR_WORKERS = 300;
/** Small enough that no thread is left with much to do alone at the end. */
const JOB_SIZE = 25;
/** Jobs a worker holds at a time: it has its next job already when it answers the last seed of one. */
const JOBS_IN_FLIGHT = 2;
/** How long one seed may take: the slowest real page takes a few seconds, on a busy machine. */
export const SEED_DEADLINE_MS = 60_000;
/**
 * The heap (MB) of a worker thread, its seed and what it keeps between seeds: the caps of
 * lib/safety/limits.ts keep the most pathological seeds tested to a few hundred MB.
 */
export const SEED_HEAP_MB = 2048;

/** For tests only, but for the deadline, which INGEST_SEED_SECONDS sets too: the ingest itself passes none. */
export interface PoolOptions {
  /** Worker threads to run (default: one per core, at most 4; one for fewer than MIN_SEEDS_FOR_WORKERS seeds). */
  threads?: number;
  /** The workers' entry (default: worker.ts): a test gives one that fails or hangs. */
  workerUrl?: URL;
  /** How long one seed may take (ms). */
  seedDeadlineMs?: number;
  /** A worker thread's heap (MB). */
  seedHeapMb?: number;
}

/**
 * A worker of the default entry, idle: left by a run that went well, for the next run, or started
 * early by a run (see the header); at most one. `setup`: the run it was started for, which need not be
 * told its setup again. `ready`: it has said so (a kept worker has; an early one may still be loading).
 */
interface Idle {
  worker: Worker;
  setup?: RunSetup;
  ready: boolean;
}
let idle: Idle | undefined;

/** The idle worker, set up for this run, if there is one. */
function takeIdle(setup: RunSetup): Idle | undefined {
  const kept = idle;
  if (!kept) return undefined;
  idle = undefined;
  forgetListeners(kept.worker);
  kept.worker.ref();
  if (!kept.setup || !sameSetup(kept.setup, setup)) kept.worker.postMessage(setup);
  return kept;
}

const sameSetup = (a: RunSetup, b: RunSetup) => a.definitions === b.definitions && a.seedsDir === b.seedsDir && a.cacheDir === b.cacheDir;

/** Keeps `worker` for the next run, or ends it when one is kept already. */
async function keepIdle(worker: Worker, setup?: RunSetup, ready = true): Promise<void> {
  forgetListeners(worker);
  if (idle) return void (await worker.terminate());
  const kept: Idle = { worker, setup, ready };
  idle = kept;
  worker.unref();
  // Idle, it does nothing that could fail; should it end all the same, it is forgotten, not reused.
  const forget = () => {
    if (idle === kept) idle = undefined;
  };
  worker.on('error', forget);
  worker.on('exit', forget);
  // An early worker says when its stages are loaded: the run that takes it times its first seed from then.
  if (!ready) worker.on('message', (message) => message === READY && (kept.ready = true));
}

/**
 * Starts the worker for a run that has yet to read its seeds (see the header), unless one is kept
 * already. Without a setup (the CLI, before it has loaded the run's own modules), it is told the
 * run's setup when a run takes it. A run that finds no seed to process leaves it idle, as a run that
 * went well leaves its own: the CLI ends it (endKeptWorker), a later run in the same process takes it.
 */
export function startWorkerEarly(setup?: RunSetup): void {
  if (idle) return;
  void keepIdle(new Worker(DEFAULT_WORKER, { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: defaultHeapMb() } }), setup, false);
}

/** For tests: the idle worker's thread id, if a worker is idle. */
export const idleWorkerThreadId = (): number | undefined => idle?.worker.threadId;

const DEFAULT_WORKER = new URL('./worker.ts', import.meta.url);
/** Never more than this thread's own heap may grow to: on a small machine, the default is below SEED_HEAP_MB. */
const defaultHeapMb = () => Math.min(SEED_HEAP_MB, Math.floor(getHeapStatistics().heap_size_limit / 2 ** 20));

/**
 * The listeners a run or the idle watch put on a worker, and no others: Node's own (which start and
 * stop its port as 'message' listeners come and go) stay, or a kept worker's answers never arrive.
 */
const forgetListeners = (worker: Worker) => ['message', 'error', 'exit'].forEach((event) => worker.removeAllListeners(event));

/**
 * Ends the kept worker, if any: a process that runs the ingest no more (the CLI) ends it as a run
 * used to, rather than leave Node to stop it at exit, which took longer (~0.3–1 s a one-seed run).
 */
export async function endKeptWorker(): Promise<void> {
  const kept = idle;
  idle = undefined;
  if (kept) await kept.worker.terminate();
}

/** A worker and the seeds it was given and has not answered, oldest first: the first is the one it is on. */
interface Hand {
  worker: Worker;
  unanswered: Job[];
  /** Seeds left unanswered in each job it holds, oldest first. */
  held: number[];
  /** When it started on its current seed (its last answer, or the job given to it idle); null until ready. */
  since: number | null;
}

/** Processes and caches (outcome-cache.ts) every job's seed. A job's bytes may go to a worker: read nothing of them after. */
export async function processSeeds(
  todo: Job[],
  dirs: { seedsDir: string; cacheDir: string },
  definitions: TopicDefinition[],
  onProgress: (done: number) => void,
  options: PoolOptions = {},
): Promise<FreshOutcome[]> {
  if (!todo.length) return [];
  const deadlineMs = options.seedDeadlineMs ?? seedDeadlineFromEnv();
  const heapMb = options.seedHeapMb ?? defaultHeapMb();
  const threads = Math.max(1, options.threads ?? (todo.length < MIN_SEEDS_FOR_WORKERS ? 1 : Math.min(availableParallelism(), 4)));
  const jobs: Job[][] = [];
  for (let i = 0; i < todo.length; i += JOB_SIZE) jobs.push(todo.slice(i, i + JOB_SIZE).map(forWorker));
  const outcomes: FreshOutcome[] = [];
  const hands = new Set<Hand>();
  // Workers load the same modules as this thread: with the compile cache on (cli.ts), what this
  // thread compiled is written out now rather than at exit, so they need not compile it again.
  flushCompileCache();
  let watch: NodeJS.Timeout | undefined;
  let succeeded = false;
  const setup: RunSetup = { definitions, ...dirs };
  try {
    await new Promise<void>((resolve, reject) => {
      // Set as soon as a worker fails: no worker is given a job after, so the run ends at once and
      // caches nothing more.
      let failed = false;
      const fail = (why: string, cause?: unknown) => {
        if (failed) return;
        failed = true;
        reject(new Error(`an ingest worker thread failed: ${why}`, { cause }));
      };
      const done = () => !jobs.length && [...hands].every((h) => !h.unanswered.length);
      const give = (hand: Hand) => {
        if (failed) return;
        const job = jobs.shift();
        if (!job) {
          if (done()) resolve();
          return;
        }
        if (!hand.unanswered.length && hand.since !== null) hand.since = performance.now();
        hand.unanswered.push(...job);
        hand.held.push(job.length);
        // Each seed's bytes are in a buffer of their own (forWorker), which this thread no longer
        // needs: handed over, not copied into the message.
        hand.worker.postMessage(job, job.flatMap((j) => (j.bytes ? [j.bytes.buffer as ArrayBuffer] : [])));
      };
      const start = () => {
        const kept = options.workerUrl ? undefined : takeIdle(setup);
        const worker =
          kept?.worker ??
          new Worker(options.workerUrl ?? DEFAULT_WORKER, {
            workerData: setup,
            resourceLimits: { maxOldGenerationSizeMb: heapMb },
          });
        // A kept worker that is ready has its stages loaded: its first seed is timed from now. One
        // started early and still loading says "ready" to this run's listener, as a new one does.
        const hand: Hand = { worker, unanswered: [], held: [], since: kept?.ready ? performance.now() : null };
        hands.add(hand);
        worker.on('message', (message: FreshOutcome | typeof READY) => {
          hand.since = performance.now();
          if (message === READY) return;
          hand.unanswered.shift();
          outcomes.push(message);
          onProgress(outcomes.length);
          if (--hand.held[0] === 0) {
            hand.held.shift();
            give(hand);
          }
        });
        worker.on('error', (error) => {
          // Out of memory on a seed: the seed's doing, skipped as one past its deadline is.
          const onSeed = hand.since !== null && hand.unanswered.length > 0;
          if (onSeed && (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') endHand(hand, outOfMemoryReason(heapMb));
          else fail(error instanceof Error ? error.message : String(error), error);
        });
        // A worker that ends without an error (process.exit in it) would leave its jobs unanswered and
        // the run waiting for ever.
        worker.on('exit', (code) => fail(`it stopped (exit code ${code}) with ${hand.unanswered.length} seed(s) unanswered`));
        for (let i = 0; i < JOBS_IN_FLIGHT; i++) give(hand);
      };
      // The seed a worker is on, skipped for `reason` (uncached), its worker ended; the seeds it held
      // after that one go first to a fresh worker, read again from their files (their bytes went with the old one).
      const endHand = (hand: Hand, reason: string) => {
        hands.delete(hand);
        hand.worker.removeAllListeners();
        void hand.worker.terminate();
        const [ended, ...rest] = hand.unanswered;
        outcomes.push(skippedOutcome(ended.seed, reason, false));
        onProgress(outcomes.length);
        if (rest.length) jobs.unshift(rest.map(({ seed, key, hash }) => ({ seed, key, ...(hash !== undefined && { hash }) })));
        if (jobs.length) start();
        else if (done()) resolve();
      };
      const endOverdue = () => {
        const now = performance.now();
        for (const hand of hands) {
          if (failed || hand.since === null || !hand.unanswered.length || now - hand.since <= deadlineMs) continue;
          endHand(hand, overdueReason(deadlineMs));
        }
      };
      watch = setInterval(endOverdue, Math.max(10, Math.min(1_000, deadlineMs / 4)));
      for (let i = 0; i < Math.min(threads, jobs.length); i++) start();
    });
    succeeded = true;
  } finally {
    clearInterval(watch);
    await Promise.all([...hands].map((h) => (succeeded && !options.workerUrl ? keepIdle(h.worker) : h.worker.terminate())));
  }
  return outcomes;
}

const overdueReason = (ms: number) => `took longer than ${ms / 1000} s; its worker thread was ended, and the next run tries the seed again`;
const outOfMemoryReason = (mb: number) => `ran out of memory (a seed may use ${mb} MB); its worker thread was ended, and the next run tries the seed again`;

/** INGEST_SEED_SECONDS when it is a positive number, else SEED_DEADLINE_MS. */
function seedDeadlineFromEnv(): number {
  const seconds = Number(process.env.INGEST_SEED_SECONDS);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : SEED_DEADLINE_MS;
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
