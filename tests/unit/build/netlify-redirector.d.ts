// netlify-redirector ships no types: the part of its API the Netlify checks use.
declare module 'netlify-redirector' {
  type Request = {
    scheme: string;
    host: string;
    path: string;
    query: string;
    getHeader: (name: string) => string;
    getCookie: (name: string) => string;
  };
  type Match = { from: string; to: string; status: number; force: boolean };
  type Matcher = { match: (request: Request) => Match | null };
  const redirector: { parseJSON: (rules: string, options: object) => Promise<Matcher> };
  export default redirector;
}
