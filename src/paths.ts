import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding package.json, fonts/ and templates/, found by walking up from this module, so
 * the paths hold whether the code runs from src/ (tsx) or from a bundle in dist/.
 */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above the program');
    dir = up;
  }
  return dir;
}

export const PACKAGE_ROOT = packageRoot();
export const FONT_DIR = join(PACKAGE_ROOT, 'fonts');
export const TEMPLATE_DIR = join(PACKAGE_ROOT, 'templates');
