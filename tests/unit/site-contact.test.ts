import { describe, expect, it } from 'vitest';
import { contactHref, parseSiteContact } from '@/lib/site-contact';

describe('SITE_CONTACT', () => {
  it('means no contact route when unset or empty, rather than a made-up address', () => {
    expect(parseSiteContact({})).toBeUndefined();
    expect(parseSiteContact({ SITE_CONTACT: '' })).toBeUndefined();
  });

  it('accepts an email address', () => {
    expect(parseSiteContact({ SITE_CONTACT: 'corrections@guide.example.org' })).toEqual({
      kind: 'email',
      address: 'corrections@guide.example.org',
    });
  });

  it('accepts the https URL of a web form, with its query kept', () => {
    expect(parseSiteContact({ SITE_CONTACT: 'https://forms.example.org/report?site=prp' })).toEqual({
      kind: 'form',
      url: 'https://forms.example.org/report?site=prp',
    });
  });

  it('rejects an http URL, saying a form must use https', () => {
    expect(() => parseSiteContact({ SITE_CONTACT: 'http://forms.example.org/report' })).toThrow(
      'SITE_CONTACT: expected an email address or an https:// URL (a form must use https), got "http://forms.example.org/report"',
    );
  });

  it('rejects a URL that would publish a user name or password', () => {
    expect(() => parseSiteContact({ SITE_CONTACT: 'https://admin:secret@forms.example.org/' })).toThrow(
      'SITE_CONTACT: expected an email address or an https:// URL (the URL must not carry a user name or password), got "https://admin:secret@forms.example.org/"',
    );
  });

  it.each([
    'foo',
    'corrections@localhost',
    'mailto:corrections@guide.example.org',
    'corrections@guide.example.org?subject=Hi',
    ' corrections@guide.example.org',
    'https://localhost/report',
    'javascript:alert(1)',
    '   ',
  ])('rejects %j, naming the variable and the value', (value) => {
    expect(() => parseSiteContact({ SITE_CONTACT: value })).toThrow(
      `SITE_CONTACT: expected an email address or an https:// URL, got ${JSON.stringify(value)}`,
    );
  });
});

describe('the link to the contact route', () => {
  const email = { kind: 'email', address: 'corrections@guide.example.org' } as const;

  it('prefills an email subject, URL-encoded', () => {
    expect(contactHref(email, 'Problem on /scars')).toBe(
      'mailto:corrections@guide.example.org?subject=Problem%20on%20%2Fscars',
    );
  });

  it('is a bare mailto: link without a subject', () => {
    expect(contactHref(email)).toBe('mailto:corrections@guide.example.org');
  });

  it("links to a form as it is, since its query parameters are the form's own", () => {
    const form = { kind: 'form', url: 'https://forms.example.org/report' } as const;
    expect(contactHref(form, 'Problem on /scars')).toBe('https://forms.example.org/report');
  });
});
