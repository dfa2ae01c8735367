// Response headers for every route, set in next.config.mjs and asserted by the e2e tests.
// Plain JavaScript because next.config.mjs imports it before any TypeScript is compiled.

/** Content-Security-Policy directives; 'unsafe-inline' scripts because static pages inline Next's data. */
export function contentSecurityPolicy({ frameAncestors = "'none'" } = {}) {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

const permissionsPolicy = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'usb',
  // Topics API, the successor of FLoC's interest-cohort, which browsers no longer recognise.
  'browsing-topics',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** Headers every response carries. */
export const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: permissionsPolicy },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
];

/** Every route but the embed cards: no framing at all. */
export const noFramingHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy() },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

/** The embed cards (/embed/<slug>) are made to sit in an iframe on any clinic's site. */
export const embedHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy({ frameAncestors: '*' }) },
  { key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' },
];

/** The `headers()` rules for next.config.mjs. */
export const headerRules = [
  { source: '/:path*', headers: securityHeaders },
  { source: '/:path((?!embed/).*)', headers: noFramingHeaders },
  { source: '/embed/:slug', headers: embedHeaders },
];
