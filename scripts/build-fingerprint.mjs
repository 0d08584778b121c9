// What the build is made from, and a fingerprint of it: the launcher rebuilds dist/ when it differs.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { vendoredManifests } from './vendor-bundles.mjs';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const distDir = path.join(projectRoot, 'dist');
export const buildInfoPath = path.join(distDir, 'build-info.json');

/** Tests and the test support folder are not part of the build. */
function isBuildable(relative) {
  if (relative.startsWith(`test-support${path.sep}`)) return false;
  if (/\.test\.tsx?$/.test(relative)) return false;
  return /\.tsx?$/.test(relative) && !relative.endsWith('.d.ts');
}

/** Source files under src/, relative to it, sorted (stable fingerprint). */
export function buildableSources() {
  const src = path.join(projectRoot, 'src');
  return fs.readdirSync(src, { recursive: true }).map(String).filter(isBuildable).sort();
}

/** SHA-256 over every input of the build: the sources, the migrations and the build scripts. */
export function sourceFingerprint() {
  const hash = createHash('sha256');
  const inputs = [
    ...buildableSources().map((f) => path.join('src', f)),
    ...fs
      .readdirSync(path.join(projectRoot, 'src/db/migrations'), { recursive: true })
      .map((f) => path.join('src/db/migrations', String(f)))
      .filter((f) => fs.statSync(path.join(projectRoot, f)).isFile())
      .sort(),
    'scripts/build.mjs',
    'scripts/build-fingerprint.mjs',
    'scripts/vendor-bundles.mjs',
    ...vendoredManifests,
  ];
  for (const file of inputs) {
    hash.update(file);
    hash.update('\0');
    hash.update(fs.readFileSync(path.join(projectRoot, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Whether dist/ was built from exactly the sources that are here now. */
export function isBuildCurrent() {
  try {
    const info = JSON.parse(fs.readFileSync(buildInfoPath, 'utf8'));
    return info.fingerprint === sourceFingerprint();
  } catch {
    return false;
  }
}
