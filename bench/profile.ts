import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';

/**
 * BENCH_PROFILE=1: a CPU profile of the app's process during each measured scenario (not its
 * warm-up, not the bare route), written to bench/results/profiles/<scenario>.cpuprofile — open it
 * in Chrome DevTools or VS Code. BENCH_PROFILE=heap: a sampling profile of what it allocates
 * (<scenario>.heapprofile), to find what keeps the garbage collector busy. A profiler slows the
 * process: figures of a profiled run are not comparable with others.
 */
const mode = process.env.BENCH_PROFILE === 'heap' ? 'heap' : process.env.BENCH_PROFILE === '1' ? 'cpu' : undefined;

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Runs `measure` under the profiler when profiling is on, and writes the profile under `dir`. */
export async function profiled<T>(dir: string, name: string, measure: () => Promise<T>): Promise<T> {
  if (!mode) return measure();
  const session = new Session();
  session.connect();
  if (mode === 'cpu') {
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  } else {
    await session.post('HeapProfiler.enable');
    // Every 32 KB allocated on average, and what a collection already freed is kept in the profile.
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 32_768,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  }
  try {
    return await measure();
  } finally {
    const profile = mode === 'cpu' ? (await session.post('Profiler.stop')).profile : (await session.post('HeapProfiler.stopSampling')).profile;
    session.disconnect();
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${slug(name)}.${mode}profile`), JSON.stringify(profile));
  }
}
