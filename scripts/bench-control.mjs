// The control for `npm run bench`: a bare HTML page, served on its own port, measured with the
// same browser and settings as the site. Whatever it scores is the floor this browser and machine
// give any page: its blocking time is the browser's own navigation work (committing the navigation,
// creating the page's JavaScript context), which Lighthouse multiplies by its 4x CPU slowdown.
import http from 'node:http';

const HTML =
  '<!doctype html><html lang="en"><meta charset="utf-8">' +
  '<meta name="viewport" content="width=device-width, initial-scale=1">' +
  '<title>Control page</title><p>A bare page: it measures the browser, not the site.</p></html>';

/** Serves the control page on 127.0.0.1:port; resolves once it listens. */
export async function startControlPage(port) {
  const server = http.createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(HTML);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.close() };
}
