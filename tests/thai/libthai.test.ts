import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';

describe('libthai binding', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.resetModules();
  });

  it('finds libthai word breaks as offsets into the string, also after letters outside the BMP', async () => {
    const { libthaiBreaks } = await import('../../src/thai/libthai.js');
    expect(libthaiBreaks('ตามระเบียบ')).toEqual([3]);
    // '😀' is two UTF-16 units: the offset after it is 3 in the string, 2 in code points.
    expect(libthaiBreaks('a😀ตามระเบียบ')).toEqual([3, 6]);
    expect(libthaiBreaks('')).toEqual([]);
  });

  it('names the library and its Debian packages for the manifest', async () => {
    const { libthaiVersion } = await import('../../src/thai/libthai.js');
    expect(libthaiVersion()).toMatch(/libthai\.so\.0[.\d]*/);
  });

  it('fails with a Thai and English message naming the package when libthai cannot be loaded', async () => {
    const koffi = createRequire(import.meta.url)('koffi') as { load: (name: string) => unknown };
    vi.spyOn(koffi, 'load').mockImplementation(() => {
      throw new Error('libthai.so.0: cannot open shared object file');
    });
    const { libthaiBreaks } = await import('../../src/thai/libthai.js');
    expect(() => libthaiBreaks('ตามระเบียบ')).toThrow(/ไม่พบไลบรารีตัดคำภาษาไทย.*apt-get install libthai0/);
  });
});
