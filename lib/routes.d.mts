export declare const SLUG_PATTERN: string;
export declare const PAGES_WITH_RUNTIME: readonly string[];
