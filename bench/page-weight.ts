import http from 'node:http';

/**
 * Bytes a browser downloads for a page, as sent on the wire (brotli where the app compresses):
 * the first visit loads the HTML and every asset it links; the next page loads only the HTML,
 * since the hashed assets are cached for a year (platform/assets.ts).
 */
export type PageWeight = { name: string; path: string; htmlBytes: number; firstVisitBytes: number; nextPageBytes: number; encoding: string };

function wireBytes(url: string, headers: Record<string, string>): Promise<{ bytes: number; body: string; encoding: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { ...headers, 'accept-encoding': 'br, gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        resolve({ bytes: raw.length, body: raw.toString('latin1'), encoding: String(res.headers['content-encoding'] ?? 'identity') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

async function plainHtml(url: string, headers: Record<string, string>): Promise<string> {
  return (await fetch(url, { headers })).text();
}

export async function measurePageWeight(baseUrl: string, page: { name: string; path: string; headers: Record<string, string> }): Promise<PageWeight> {
  const url = `${baseUrl}${page.path}`;
  const html = await wireBytes(url, page.headers);
  const assets = [...new Set([...(await plainHtml(url, page.headers)).matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((m) => m[1] as string))];
  let assetBytes = 0;
  for (const asset of assets) assetBytes += (await wireBytes(`${baseUrl}${asset}`, {})).bytes;
  return {
    name: page.name,
    path: page.path,
    htmlBytes: html.bytes,
    firstVisitBytes: html.bytes + assetBytes,
    nextPageBytes: html.bytes,
    encoding: html.encoding,
  };
}
