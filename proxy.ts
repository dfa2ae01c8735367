import { NextResponse, type NextRequest } from 'next/server';

/**
 * Answers a path with broken percent-encoding (e.g. /%E0%A4%A) with 400 Bad Request. Without this,
 * Next's dynamic route fails to decode it and, having no /400 page in an App Router project,
 * replies 500.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('Bad request: the address is not correctly encoded.\n', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  return NextResponse.next();
}

export const config = {
  // Only a path with a percent sign can be badly encoded; every other request skips the proxy.
  matcher: '/:path(.*%.*)',
};
