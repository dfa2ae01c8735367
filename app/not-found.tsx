import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

/** The 404 page, served with status 404 for any unknown URL. */
export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="text-lg">
        We could not find the page you asked for. If you typed the address, check it is correct. If you followed a link,
        the page may have moved.
      </p>
      <p className="text-lg">
        Go to the{' '}
        <a href="/" className="underline">
          home page
        </a>{' '}
        or choose a topic from the list of all topics below.
      </p>
    </div>
  );
}
