export declare function contentSecurityPolicy(options?: { frameAncestors?: string }): string;
export declare const securityHeaders: { key: string; value: string }[];
