import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
};

/** Bundles a framework fixture app (`tests/e2e/apps/<name>.ts`) for the browser. */
async function bundleApp(name: string): Promise<string> {
  const result = await build({
    entryPoints: [join('tests/e2e/apps', `${name}.ts`)],
    bundle: true,
    write: false,
    format: 'iife',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Serves the fixture news pages from 127.0.0.1 on a free port; `/apps/<name>.js` are framework apps bundled on request. */
export async function startFixtureServer(root: string): Promise<FixtureServer> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const app = path.match(/^\/apps\/([\w-]+)\.js$/);
    try {
      if (path === '/favicon.ico') {
        response.writeHead(204).end();
        return;
      }
      if (app) {
        response.writeHead(200, { 'content-type': TYPES['.js'] });
        response.end(await bundleApp(app[1]));
        return;
      }
      const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
