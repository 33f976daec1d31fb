export declare const SLUG_PATTERN: string;
export declare const PAGES_WITH_RUNTIME: readonly string[];
export declare const PREVIEW_ENTRY_PATH: string;
