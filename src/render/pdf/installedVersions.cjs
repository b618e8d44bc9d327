// The installed versions of the packages whose internals this folder patches, read from their own
// package.json. Found through require.resolve (not require('x/package.json'): fontkit's and
// linebreak's "exports" do not allow that), so under Node it resolves from this folder and in the
// esbuild bundle (node_modules/.cache/ita-plan) from the bundle's folder: either way the copies
// pdfmake runs. CommonJS like pdfmakeModules.cjs, for the same reason.
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

/** The version in the package.json of `name` above its entry file, or undefined if none is found. */
function installedVersion(name) {
  let dir;
  try {
    dir = dirname(require.resolve(name));
  } catch {
    return undefined;
  }
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (manifest.name === name) return manifest.version;
    } catch {
      // no package.json here (or a nested one without a name): keep going up
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

module.exports = { installedVersion };
