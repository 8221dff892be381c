/**
 * The child process a fuzz campaign runs its cases in (cli.ts with runner.ts, sets-cli.ts with
 * sets-runner.ts): a crash, an uncaught stack overflow or memory exhaustion ends the child, not the
 * campaign, and a case past the time limit is killed. Either is answered as a crash record; the next
 * case starts a new child.
 */
import { fork, type ChildProcess } from 'node:child_process';

export type Crash = { index: number; crash: string };

export class CaseChild {
  private child: ChildProcess | null = null;
  private stderr = '';
  private readonly script: string;
  private readonly timeoutSeconds: number;

  /** `script`: the runner, which sends `{ ready: true }` once loaded, then one answer per message. */
  constructor(script: string, timeoutSeconds: number) {
    this.script = script;
    this.timeoutSeconds = timeoutSeconds;
  }

  private start(): Promise<ChildProcess> {
    this.stderr = '';
    const c = fork(this.script, { execArgv: ['--max-old-space-size=4096'], stdio: ['ignore', 'inherit', 'pipe', 'ipc'] });
    c.stderr!.on('data', (d: Buffer) => (this.stderr = (this.stderr + d).slice(-4000)));
    return new Promise((resolve, reject) => {
      c.once('message', () => resolve(c));
      c.once('exit', (code) => reject(new Error(`the fuzz runner did not start (exit ${code}): ${this.stderr}`)));
    });
  }

  /** The runner's answer to `message`, or a crash record when it died or hung. */
  async run<R>(index: number, message: object): Promise<R | Crash> {
    const c = (this.child ??= await this.start());
    return new Promise((resolve) => {
      const done = (record: R | Crash, dead: boolean) => {
        clearTimeout(timer);
        c.removeAllListeners('message');
        c.removeAllListeners('exit');
        if (dead) this.child = null;
        resolve(record);
      };
      const timer = setTimeout(() => {
        c.kill('SIGKILL');
        done({ index, crash: `hung: no answer within ${this.timeoutSeconds} s` }, true);
      }, this.timeoutSeconds * 1000);
      c.once('message', (r) => done(r as R, false));
      c.once('exit', (code, signal) => done({ index, crash: `the runner died (exit ${code}, signal ${signal}): ${this.stderr.slice(-1500)}` }, true));
      c.send(message);
    });
  }

  /** Ends the child (the next case starts a new one). */
  restart(): void {
    this.child?.kill();
    this.child = null;
  }
}
