import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyRequest } from 'fastify';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const publicDir = path.join(here, '..', '..', 'public');

/** The files every page loads. Their URLs carry a hash of their content, so browsers keep them a year. */
const assetFiles = {
  'app.css': { file: path.join(publicDir, 'app.css'), type: 'text/css; charset=utf-8' },
  'app.js': { file: path.join(publicDir, 'app.js'), type: 'text/javascript; charset=utf-8' },
  'favicon.svg': { file: path.join(publicDir, 'favicon.svg'), type: 'image/svg+xml' },
  'htmx.min.js': { file: require.resolve('htmx.org/dist/htmx.min.js'), type: 'text/javascript; charset=utf-8' },
} as const;
export type AssetName = keyof typeof assetFiles;

/** An asset's bytes as they are and compressed once at start (brotli at its best level, gzip). */
type Asset = { body: Buffer; br: Buffer; gzip: Buffer; hash: string; type: string };
let loaded: Map<string, Asset> | undefined;

/** Reads the assets once per process: their bytes and a short hash of each (sha-256, 12 hex digits). */
function assets(): Map<string, Asset> {
  if (!loaded) {
    loaded = new Map(
      Object.entries(assetFiles).map(([name, { file, type }]) => {
        const body = readFileSync(file);
        const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } });
        const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
        return [name, { body, br, gzip: gzipSync(body, { level: 9 }), type, hash }];
      }),
    );
  }
  return loaded;
}

/** `/assets/v/<hash>/<name>`: the URL changes whenever the file does. */
export function assetUrl(name: AssetName): string {
  const asset = assets().get(name);
  if (!asset) throw new Error(`unknown asset ${name}`);
  return `/assets/v/${asset.hash}/${name}`;
}

export const immutableCacheControl = 'public, max-age=31536000, immutable';

/** The best encoding the client accepts among the precompressed ones (a q=0 refusal is respected). */
function encodingFor(req: FastifyRequest): 'br' | 'gzip' | undefined {
  const accepted = String(req.headers['accept-encoding'] ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => !q || !/^\s*q=0(\.0*)?\s*$/.test(q))
    .map(([coding]) => coding?.trim().toLowerCase());
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return undefined;
}

/**
 * Serves the hashed URLs: the current hash is cached for a year (immutable); an old hash (a page
 * from before a deploy) still gets the current file, but only for a short time.
 */
export function registerAssetRoutes(app: FastifyInstance): void {
  app.get('/assets/v/:hash/:name', async (req, reply) => {
    const { hash, name } = req.params as { hash: string; name: string };
    const asset = Object.hasOwn(assetFiles, name) ? assets().get(name) : undefined;
    if (!asset) return reply.callNotFound();
    const encoding = encodingFor(req);
    reply.type(asset.type).header('Vary', 'Accept-Encoding');
    reply.header('Cache-Control', hash === asset.hash ? immutableCacheControl : 'public, max-age=300');
    if (encoding) reply.header('Content-Encoding', encoding);
    return reply.send(encoding ? asset[encoding] : asset.body);
  });
}
