declare const modules: Record<string, unknown>;
export = modules;
