import fs from 'node:fs';
import type { FullConfig } from '@playwright/test';

/**
 * The site's address is built into its pages (canonical URLs, the sitemap, feeds, the clinics'
 * snippets), so a build made for another address fails some twenty tests at once. Say so once,
 * with the command that fixes it, before any test runs.
 */
export default function checkBuildOrigin(config: FullConfig): void {
  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) return;
  const sitemap = fs.existsSync('out/sitemap.xml') ? fs.readFileSync('out/sitemap.xml', 'utf8') : undefined;
  const built = sitemap && /<loc>([^<]+)<\/loc>/.exec(sitemap)?.[1];
  if (!built) throw new Error(`out/ has no sitemap: build first with SITE_URL=${baseURL} npm run build`);
  if (new URL(built).origin !== new URL(baseURL).origin) {
    throw new Error(
      `out/ was built for ${new URL(built).origin}, but the tests serve it at ${baseURL}: ` +
        `build again with SITE_URL=${baseURL} npm run build`,
    );
  }
}
