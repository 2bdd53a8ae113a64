/**
 * Finds the Chromium the browser tests and the CLI drive, and, run as a script (the first step of
 * `npm test`), makes sure there is one: Debian's Chromium when present, else Playwright's own
 * build, else it installs one (apt on Debian as root, `playwright install chromium` elsewhere) or
 * stops at once with the one command to run.
 */
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** A Chromium to launch: `KINORA_CHROMIUM`, Debian's, or undefined for Playwright's own build. */
export function systemChromium(): string | undefined {
  const chosen = process.env.KINORA_CHROMIUM;
  if (chosen) return chosen;
  return SYSTEM_CHROMIUM.find((path) => existsSync(path));
}

function playwrightChromium(): string | null {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function run(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return true;
  } catch {
    return false;
  }
}

function ensureBrowser(): void {
  const found = systemChromium() ?? playwrightChromium();
  if (found) {
    if (process.env.KINORA_CHROMIUM && !existsSync(found)) {
      console.error(`KINORA_CHROMIUM is set to ${found}, which does not exist. Unset it, or point it at a Chromium binary.`);
      process.exit(1);
    }
    console.log(`Browser tests will use ${found}`);
    return;
  }
  const debian = existsSync('/etc/debian_version');
  const root = process.getuid?.() === 0;
  if (debian && root) {
    console.log("No Chromium found: installing Debian's (apt-get install chromium).");
    if (run('apt-get', ['update', '-q']) && run('apt-get', ['install', '-y', '-q', 'chromium']) && systemChromium()) return;
  } else if (!debian) {
    console.log("No Chromium found: installing Playwright's (npx playwright install chromium).");
    if (run('npx', ['playwright', 'install', 'chromium']) && playwrightChromium()) return;
  }
  const command = debian ? 'sudo apt-get install -y chromium' : 'npx playwright install chromium';
  console.error(`The browser tests need Chromium and none could be found or installed. Run:\n\n  ${command}\n\nthen npm test again (or set KINORA_CHROMIUM to a Chromium binary).`);
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) ensureBrowser();
