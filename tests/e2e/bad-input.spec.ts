import net from 'node:net';
import { expect, test } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { sitemapPaths } from './site-paths';

const { hostname, port } = new URL(baseURL);

/** Sends a request exactly as written (no client-side URL clean-up) and returns the status code. */
function rawStatus(requestLine: string, headers: string[] = []): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write([requestLine, `Host: ${hostname}:${port}`, 'Connection: close', ...headers, '', ''].join('\r\n'));
    });
    let data = '';
    socket.setTimeout(10_000, () => socket.destroy(new Error(`timeout: ${requestLine}`)));
    socket.on('data', (chunk) => (data += chunk.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => {
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(data);
      if (match) resolve(Number(match[1]));
      else reject(new Error(`no HTTP status for ${requestLine}: ${JSON.stringify(data.slice(0, 80))}`));
    });
  });
}

const expectClientError = (status: number) => expect(status >= 400 && status < 500, `status ${status}`).toBe(true);

test.describe('malformed and unusual requests get a clean answer, never a 5xx', () => {
  test.afterEach(async ({ request }) => {
    expect((await request.get('/')).status(), 'server still answers').toBe(200);
  });

  const badPaths = [
    `/${'a'.repeat(4000)}`,
    `/${'a'.repeat(9000)}`,
    '/scars%00',
    `/${'deep/'.repeat(300)}page`,
    '/..%2f..%2fetc%2fpasswd',
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%E0%A4%A',
    '/%',
    '/%00',
    '/scars%00.html',
    '/_next/static/chunks/does-not-exist.js',
    '/_next/static/../../package.json',
    '/_next/image?url=http://example.com/a.png&w=64&q=75',
    '/_next/data/x/y.json',
    '/feed.xml/extra',
  ];
  for (const path of badPaths) {
    test(`GET ${path.length > 50 ? `${path.slice(0, 30)}… (${path.length} characters)` : path} is a 4xx`, async () => {
      expectClientError(await rawStatus(`GET ${path} HTTP/1.1`));
    });
  }

  test('query strings on every page still serve the page', async ({ request }) => {
    for (const path of sitemapPaths()) {
      const response = await request.get(`${path}?utm_source=clinic&x=%3Cscript%3E&a[]=1&a[]=2`);
      expect(response.status(), path).toBe(200);
    }
  });

  test('HEAD answers like GET without a body', async () => {
    expect(await rawStatus('HEAD /scars HTTP/1.1')).toBe(200);
    expect(await rawStatus('HEAD /no-such-page HTTP/1.1')).toBe(404);
  });

  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND']) {
    test(`${method} on a page is refused with 405 Method Not Allowed`, async () => {
      const status = await rawStatus(`${method} /scars HTTP/1.1`, ['Content-Type: text/plain', 'Content-Length: 0']);
      expect(status).toBe(405);
    });
  }

  test('a huge header is refused with a 4xx', async () => {
    expectClientError(await rawStatus('GET / HTTP/1.1', [`X-Big: ${'a'.repeat(20_000)}`]));
  });

  test('many headers are refused or ignored, never a 5xx', async () => {
    const headers = Array.from({ length: 500 }, (_, i) => `X-H${i}: ${i}`);
    const status = await rawStatus('GET / HTTP/1.1', headers);
    expect(status < 500, `status ${status}`).toBe(true);
  });

  test('a malformed request line is a 4xx', async () => {
    expectClientError(await rawStatus('GET /scars HTTP/9.9'));
    expectClientError(await rawStatus('GET /sc ars HTTP/1.1'));
  });
});
