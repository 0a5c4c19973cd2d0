export declare const STYLES_ENTRY: string;
export declare const cssTargets: import("lightningcss").Targets;
export declare function bundledCss(): string;
export declare function layeredCss(css: string): string;
export declare function stylesheetFiles(): string[];
