import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
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

/**
 * The first line of a data file, pointing VS Code's YAML extension at this program's JSON Schema from the folder
 * the file is in (relative, so it holds wherever the plan folder lies and whoever clones the program).
 */
export function schemaComment(folder: string, kind: string): string {
  const schemaDir = relative(folder, join(PACKAGE_ROOT, 'schema')).split(sep).join('/');
  return `# yaml-language-server: $schema=${schemaDir}/${kind}.schema.json`;
}
