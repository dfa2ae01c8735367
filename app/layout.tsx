import { pageIds } from '@/lib/pages/page-ids';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { SkipLink } from '@/components/skip-link';
import { printLinkOriginStyle } from '@/lib/pages/inline-code.mjs';
import { getNavigation } from '@/lib/pages/navigation';
import { site } from '@/lib/site';
import { siteIconUrl } from '@/lib/publish/site-icon';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: site.name, template: `%s | ${site.shortName}` },
  description: site.description,
  applicationName: site.name,
  formatDetection: { telephone: false },
  icons: { icon: { url: siteIconUrl, type: 'image/svg+xml' } },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#0c4a6e' },
    { media: '(prefers-color-scheme: dark)', color: '#18181b' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const navigation = getNavigation();
  return (
    <html lang={site.lang}>
      <body className="bg-page font-sans text-ink antialiased">
        {/* With href and precedence React hoists it into <head>, where a <style> belongs. */}
        <style href="print-link-origin" precedence="default">
          {printLinkOriginStyle(site.url)}
        </style>
        <SkipLink />
        <SiteHeader siteName={site.name} groups={navigation} />
        <main id={pageIds.main} tabIndex={-1} className="mx-auto max-w-3xl px-4 py-8 focus:outline-none">
          {children}
        </main>
        <SiteFooter groups={navigation} />
      </body>
    </html>
  );
}
