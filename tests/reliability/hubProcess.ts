// A hub running as its own process (`node bin/tierdesk.js hub`), so a test can kill it with
// SIGKILL mid-write and start it again on the same port and data folder, as a crash would.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const bin = fileURLToPath(new URL('../../bin/tierdesk.js', import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Opens the database as the next start would and runs SQLite's own integrity check. */
export function integrityCheck(dataDir: string): string {
  const db = new Database(join(dataDir, 'tierdesk.sqlite'));
  try {
    return (db.pragma('integrity_check', { simple: true }) as string) ?? 'no answer';
  } finally {
    db.close();
  }
}

export class HubProcess {
  private child: ChildProcess | null = null;
  readonly url: string;

  constructor(
    private readonly options: {
      port: number;
      dataDir: string;
      configPath: string;
      /** A bundled CLI (bundleHub.ts); `bin/tierdesk.js` (tsx) by default. */
      cli?: string;
    },
  ) {
    this.url = `http://127.0.0.1:${options.port}`;
  }

  /** Starts the hub and resolves once it listens. */
  start(): Promise<void> {
    const { port, dataDir, configPath } = this.options;
    const child = spawn(
      process.execPath,
      [
        this.options.cli ?? bin,
        'hub',
        '--port',
        String(port),
        '--data',
        dataDir,
        '--config',
        configPath,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.child = child;
    child.stderr.resume(); // request logs; not needed
    return new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`hub did not start: ${out}`)), 60_000);
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('listening on')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`hub exited with ${code} before listening: ${out}`));
      });
    });
  }

  /** SIGKILL: no shutdown code runs, exactly like a crash or an OOM kill. */
  async kill9(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.child = null;
  }
}
