// npm run bench:load: autocannon, 50 connections for 10 s, against the home page and an article,
// served by `next start` and, for comparison, the same prerendered HTML from a static file server.
import autocannon from 'autocannon';
import { ensureBuild, startNext, startServer } from './server.mjs';

const CONNECTIONS = 50;
const DURATION_S = 10;
const PATHS = ['/', '/scars'];

function run(url) {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections: CONNECTIONS, duration: DURATION_S, headers: { 'accept-encoding': 'gzip' } },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

await ensureBuild();
const servers = [
  { name: 'next start', port: 3301, start: () => startNext(3301) },
  {
    name: 'serve (static HTML)',
    port: 3302,
    start: () =>
      startServer(
        'node_modules/.bin/serve',
        [
          '.next/server/app',
          '--listen',
          'tcp://127.0.0.1:3302',
          '--no-clipboard',
          '--no-port-switching',
          '--no-request-logging',
        ],
        'http://127.0.0.1:3302/',
      ),
  },
];

const rows = [];
for (const server of servers) {
  const handle = await server.start();
  try {
    for (const path of PATHS) {
      const result = await run(`http://127.0.0.1:${server.port}${path}`);
      rows.push({
        server: server.name,
        path,
        'req/s': Math.round(result.requests.average),
        'p50 ms': result.latency.p50,
        'p99 ms': result.latency.p99,
        errors: result.errors + result.timeouts,
        'non-2xx': result.non2xx,
        requests: result.requests.total,
      });
    }
  } finally {
    handle.stop();
  }
}

const columns = Object.keys(rows[0]);
console.log(`\nautocannon, ${CONNECTIONS} connections, ${DURATION_S} s per row, on this machine (loopback)\n`);
console.log(`| ${columns.join(' | ')} |`);
console.log(`| ${columns.map(() => '---').join(' | ')} |`);
for (const row of rows) console.log(`| ${columns.map((column) => row[column]).join(' | ')} |`);
for (const path of PATHS) {
  const next = rows.find((row) => row.server === 'next start' && row.path === path);
  const plain = rows.find((row) => row.server !== 'next start' && row.path === path);
  console.log(
    `${path}: next start serves ${(next['req/s'] / plain['req/s']).toFixed(2)}× the requests per second of a static file server`,
  );
}
const bad = rows.filter(
  (row) => row.errors > 0 || row['non-2xx'] > 0 || (row.server === 'next start' && row['p99 ms'] >= 100),
);
if (bad.length > 0) {
  console.log(
    `\nGoal missed (0 errors, 0 non-2xx, p99 under 100 ms for next start): ${bad.map((row) => `${row.server} ${row.path}`).join(', ')}`,
  );
  process.exitCode = 1;
}
