import { defineConfig } from "tsup";

const LIBRARY = { index: "src/index.ts", core: "src/core.ts", testing: "src/testing/index.ts" };

// The library and the command line in one build, split into shared chunks:
// the CLI imports the library's code, it carries no copy of it. jsonc-parser
// and tinyglobby are bundled in (only the CLI uses them). `npm run build` then
// runs scripts/require-entries.mjs, which adds what `require()` and `bin` need.
export default defineConfig({
  entry: { ...LIBRARY, cli: "src/cli/bin.ts" },
  format: ["esm"],
  target: "node20",
  platform: "node",
  dts: { entry: LIBRARY },
  // No source maps: the JavaScript is not minified, so a stack trace already
  // points at readable code, and maps would more than double the package.
  sourcemap: false,
  clean: true,
  treeshake: true,
  noExternal: ["jsonc-parser", "tinyglobby"],
});
