export declare const bundlePath: (root: string) => string;
export declare function newestSourceTime(root: string): number;
export declare function isBundleCurrent(root: string): boolean;
