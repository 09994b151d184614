// Types for scripts/build.mjs (the tests build their own copy of the bot with it).
export declare const PROJECT_ROOT: string;
export interface BuildPlan {
  compile: string[];
  remove: string[];
}
export declare function plan(options?: { root?: string; outDir?: string }): BuildPlan;
export declare function build(options?: { root?: string; outDir?: string; log?: (line: string) => void }): { compiled: number; removed: number };
