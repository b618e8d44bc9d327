import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's chromium package, where .ci/run installs it. */
export const CHROMIUM = '/usr/bin/chromium';

/** Headless Chromium with a fresh profile, nothing reaching out to the network on its own. */
export async function launchChromium(viewport = { width: 1366, height: 768 }): Promise<{ browser: BrowserContext; close: () => Promise<void> }> {
  // A fresh profile folder each time (playwright passes it as --user-data-dir).
  const profile = mkdtempSync(join(tmpdir(), 'ita-edit-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
