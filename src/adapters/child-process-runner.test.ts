import { describe, expect, it } from 'vitest';
import { ChildProcessRunner } from './child-process-runner';

const node = process.execPath;
const runner = new ChildProcessRunner();

function run(script: string, options: { env?: Record<string, string>; graceMs?: number; timeoutMs?: number } = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const running = runner.start({ argv: [node, '-e', script], cwd: process.cwd(), env: options.env ?? {}, graceMs: options.graceMs ?? 2000, timeoutMs: options.timeoutMs, onStdoutLine: (l) => stdout.push(l), onStderrLine: (l) => stderr.push(l) });
  return { running, stdout, stderr };
}

function lineSeen(lines: string[], line: string): Promise<void> {
  return new Promise((resolve) => {
    const poll = setInterval(() => {
      if (lines.includes(line)) {
        clearInterval(poll);
        resolve();
      }
    }, 5);
  });
}

describe('ChildProcessRunner', () => {
  it('streams lines (CRLF, split writes, a last line without newline) and passes exactly the given environment', async () => {
    const { running, stdout, stderr } = run(`process.stdout.write('a\\r\\nb'); setTimeout(() => { process.stdout.write('c\\nlast'); console.error(JSON.stringify(Object.keys(process.env).sort())); process.exitCode = 4; }, 20);`, { env: { ONLY_THIS: '1' } });
    const exit = await running.exited;
    expect(exit).toMatchObject({ code: 4, signal: null, stoppedBy: null, killed: false });
    expect(stdout).toEqual(['a', 'bc', 'last']);
    expect(JSON.parse(stderr[0]).filter((k: string) => !k.startsWith('__CF'))).toEqual(['ONLY_THIS']);
  });

  it('runs argv without a shell', async () => {
    const { running, stdout } = run('console.log(process.argv.slice(1).join("|"))');
    await running.exited;
    expect(stdout).toEqual(['']);
    const literal = runner.start({ argv: [node, '-p', 'process.argv[1]', '$HOME; echo hi'], cwd: process.cwd(), env: {}, graceMs: 100, onStdoutLine: (l) => stdout.push(l), onStderrLine: () => undefined });
    await literal.exited;
    expect(stdout.at(-1)).toBe('$HOME; echo hi');
  });

  it('stop(): SIGTERM lets the program finish its checkpoint', async () => {
    const { running, stdout } = run(`process.on('SIGTERM', () => { console.log('saved'); process.exit(0); }); console.log('ready'); setInterval(() => {}, 1000);`);
    await lineSeen(stdout, 'ready');
    running.stop();
    expect(await running.exited).toMatchObject({ code: 0, stoppedBy: 'request', killed: false });
    expect(stdout).toEqual(['ready', 'saved']);
  });

  it('stop(): SIGTERM ignored, SIGKILL after the grace period', async () => {
    const { running, stdout } = run(`process.on('SIGTERM', () => console.log('ignored')); console.log('ready'); setInterval(() => {}, 1000);`, { graceMs: 100 });
    await lineSeen(stdout, 'ready');
    running.stop();
    expect(await running.exited).toMatchObject({ code: null, signal: 'SIGKILL', stoppedBy: 'request', killed: true });
    expect(stdout).toEqual(['ready', 'ignored']);
  });

  it('timeout: stops a program that runs too long', async () => {
    const { running } = run('setInterval(() => {}, 1000);', { timeoutMs: 100, graceMs: 100 });
    expect(await running.exited).toMatchObject({ code: null, stoppedBy: 'timeout' });
  });

  it('reports a program that cannot start', async () => {
    const running = runner.start({ argv: ['mltrain-no-such-program-xyz'], cwd: process.cwd(), env: { PATH: '/usr/bin:/bin' }, graceMs: 100, onStdoutLine: () => undefined, onStderrLine: () => undefined });
    const exit = await running.exited;
    expect(exit.startError?.code).toBe('ENOENT');
  });
});
