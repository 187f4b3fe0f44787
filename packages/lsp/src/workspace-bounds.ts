// Which files on disk the language server may read: those whose real path (symlinks resolved)
// lies under a workspace folder. A client can name any file:// URI, and a config can include
// any path; neither may make the server read, and echo back, a file outside the workspace.
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';

export class WorkspaceBounds {
  /** Real paths of the folders, each ending in `/`. */
  private readonly roots: string[];

  constructor(folders: readonly string[]) {
    this.roots = folders.map((f) => withSlash(realPathOf(f)));
  }

  /** Whether `path` (absolute) is, after resolving symlinks, one of the folders or under one. */
  contains(path: string): boolean {
    if (!isAbsolute(path)) return false;
    const real = withSlash(realPathOf(path));
    return this.roots.some((root) => real.startsWith(root));
  }
}

const withSlash = (p: string) => (p.endsWith('/') ? p : `${p}/`);

/**
 * The real path of `path`, or for a path that does not exist (yet), the real path of its nearest
 * existing ancestor with the rest appended: a new file is inside when its folder is.
 */
function realPathOf(path: string): string {
  const missing: string[] = [];
  for (let p = resolve(path); ; p = dirname(p)) {
    try {
      return join(realpathSync(p), ...missing.reverse());
    } catch {
      if (dirname(p) === p) return resolve(path);
      missing.push(basename(p));
    }
  }
}
