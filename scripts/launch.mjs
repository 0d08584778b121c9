// Runs a compiled entry point with plain node: `node scripts/launch.mjs server` runs dist/server.js.
// A fresh clone has no dist/, and a pulled change makes it stale: then it is built first, in a child
// process, so that no compiler is ever loaded into the running app.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { distDir, isBuildCurrent, projectRoot } from './build-fingerprint.mjs';

const entry = process.argv[2];
if (!entry || !/^[a-z0-9/-]+$/.test(entry)) {
  console.error('usage: node scripts/launch.mjs <entry> [args…]   (e.g. server, cli/backup)');
  process.exit(2);
}
// The entry sees its own arguments as if it had been started directly.
process.argv.splice(2, 1);

const sourcesPresent = fs.existsSync(path.join(projectRoot, 'src'));
if (sourcesPresent && !isBuildCurrent()) {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/build.mjs')], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(
      'Kapocs: dist/ is missing or out of date and could not be built. Run `npm run build` where the dev dependencies are installed (npm install).',
    );
    process.exit(1);
  }
}
const target = path.join(distDir, `${entry}.js`);
if (!fs.existsSync(target)) {
  console.error(`Kapocs: ${path.relative(projectRoot, target)} does not exist. Run \`npm run build\`.`);
  process.exit(1);
}
process.setSourceMapsEnabled(true);
await import(pathToFileURL(target).href);
