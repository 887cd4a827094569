// `npm run demo`: the main job on the bundled policies, runnable straight after
// `npm ci`: validate them, lay out a disagreement raised just before Christmas
// 2026 on every ladder, and assess an example case.
import { processIO, run } from "../src/cli/main.js";
import { policies } from "../src/index.js";

const io = { ...processIO(), today: "2027-01-07" };
const step = async (title: string, argv: string[]): Promise<void> => {
  console.log(`\n$ safeguarding-escalation ${argv.join(" ")}    # ${title}\n`);
  const code = await run(argv, io);
  if (code !== 0) process.exitCode = code;
};

await step("check the bundled policy files", ["validate", "policies/*.json"]);
for (const id of Object.keys(policies)) await step(`${id}: raised Wednesday 23 December 2026`, ["timeline", "--policy", id, "--raised", "2026-12-23"]);
await step("where the example case stands on 7 January 2027", ["assess", "examples/swindon-case.json", "--as-of", "2027-01-07"]);
