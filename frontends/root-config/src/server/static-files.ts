import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg']);

export interface StaticFile {
  body: Buffer;
  gzipped?: Buffer;
  contentType: string;
  etag: string;
  /** Built file names with a content hash never change: cache them for good; the rest is revalidated. */
  immutable: boolean;
}

/** Reads a built file once per version (its size and modification time), gzipped for browsers that take it. */
export class StaticFiles {
  private readonly cache = new Map<string, { version: string; file: StaticFile }>();

  /** The file at `relativePath` under `root`, or null (missing, a folder, or outside the root). */
  async read(root: string, relativePath: string): Promise<StaticFile | null> {
    const path = normalize(join(root, relativePath));
    if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return null;
    const version = `${info.size}-${info.mtimeMs}`;
    const cached = this.cache.get(path);
    if (cached?.version === version) return cached.file;
    const body = await readFile(path);
    const extension = extname(path);
    const file: StaticFile = {
      body,
      gzipped: COMPRESSIBLE.has(extension) ? await gzipAsync(body) : undefined,
      contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
      etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
      immutable: /[-.][A-Za-z0-9_-]{8}\.(js|css)$/.test(path) && /[/\\](chunks|assets)[/\\]/.test(path),
    };
    this.cache.set(path, { version, file });
    return file;
  }
}
