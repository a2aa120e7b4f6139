/**
 * A small production-like server for the web build, for Lighthouse (tools/bench/web.ts): files
 * compressed with brotli or gzip as the browser accepts, hashed files cached for a year, every
 * other path answered with index.html (the app routes on the client), `/api` proxied to the API.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { type AddressInfo } from 'node:net';
import { extname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.ico']);
/** Angular's output hashing: `main-ABCD1234.js`, `chunk-AbCd_12-.js`, `styles-….css`. */
const HASHED = /-[A-Za-z0-9_-]{8}\.(?:js|css)$/;

interface Entry {
  type: string;
  cacheControl: string;
  identity: Buffer;
  gzip?: Buffer;
  br?: Buffer;
}

export interface BuildServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `browserDir` on a free port of 127.0.0.1 until `close()`. */
export async function serveBuild(options: {
  browserDir: string;
  apiUrl: string;
}): Promise<BuildServer> {
  // Compressed once up front, as a CDN or a pre-compressing build step would.
  const files = new Map<string, Entry>();
  for (const path of walk(options.browserDir)) {
    const extension = extname(path);
    const identity = readFileSync(path);
    const urlPath = `/${relative(options.browserDir, path).split('\\').join('/')}`;
    files.set(urlPath, {
      type: TYPES[extension] ?? 'application/octet-stream',
      cacheControl: HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      identity,
      ...(COMPRESSIBLE.has(extension)
        ? {
            gzip: gzipSync(identity, { level: 9 }),
            br: brotliCompressSync(identity, {
              params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
            }),
          }
        : {}),
    });
  }
  const index = files.get('/index.html');
  if (!index) throw new Error(`${options.browserDir} has no index.html`);
  const api = new URL(options.apiUrl);

  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (path === '/api' || path.startsWith('/api/')) {
      proxy(req, res, api);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    // A path with a file extension is a file (404 when missing); anything else is a client route.
    const entry = files.get(path) ?? (extname(path) ? undefined : index);
    if (!entry) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    send(req, res, entry);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function send(req: IncomingMessage, res: ServerResponse, entry: Entry): void {
  const accepted = String(req.headers['accept-encoding'] ?? '');
  const [encoding, body] =
    entry.br && /\bbr\b/.test(accepted)
      ? ['br', entry.br]
      : entry.gzip && /\bgzip\b/.test(accepted)
        ? ['gzip', entry.gzip]
        : [undefined, entry.identity];
  res.writeHead(200, {
    'content-type': entry.type,
    'content-length': body.length,
    'cache-control': entry.cacheControl,
    vary: 'accept-encoding',
    ...(encoding ? { 'content-encoding': encoding } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Passes the request to the API unchanged (cookies, CSRF header, body) and streams the answer. */
function proxy(req: IncomingMessage, res: ServerResponse, api: URL): void {
  const upstream = httpRequest(
    {
      hostname: api.hostname,
      port: api.port,
      path: req.url,
      method: req.method,
      headers: { ...req.headers, host: api.host },
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', (error) => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
    res.end(`API unreachable: ${error.message}`);
  });
  req.pipe(upstream);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
