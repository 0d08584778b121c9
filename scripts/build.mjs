// Compiles src/ to dist/ with esbuild: one JavaScript file per TypeScript file, same folders, so paths
// that modules compute from import.meta.url (migrations, the settlements CSV, public/) stay valid.
// Type checking is `npm run typecheck` (tsc); this step only strips types and compiles JSX.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildableSources, buildInfoPath, distDir, projectRoot, sourceFingerprint } from './build-fingerprint.mjs';
import { buildVendorBundles, rewriteVendorImports } from './vendor-bundles.mjs';

export async function build() {
  const { build: esbuild } = await import('esbuild');
  const started = Date.now();
  const sources = buildableSources();
  fs.rmSync(distDir, { recursive: true, force: true });
  await esbuild({
    entryPoints: sources.map((f) => path.join(projectRoot, 'src', f)),
    outdir: distDir,
    outbase: path.join(projectRoot, 'src'),
    bundle: false,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  await buildVendorBundles(esbuild, { distDir, projectRoot });
  rewriteVendorImports(
    sources.map((f) => path.join(distDir, f.replace(/\.tsx?$/, '.js'))),
    distDir,
  );
  // Migrations are read at run time from beside the compiled migrate.js.
  fs.cpSync(path.join(projectRoot, 'src/db/migrations'), path.join(distDir, 'db/migrations'), { recursive: true });
  fs.writeFileSync(buildInfoPath, `${JSON.stringify({ fingerprint: sourceFingerprint(), files: sources.length }, null, 2)}\n`);
  return { files: sources.length, ms: Date.now() - started };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { files, ms } = await build();
  console.log(`build: ${files} files → dist/ in ${ms} ms`);
}
