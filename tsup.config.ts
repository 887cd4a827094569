import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts", testing: "src/testing/index.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
  },
  {
    // The command line: jsonc-parser and tinyglobby are bundled in, so that
    // the package's runtime dependencies stay zod alone.
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    sourcemap: true,
    noExternal: ["jsonc-parser", "tinyglobby"],
    banner: { js: "#!/usr/bin/env node" },
  },
]);
