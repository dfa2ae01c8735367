import fs from 'node:fs';

/**
 * Flags for headless Chromium on a closed network: without the networking ones Chromium keeps
 * trying to reach Google's hosts; --no-sandbox because CI runs as root.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** CHROME_PATH if set, else a system Chromium, else undefined (Playwright's own browser). */
export function findBrowser() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return candidates.find((file) => fs.existsSync(file));
}
