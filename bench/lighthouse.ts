import fs from 'node:fs';
import net from 'node:net';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';

/**
 * Lighthouse (the npm package, offline) against Debian's Chromium, on its default mobile profile
 * with simulated throttling: the performance and accessibility scores of a few pages and the
 * paint figures behind the first. Chromium is started by playwright-core with a debugging port
 * that Lighthouse connects to; nothing is downloaded. BENCH_SKIP_LIGHTHOUSE=1 skips it.
 */
export type LighthouseFigure = {
  name: string;
  path: string;
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
};

export const lighthouseTarget = 95;

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/**
 * One page's report. A page Lighthouse could not load or paint has a runtime error and null
 * scores (seen once on PGlite); it is said on stderr and tried once more.
 */
async function audit(url: string, port: number): Promise<Report> {
  let report: Report | undefined;
  for (let attempt = 1; attempt <= 2; attempt++) {
    const result = await lighthouse(url, { port, onlyCategories: ['performance', 'accessibility'], logLevel: 'error', output: 'json' });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    report = result.lhr;
    if (!report.runtimeError) return report;
    process.stderr.write(`bench: Lighthouse on ${url} (attempt ${attempt}): ${report.runtimeError.code} ${report.runtimeError.message}\n`);
  }
  return report as Report;
}

/** undefined when there is no Chromium on the machine (the table then says "not measured"). */
export async function measureLighthouse(baseUrl: string, pages: { name: string; path: string }[]): Promise<LighthouseFigure[] | undefined> {
  if (process.env.BENCH_SKIP_LIGHTHOUSE === '1' || !fs.existsSync(chromiumPath)) return undefined;
  const port = await freePort();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumFlags, `--remote-debugging-port=${port}`] });
  try {
    const figures: LighthouseFigure[] = [];
    for (const page of pages) {
      const { categories, audits } = await audit(`${baseUrl}${page.path}`, port);
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
      figures.push({
        ...page,
        performance: score('performance'),
        accessibility: score('accessibility'),
        fcpMs: value('first-contentful-paint'),
        lcpMs: value('largest-contentful-paint'),
        tbtMs: value('total-blocking-time'),
        cls: value('cumulative-layout-shift'),
      });
    }
    return figures;
  } finally {
    await browser.close();
  }
}

export function printLighthouse(figures: LighthouseFigure[]): void {
  const lines = figures.map(
    (f) =>
      `${f.name.padEnd(20)} ${String(f.performance).padStart(11)} ${String(f.accessibility).padStart(13)} ${(f.fcpMs / 1000).toFixed(1).padStart(6)} s ${(f.lcpMs / 1000).toFixed(1).padStart(6)} s ${f.tbtMs.toFixed(0).padStart(6)} ms ${f.cls.toFixed(2).padStart(5)}`,
  );
  console.log(['lighthouse (mobile)  performance  accessibility     FCP      LCP       TBT    CLS', ...lines].join('\n'));
}
