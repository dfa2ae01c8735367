// Makes sure a Chromium exists before the browser tests, so they fail loudly instead of skipping:
// as root on Debian it installs the distribution's package; elsewhere Playwright's own build.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { findBrowser } from './browser.mjs';

const run = (command) => execSync(command, { stdio: 'inherit' });

function playwrightBrowserExists() {
  try {
    return fs.existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

if (findBrowser()) {
  console.log(`Browser: ${findBrowser()}`);
} else if (playwrightBrowserExists()) {
  console.log(`Browser: Playwright's Chromium at ${chromium.executablePath()}`);
} else if (process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')) {
  console.log("No Chromium found: installing Debian's chromium package.");
  run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
} else {
  console.log("No Chromium found: installing Playwright's Chromium.");
  run('npx playwright install chromium');
}

if (!findBrowser() && !playwrightBrowserExists()) {
  console.error('No browser is available for the end-to-end tests. Set CHROME_PATH to a Chromium or Chrome binary.');
  process.exit(1);
}
