// What a language-server test case holds and must release: its servers and its temp folders, shut
// down and removed after the case whether it passed or not.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { TestClient } from '../client.js';

export interface CaseResources {
  /** A new temp folder named after `prefix`, removed after the case. */
  temp(): string;
  /** Removes `dir` (a copy the case made, e.g. by copyDeployment) after the case; returns it. */
  removeAfter(dir: string): string;
  /** A new language server initialized on `workspace`, shut down after the case. */
  start(workspace: string): Promise<TestClient>;
  /** The server the case started last, if any. */
  readonly current: TestClient | undefined;
}

/** Call once at the top of a test file: registers the clean-up after each case. */
export function perCase(prefix: string): CaseResources {
  const clients: TestClient[] = [];
  const dirs: string[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.shutdown();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  return {
    temp: () => {
      const d = mkdtempSync(join(tmpdir(), prefix));
      dirs.push(d);
      return d;
    },
    removeAfter: (dir) => {
      dirs.push(dir);
      return dir;
    },
    async start(workspace) {
      const client = new TestClient();
      clients.push(client);
      await client.initialize(workspace);
      return client;
    },
    get current() {
      return clients[clients.length - 1];
    },
  };
}
