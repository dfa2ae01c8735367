// Starts the site's server (npm start) on 127.0.0.1 for the bench scripts and stops it with them.
import { spawn } from 'node:child_process';
import fs from 'node:fs';

/** Build once if there is no exported site yet. */
export function ensureBuild() {
  if (fs.existsSync('out/_headers')) return;
  console.log('No production build found: running npm run build.');
  const result = spawn('npm', ['run', 'build'], { stdio: 'inherit' });
  return new Promise((resolve, reject) =>
    result.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`build exited ${code}`)))),
  );
}

/** Start a server command and resolve once `url` answers; the returned stop() ends the process group. */
async function startServer(command, args, url, env = {}) {
  const child = spawn(command, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
    env: { ...process.env, ...env },
  });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(url);
      if (response.ok) return { stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`${command} ${args.join(' ')} did not answer at ${url}`);
}

/** Start the static server of npm start on 127.0.0.1. */
export function startSite(port) {
  return startServer('node', ['scripts/serve.mjs'], `http://127.0.0.1:${port}/`, {
    PORT: String(port),
    HOST: '127.0.0.1',
  });
}

/** The page paths listed in the served sitemap. */
export async function sitemapPaths(origin) {
  const xml = await (await fetch(`${origin}/sitemap.xml`)).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
}
