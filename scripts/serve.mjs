// @ts-check
// Serves the static export in out/ the way a CDN would: clean URLs, the headers from out/_headers
// (written at build from lib/http-headers.mjs), precompressed files, and the 404 page for anything
// else. Usage: npm start (PORT and HOST are read from the environment; default 3000 on 127.0.0.1).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { headersFor, parseHeadersFile } from '../lib/http-headers.mjs';

/**
 * A fastify server for a built site; npm start, the browser tests and the benchmarks all run it.
 * @param {{ root?: string }} [options]
 */
async function createServer({ root = path.resolve('out') } = {}) {
  const headersFile = path.join(root, '_headers');
  if (!fs.existsSync(headersFile)) throw new Error(`${headersFile} is missing: run npm run build first`);
  const rules = parseHeadersFile(fs.readFileSync(headersFile, 'utf8'));
  const notFoundPage = fs.readFileSync(path.join(root, '404.html'));

  const app = Fastify({
    logger: false,
    return503OnClosing: true,
    // Requests fastify cannot route (a badly encoded path) are the client's error, in plain text.
    frameworkErrors: (_error, _request, reply) => {
      reply.raw.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request\n');
    },
    // Clean URLs: /scars is the file scars.html. Rewriting before routing lets the static plugin
    // send its precompressed copy, which its own `extensions` fallback does not.
    rewriteUrl: (request) => cleanUrlFile(root, request.url ?? '/'),
  });

  // Every response, files and errors alike, carries the headers of the path it answers; error
  // pages carry the 404 page's, so they keep the strict policy.
  app.addHook('onSend', async (request, reply, payload) => {
    const pathname = reply.statusCode === 200 || reply.statusCode === 304 ? safePathname(request.url) : '/404';
    for (const { key, value } of headersFor(rules, pathname ?? '/404')) reply.header(key, value);
    // A cache must keep the brotli, gzip and plain copies apart.
    if (reply.getHeader('content-encoding')) reply.header('Vary', 'Accept-Encoding');
    return payload;
  });

  await app.register(fastifyStatic, {
    root,
    // / is index.html; clean URLs are rewritten above. No directory listings, no redirects.
    index: ['index.html'],
    redirect: false,
    list: false,
    preCompressed: true,
    // Cache-Control comes from _headers, so a CDN and this server agree. The ETag alone serves
    // revalidation; Last-Modified and Accept-Ranges would only lengthen every response.
    cacheControl: false,
    lastModified: false,
    acceptRanges: false,
    dotfiles: 'deny',
    // The headers file and the precompressed copies are for the server, not for readers.
    allowedPath: (pathname) => !/(^|\/)_headers$|\.(br|gz)$/.test(pathname),
    wildcard: true,
  });

  app.setNotFoundHandler((request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return reply
        .code(405)
        .header('Allow', 'GET, HEAD')
        .type('text/plain; charset=utf-8')
        .send('Method not allowed\n');
    }
    return reply.code(404).type('text/html; charset=utf-8').send(notFoundPage);
  });

  app.setErrorHandler((/** @type {{ statusCode?: number, code?: string }} */ error, request, reply) => {
    // A path the file system cannot take (a NUL byte, a name too long) is the client's error.
    const code = error.code === 'ENAMETOOLONG' ? 414 : (error.statusCode ?? 500);
    const status = code >= 400 && code < 600 ? code : 500;
    if (status >= 500) request.log.error(error);
    return reply
      .code(status)
      .type('text/plain; charset=utf-8')
      .send(status >= 500 ? 'Server error\n' : 'Bad request\n');
  });

  return app;
}

/**
 * The request URL pointing at the exported file for a clean URL (`/scars` -> `/scars.html`), or
 * unchanged when there is no such page.
 * @param {string} root
 * @param {string} url
 */
function cleanUrlFile(root, url) {
  const [pathname = '/', query] = url.split(/\?(.*)/s, 2);
  if (pathname === '/' || pathname.endsWith('/') || path.posix.extname(pathname) !== '') return url;
  const decoded = safePathname(pathname);
  // /index would be a second address for the home page.
  if (decoded === undefined || decoded.includes('\0') || decoded.includes('..') || decoded.endsWith('/index')) {
    return url;
  }
  const file = path.join(root, `${decoded}.html`);
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file)) return url;
  return `${pathname}.html${query === undefined ? '' : `?${query}`}`;
}

/** The decoded path of a request URL, or undefined if it cannot be decoded. @param {string} url */
function safePathname(url) {
  try {
    return decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  const app = await createServer({ root: path.resolve(process.env.OUT_DIR ?? 'out') });
  await app.listen({ port, host });
  console.log(`Serving out/ on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.close().then(() => process.exit(0)));
}
