// npm run bench:load: autocannon, 50 connections for 10 s per page, against the site's own server
// (npm start), asking for compressed pages as browsers do. Goal: no errors, p99 under 100 ms.
import autocannon from 'autocannon';
import { startSite } from './serve.mjs';

const CONNECTIONS = 50;
const DURATION_S = 10;
const PORT = 3301;
const PATHS = ['/', '/scars', '/faq', '/search', '/no-such-page'];

function run(url) {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections: CONNECTIONS, duration: DURATION_S, headers: { 'accept-encoding': 'br, gzip' } },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

const server = await startSite(PORT);
const rows = [];
try {
  for (const path of PATHS) {
    const result = await run(`http://127.0.0.1:${PORT}${path}`);
    rows.push({
      path,
      'req/s': Math.round(result.requests.average),
      'p50 ms': result.latency.p50,
      'p99 ms': result.latency.p99,
      errors: result.errors + result.timeouts,
      // The 404 page is expected to answer 4xx (a 5xx there counts too); every other path 2xx.
      unexpected:
        path === '/no-such-page' ? result['1xx'] + result['2xx'] + result['3xx'] + result['5xx'] : result.non2xx,
      requests: result.requests.total,
    });
  }
} finally {
  server.stop();
}

const columns = Object.keys(rows[0]);
console.log(
  `\nautocannon, ${CONNECTIONS} connections, ${DURATION_S} s per row, npm start on this machine (loopback)\n`,
);
console.log(`| ${columns.join(' | ')} |`);
console.log(`| ${columns.map(() => '---').join(' | ')} |`);
for (const row of rows) console.log(`| ${columns.map((column) => row[column]).join(' | ')} |`);
const bad = rows.filter((row) => row.errors > 0 || row.unexpected > 0 || row['p99 ms'] >= 100);
if (bad.length > 0) {
  console.log(
    `\nGoal missed (0 errors, expected statuses, p99 under 100 ms): ${bad.map((row) => row.path).join(', ')}`,
  );
  process.exitCode = 1;
} else {
  console.log('\nEvery path met the goal: 0 errors, expected statuses, p99 under 100 ms.');
}
