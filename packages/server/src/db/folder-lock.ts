/**
 * One writer per PGlite folder. PGlite is a single process's database: a second server on the
 * same folder would start without complaint and both would write (acknowledged bookings were
 * lost that way). The first server writes `micropath.lock` with its pid; a second one refuses
 * to start while that process lives. A lock left by a process that is gone (a crash, SIGKILL)
 * is taken over. Several processes need PostgreSQL (`DATABASE_URL`).
 */
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

interface Owner {
  pid: number;
  host: string;
  since: string;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // it exists, owned by another user
  }
};

/** Takes the folder's lock, or throws naming its owner. Returns its release. */
export function lockFolder(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'micropath.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(file, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let owner: Partial<Owner> = {};
      try {
        owner = JSON.parse(readFileSync(file, 'utf8')) as Owner;
      } catch {
        // unreadable: a write cut short; the owner is gone
      }
      const sameHost = !owner.host || owner.host === hostname();
      if (owner.pid && (!sameHost || alive(owner.pid)))
        throw new Error(
          `The data folder ${dir} is in use by another micropath-server (pid ${owner.pid} on ${owner.host}, since ${owner.since}). ` +
            'PGlite has one writer: stop that server first, or run several servers on PostgreSQL (DATABASE_URL).',
        );
      rmSync(file, { force: true }); // stale: its process is gone
      continue;
    }
    const owner: Owner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
    writeSync(fd, JSON.stringify(owner));
    closeSync(fd);
    return () => rmSync(file, { force: true });
  }
  throw new Error(`Could not lock the data folder ${dir}.`);
}
