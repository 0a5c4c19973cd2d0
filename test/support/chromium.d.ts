export declare const chromiumArgs: string[];
export declare function findChromium(): Promise<string | undefined>;
export declare const missingChromiumMessage: string;
export declare function installChromium(): Promise<string | undefined>;
