import { serializeJsonLd } from '@/lib/pages/structured-data';

/** Structured data for search engines; describes only what the page already shows. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
