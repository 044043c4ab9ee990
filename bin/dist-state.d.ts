// Types for bin/dist-state.js (plain JavaScript: bin/ runs before any TypeScript loader).
export declare const ROOT: string;
export declare const DIST: string;
export declare const MANIFEST: string;
export declare function sourceFingerprint(root?: string): string;
export declare function distState(root?: string): 'current' | 'stale' | 'missing';
export declare function writeManifest(dir: string, sources: string): void;
