export declare const chromiumArgs: string[];
export declare function findBrowser(): string | undefined;
