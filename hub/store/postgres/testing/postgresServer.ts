// A throwaway PostgreSQL cluster for tests and benches: initdb into a temp folder, `postgres` on
// 127.0.0.1 at a free port (fsync off), one database per caller, everything deleted on stop.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface PostgresServer {
  port: number;
  /** The postmaster's process id (its backends are its children: benches read their CPU). */
  pid: number;
  /** The cluster's temp folder (data and socket), deleted by `stop()`. */
  folder: string;
  /** Connection URL of the cluster's `postgres` database (superuser `postgres`, trust auth). */
  adminUrl: string;
  /** Creates a fresh, empty database and returns its connection URL. */
  createDatabase(): Promise<string>;
  /** Stops the cluster and deletes its folder. */
  stop(): Promise<void>;
}

const missing = `PostgreSQL server binaries (initdb, postgres) were not found: install them
(Debian: apt-get install postgresql; .ci/run does this) or set TIERDESK_PG_BIN to their folder.`;

/** The folder holding initdb and postgres: $TIERDESK_PG_BIN, else Debian's newest version. */
export function postgresBinDir(
  env: NodeJS.ProcessEnv = process.env,
  root = '/usr/lib/postgresql',
): string {
  const candidates: string[] = [];
  if (env['TIERDESK_PG_BIN']) candidates.push(env['TIERDESK_PG_BIN']);
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => /^\d+$/.test(v));
    versions.sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => join(root, v, 'bin')));
  }
  const found = candidates.find((dir) => existsSync(join(dir, 'initdb')));
  if (!found) throw new Error(missing);
  return found;
}

/**
 * PostgreSQL refuses to run as root: as root, initdb and postgres run as the `postgres` user.
 * Node sets the uid itself (not `runuser`, which does not pass signals on to the postmaster).
 */
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  try {
    const id = (flag: string) =>
      Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    throw new Error('running as root, but there is no `postgres` user to run PostgreSQL as');
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`postgres exited while starting:\n${log()}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => {});
      if (Date.now() > deadline)
        throw new Error(`postgres did not accept connections in 30 s: ${error}\n${log()}`, {
          cause: error,
        });
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** Starts a new cluster; call `stop()` when done (an exiting process stops it too). */
export async function startPostgresServer(
  /** More server settings (`-c name=value`), e.g. `shared_preload_libraries` for a bench. */
  settings: Record<string, string> = {},
): Promise<PostgresServer> {
  const bin = postgresBinDir();
  const user = runAs();
  const root = mkdtempSync(join(tmpdir(), 'tierdesk-pg-'));
  const socketDir = join(root, 'socket');
  mkdirSync(socketDir);
  if (user.uid !== undefined) {
    chownSync(root, user.uid, user.gid!);
    chownSync(socketDir, user.uid, user.gid!);
  }
  const data = join(root, 'data');
  const initArgs = ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale'];
  try {
    execFileSync(join(bin, 'initdb'), [...initArgs, '--no-sync'], { stdio: 'pipe', ...user });
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`initdb failed: ${stderr || error}`, { cause: error });
  }

  const port = await freePort();
  const args = [
    ...['-D', data, '-p', String(port), '-k', socketDir, '-c', 'listen_addresses=127.0.0.1'],
    // Throwaway data: no fsync, no full-page images, commits not waited for on disk.
    ...['-F', '-c', 'full_page_writes=off', '-c', 'synchronous_commit=off'],
    ...['-c', 'max_connections=60', '-c', 'shared_buffers=64MB'],
    ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
  ];
  const child = spawn(join(bin, 'postgres'), args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    ...user,
  });
  let log = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-8000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killNow = () => {
    // SIGQUIT is PostgreSQL's immediate shutdown: the data is thrown away anyway.
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT');
  };
  const cleanUpAtExit = () => {
    killNow();
    rmSync(root, { recursive: true, force: true });
  };
  process.once('exit', cleanUpAtExit);

  const base = `postgres://postgres@127.0.0.1:${port}`;
  const adminUrl = `${base}/postgres`;
  try {
    await waitUntilReady(adminUrl, child, () => log);
  } catch (error) {
    killNow();
    await exited;
    process.off('exit', cleanUpAtExit);
    rmSync(root, { recursive: true, force: true });
    throw error;
  }

  let databases = 0;
  return {
    port,
    pid: child.pid!,
    folder: root,
    adminUrl,
    async createDatabase() {
      const name = `tierdesk_test_${++databases}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return `${base}/${name}`;
    },
    async stop() {
      killNow();
      await exited;
      process.off('exit', cleanUpAtExit);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
