export declare function installedVersion(name: string): string | undefined;
