// What every stage of a check reads besides the user's settings: the session's file system,
// disk host, read bounds, pause interval and caches. LintSession implements it.
import type { FileSystem } from '@dhcplint/parser';
import type { RcFile } from '../config-file.js';
import type { SessionCaches } from './caches.js';
import type { DiskHost } from './disk.js';

export interface RunContext {
  /** File contents; undefined: the disk through the safe reader, with the settings' maxFileSize. */
  readonly fs?: FileSystem;
  readonly disk: DiskHost;
  /** Whether discovery may look at a path (the language server: only inside its workspace folders). */
  readonly mayRead?: (path: string) => boolean;
  /** Statements a stepped run walks between two pauses (default STATEMENTS_PER_PAUSE). */
  readonly statementsPerPause?: number;
  /** Kept between checks when the session is incremental; undefined: every check starts afresh. */
  readonly caches?: SessionCaches;
  /** Reads an rc file (throws ConfigFileError). */
  readRc(path: string): RcFile;
}
