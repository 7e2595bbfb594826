import { type FSWatcher, watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '@cchc/kit';
import { parse } from 'graphql';

export interface SupergraphFile {
  /** The last good supergraph read from the file. */
  current(): string;
  close(): void;
}

/** Waits for a burst of file events (an editor or `cp` writes in several steps) before reading the file. */
const SETTLE_MS = 200;

/**
 * The supergraph file the gateway serves, watched: when it changes and parses, `onChange` is told (the runtime
 * then reloads it); a file that does not parse (half-written, or broken) is logged and the last good one kept.
 */
export async function watchSupergraphFile(
  file: URL | string,
  logger: Logger,
  onChange: () => void,
): Promise<SupergraphFile> {
  const filePath = file instanceof URL ? fileURLToPath(file) : file;
  let sdl = await readFile(filePath, 'utf8');
  parse(sdl);
  let timer: NodeJS.Timeout | undefined;
  const reload = async () => {
    try {
      const next = await readFile(filePath, 'utf8');
      if (next === sdl) return;
      parse(next);
      sdl = next;
      logger.info({ file: filePath }, 'supergraph changed: reloading');
      onChange();
    } catch (error) {
      logger.error(
        { err: error, file: filePath },
        'supergraph file unreadable: still serving the previous one',
      );
    }
  };
  // The folder is watched rather than the file: a file replaced by a rename (as deploy tools do) stays followed.
  const watcher: FSWatcher = watch(path.dirname(filePath), (_event, name) => {
    if (name !== path.basename(filePath)) return;
    clearTimeout(timer);
    timer = setTimeout(reload, SETTLE_MS);
  });
  return {
    current: () => sdl,
    close: () => {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
