export type Header = { key: string; value: string };
export declare function contentSecurityPolicy(options?: { frameAncestors?: string }): string;
export declare const securityHeaders: Header[];
export declare const noFramingHeaders: Header[];
export declare const embedHeaders: Header[];
export declare const headerRules: { source: string; headers: Header[] }[];
