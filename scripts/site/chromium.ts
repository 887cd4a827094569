// Debian's Chromium, launched headless with the flags in puppeteer.config.json
// (no sandbox, no GPU, nothing fetched in the background): the one browser
// the site build renders flowcharts in and the calculator's test drives.
import { existsSync, readFileSync } from "node:fs";
import puppeteer, { type Browser, type LaunchOptions } from "puppeteer-core";

/** The launch options, as mermaid-cli's `-p` reads them too. */
const PUPPETEER_CONFIG_FILE = new URL("./puppeteer.config.json", import.meta.url);
const config = JSON.parse(readFileSync(PUPPETEER_CONFIG_FILE, "utf8")) as LaunchOptions & { executablePath: string };

/** Where Chromium is expected: Debian's package (`.ci/run` installs it when missing). */
const CHROMIUM = config.executablePath;

/**
 * Launches Chromium; fails with what to do when it is not installed (never
 * a silent skip: the pages and the calculator are only known to work once a
 * real browser has run them).
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}: install Debian's package (apt-get install chromium), as .ci/run does.`);
  }
  return puppeteer.launch(config);
}
