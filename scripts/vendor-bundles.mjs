// Packages the compiled server loads from one bundle in dist/vendor/ instead of from node_modules.
//
// Why: drizzle-orm's package.json holds a 175 KB `exports` map, and Node 24's ESM loader parses it
// again (JSON.parse in a lazy getter, triggered by an object spread in getPackageScopeConfig) for
// every one of drizzle's own files it loads — about 0.4 s of a 2 s cold start and much garbage. One
// bundle per entry point, with the shared code split into chunks (one copy of each class, so
// `instanceof` and drizzle's entity checks still hold), is resolved once.
import fs from 'node:fs';
import path from 'node:path';

/** The package, the subpaths the sources import (each becomes a bundle), and what stays external. */
export const vendored = [
  {
    name: 'drizzle-orm',
    subpaths: ['.', './pg-core', './migrator', './node-postgres', './node-postgres/migrator', './pglite', './pglite/migrator'],
    external: ['pg', '@electric-sql/pglite', '@electric-sql/pglite/*'],
  },
];

const bundleName = (subpath) => (subpath === '.' ? 'index' : subpath.slice(2).replaceAll('/', '-'));

/** Builds dist/vendor/<package>/<entry>.js for each vendored package. */
export async function buildVendorBundles(esbuild, { distDir, projectRoot }) {
  for (const pkg of vendored) {
    await esbuild({
      entryPoints: Object.fromEntries(pkg.subpaths.map((s) => [bundleName(s), path.posix.join(pkg.name, s)])),
      outdir: path.join(distDir, 'vendor', pkg.name),
      absWorkingDir: projectRoot,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node24',
      external: pkg.external,
      logLevel: 'warning',
    });
  }
}

/** `"drizzle-orm/pg-core"` → the relative path from `fromFile` to its bundle, or null when not vendored. */
function vendorPathFor(specifier, fromFile, distDir) {
  for (const pkg of vendored) {
    if (specifier !== pkg.name && !specifier.startsWith(`${pkg.name}/`)) continue;
    const subpath = specifier === pkg.name ? '.' : `./${specifier.slice(pkg.name.length + 1)}`;
    if (!pkg.subpaths.includes(subpath)) throw new Error(`${fromFile} imports ${specifier}: add ${subpath} to scripts/vendor-bundles.mjs`);
    const target = path.join(distDir, 'vendor', pkg.name, `${bundleName(subpath)}.js`);
    const relative = path.relative(path.dirname(fromFile), target).split(path.sep).join('/');
    return relative.startsWith('.') ? relative : `./${relative}`;
  }
  return null;
}

/** Points the compiled files' imports of vendored packages at their bundles (esbuild writes them as `from "x"` / `import("x")`). */
export function rewriteVendorImports(files, distDir) {
  const importOf = /(\bfrom\s*|\bimport\s*\(\s*)"([^"]+)"/g;
  for (const file of files) {
    const code = fs.readFileSync(file, 'utf8');
    const rewritten = code.replace(importOf, (whole, head, specifier) => {
      const target = vendorPathFor(specifier, file, distDir);
      return target ? `${head}"${target}"` : whole;
    });
    if (rewritten !== code) fs.writeFileSync(file, rewritten);
  }
}

/** The vendored packages' package.json files: their versions are part of the build's fingerprint. */
export const vendoredManifests = vendored.map((pkg) => path.join('node_modules', pkg.name, 'package.json'));
