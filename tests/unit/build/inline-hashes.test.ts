import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { cspHash, inlineHashes } from '@/scripts/build/inline-hashes.mjs';

describe('inlineHashes', () => {
  it('hashes inline scripts and styles, not JSON-LD or external scripts', () => {
    const tree = fromHtml(
      '<style>a{}</style><script>go()</script><script type="application/ld+json">{}</script><script src="/s.js"></script>',
    );
    const hashes = inlineHashes(tree);
    expect(hashes.scriptHashes).toEqual([cspHash('go()')]);
    expect(hashes.styleHashes).toEqual([cspHash('a{}')]);
    expect(hashes.inlineScriptBytes).toBe(4);
    expect(hashes.framesOwnPages).toBe(false);
  });

  it('matches the hash a browser computes for the same text', () => {
    // echo -n "alert('x')" | openssl sha256 -binary | base64
    expect(cspHash("alert('x')")).toBe('sha256-JPoFjrDvGjII2ZQr0zVCLdwImped9XUzr7nzeL7Ser0=');
  });
});
