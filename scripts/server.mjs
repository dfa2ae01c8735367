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

/**
 * Start the static server of npm start on 127.0.0.1 (HOST is set so a HOST in the environment
 * cannot widen it) and resolve once it answers; the returned stop() ends its process group.
 */
export async function startSite(port) {
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn('node', ['scripts/serve.mjs'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
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
  throw new Error(`npm start did not answer at ${url}`);
}

/** The page paths listed in the served sitemap. */
export async function sitemapPaths(origin) {
  const xml = await (await fetch(`${origin}/sitemap.xml`)).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
}
