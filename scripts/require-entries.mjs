// Run after tsup (`npm run build`): what `require()` and the `bin` need.
//
// A CommonJS entry per export that requires the ES module build. Every Node
// the package supports (`engines`) loads an ES module synchronously through
// `require()`, so there is one copy of the library whichever way it is loaded:
// no second build whose error classes fail `instanceof` against the first.
//
// Its declarations are the ES ones with relative imports ending in .cjs:
// TypeScript reads a .d.cts as CommonJS, so a CommonJS project (node16
// resolution) type-checks without "cannot be imported with require".
import { chmod, readdir, readFile, writeFile } from "node:fs/promises";

for (const name of ["index", "core", "testing"]) {
  await writeFile(`dist/${name}.cjs`, `"use strict";\nmodule.exports = require("./${name}.js");\n`);
}
for (const file of (await readdir("dist")).filter((f) => f.endsWith(".d.ts"))) {
  const declarations = await readFile(`dist/${file}`, "utf8");
  await writeFile(`dist/${file.replace(/\.d\.ts$/, ".d.cts")}`, declarations.replace(/(from '\.\/[^']+)\.js'/g, "$1.cjs'"));
}
// The hashbang goes on the command line alone (tsup's `banner` would put it on every file).
const cli = await readFile("dist/cli.js", "utf8");
if (!cli.startsWith("#!")) await writeFile("dist/cli.js", `#!/usr/bin/env node\n${cli}`);
await chmod("dist/cli.js", 0o755);
