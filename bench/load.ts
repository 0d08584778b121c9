import autocannon from 'autocannon';

/**
 * The load generator, run as its own process by bench/run.ts so that it does not share the
 * server's event loop. Reads one job (JSON) from stdin, prints one result (JSON) on stdout.
 * Percentiles come from every response's latency (autocannon's own summary has no p95).
 */
export type LoadJob = {
  url: string;
  connections: number;
  durationSeconds: number;
  headers: Record<string, string>;
  /** Requests (a path with query, and headers of their own) to cycle through instead of the url's own path. */
  requests?: LoadRequest[];
};
export type LoadRequest = { path: string; headers?: Record<string, string> };
export type LoadResult = { requests: number; requestsPerSecond: number; p50Ms: number; p95Ms: number; non2xx: number; errors: number };

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

let next = 0;
function nextRequest(requests: LoadRequest[]): LoadRequest {
  next = (next + 1) % requests.length;
  return requests[next] as LoadRequest;
}

async function main() {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const job = JSON.parse(Buffer.concat(chunks).toString()) as LoadJob;
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: job.url,
        connections: job.connections,
        duration: job.durationSeconds,
        headers: job.headers,
        ...(job.requests?.length
          ? {
              requests: [
                {
                  setupRequest: (req: autocannon.Request) => {
                    const chosen = nextRequest(job.requests as LoadRequest[]);
                    return { ...req, path: chosen.path, headers: { ...req.headers, ...chosen.headers } };
                  },
                },
              ],
            }
          : {}),
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
  const sorted = Float64Array.from(latencies).sort();
  const output: LoadResult = {
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / job.durationSeconds,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
  process.stdout.write(`${JSON.stringify(output)}\n`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
