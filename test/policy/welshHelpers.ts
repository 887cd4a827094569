// What the Welsh tests of src/policy share: the library's source, to check
// that every key of a catalogue is used.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** Every .ts file under src, joined. */
export function sourceCode(): string {
  const sources: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith(".ts")) sources.push(readFileSync(path, "utf8"));
    }
  };
  walk(new URL("../../src", import.meta.url).pathname);
  return sources.join("\n");
}
