// @ts-check
// Serves the static export in out/ the way Cloudflare Pages does (tests/e2e/host compares the two on
// its local runtime): clean URLs, a 308 from a page's other addresses (`/x/`, `/x.html`, `/index`) to
// `/x` keeping the query, the headers of out/_headers matched against the request path,
// precompressed files, and the 404 page with status 404 for anything else. Netlify is not run here:
// out/_redirects asks it for the same 308 from `/x.html`, and README's Deploy section says what is
// and is not shown for it. npm start and the browser tests run this file (PORT and HOST from the
// environment; default 3000 on 127.0.0.1); the benchmarks start it with startSite().
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { headersFor, notFoundPath, parseHeadersFile } from '../lib/publish/http-headers.mjs';

/**
 * A fastify server for a built site.
 * @param {{ root?: string }} [options]
 */
export async function createServer({ root = path.resolve('out') } = {}) {
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
    // The 404 page answers 404 at every address, its own included, so no one links to it as a page.
    rewriteUrl: (request) => {
      const url = request.url ?? '/';
      const { pathname, query } = splitUrl(url);
      const page = pagePath(pathname);
      const isOwnAddress = page !== undefined && page === decodePath(pathname);
      return isOwnAddress && page !== '/' && page !== notFoundPath && pageExists(root, page)
        ? `${pathname}.html${query}`
        : url;
    },
  });

  app.addHook('onRequest', async (request, reply) => {
    const target = canonicalAddress(root, request.originalUrl);
    if (target !== undefined) await reply.code(308).header('Location', target).send();
  });

  // Every response carries the headers of the path as it was requested, still encoded, as on
  // Cloudflare Pages (measured with wrangler): the rewritten file name (/scars.html) is never what a
  // host matches, and an unknown path gets only `/*`. Its 404s are never stored, whatever the rules say.
  app.addHook('onSend', async (request, reply, payload) => {
    for (const { key, value } of headersFor(rules, splitUrl(request.originalUrl).pathname)) reply.header(key, value);
    if (reply.statusCode === 404) reply.header('Cache-Control', 'no-store');
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
    // The hosts' rule files and the precompressed copies are for the server, not for readers; the
    // 404 page is sent only as an answer.
    allowedPath: (pathname) => !/(^|\/)_(headers|redirects)$|\.(br|gz)$|^\/?404\.html$/.test(pathname),
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

/** A request URL's path (as sent) and its query with the `?`, or '' if there is none. @param {string} url */
function splitUrl(url) {
  const index = url.indexOf('?');
  return index === -1 ? { pathname: url, query: '' } : { pathname: url.slice(0, index), query: url.slice(index) };
}

/** The decoded path of a request path, or undefined if it cannot be decoded. @param {string} pathname */
function decodePath(pathname) {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

/**
 * The page address a request path names, or undefined if it names none: `/x`, `/x/` and `/x.html`
 * name `/x`; `/index` and `/index.html` name `/`.
 * @param {string} pathname as sent, still encoded
 */
function pagePath(pathname) {
  const decoded = decodePath(pathname);
  if (decoded === undefined || decoded.includes('\0') || decoded.split('/').includes('..')) return undefined;
  const page = decoded
    .replace(/(.)\/$/, '$1')
    .replace(/\.html$/, '')
    .replace(/(^|\/)index$/, '$1');
  if (page !== '/' && path.posix.extname(page) !== '') return undefined;
  return page.length > 1 ? page.replace(/\/$/, '') : '/';
}

/** Whether out/ holds a page at this address. @param {string} root @param {string} page */
function pageExists(root, page) {
  const file = path.join(root, page === '/' ? 'index.html' : `${page}.html`);
  return file.startsWith(root + path.sep) && fs.existsSync(file);
}

/**
 * Where to send a page's other addresses (`/scars/`, `/scars.html`, `/index`), with the query
 * kept, as Cloudflare Pages' runtime does; undefined for a page's own address and for no page.
 * @param {string} root
 * @param {string} url
 */
function canonicalAddress(root, url) {
  const { pathname, query } = splitUrl(url);
  const page = pagePath(pathname);
  if (page === undefined || page === notFoundPath || page === decodePath(pathname) || !pageExists(root, page)) {
    return undefined;
  }
  return `${encodeURI(page)}${query}`;
}

/**
 * Starts this server in a process of its own on 127.0.0.1 (HOST is set, so a HOST in the
 * environment cannot widen it), building the site first if out/ has no build, and resolves once
 * it answers; stop() ends the process. For the bench scripts, which must not share a process with it.
 * @param {number} port
 */
export async function startSite(port) {
  if (!fs.existsSync('out/_headers')) {
    console.log('No production build found: running npm run build.');
    await run('npm', ['run', 'build']);
  }
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
  });
  const stop = () => child.kill('SIGTERM');
  process.on('exit', stop);
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return { stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`npm start did not answer at ${url}`);
}

/** Runs a command with inherited output; rejects if it fails. @param {string} command @param {string[]} args */
function run(command, args) {
  const child = spawn(command, args, { stdio: 'inherit' });
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => (code === 0 ? resolve(undefined) : reject(new Error(`${command} exited ${code}`)))),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  const app = await createServer({ root: path.resolve(process.env.OUT_DIR ?? 'out') });
  await app.listen({ port, host });
  console.log(`Serving out/ on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.close().then(() => process.exit(0)));
}
