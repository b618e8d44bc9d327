import { createHash } from 'node:crypto';
import { strFromU8, strToU8, Zip, ZipPassThrough } from 'fflate';
import { deflateRawSync } from 'node:zlib';
import type { DocMeta } from '../../doc/doc.js';
import { escapeXml } from './xml.js';

/** Every zip entry's time: 1980-01-01 00:00, the earliest a zip can hold (local time, as DOS times are). */
const ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0);

const isoSeconds = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The obfuscation of an embedded font (ECMA-376 part 2 §11.2): its first 32 bytes XOR the key's bytes, reversed. */
function obfuscate(font: Uint8Array, key: string): Uint8Array {
  const bytes = key.replace(/[{}-]/g, '').match(/../g)!.map((h) => parseInt(h, 16)).reverse();
  const out = Uint8Array.from(font);
  for (let i = 0; i < 32; i++) out[i]! ^= bytes[i % 16]!;
  return out;
}

/** A GUID made from the font's own bytes: the same font gets the same key in every build. */
function keyFor(font: Uint8Array): string {
  const h = createHash('sha256').update(font).digest('hex').toUpperCase();
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}}`;
}

/** Replaces docx's random font keys with keys derived from the fonts, re-obfuscating each file to match. */
function fixFontKeys(files: Record<string, Uint8Array>): void {
  const table = files['word/fontTable.xml'];
  const rels = files['word/_rels/fontTable.xml.rels'];
  if (!table || !rels) return;
  const targets = new Map([...strFromU8(rels).matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [m[1]!, `word/${m[2]!}`]));
  // Attribute order varies with the builder: read both.
  const xml = strFromU8(table).replace(/<w:(embed\w+)\b([^>]*)\/>/g, (whole, element: string, attrs: string) => {
    const id = /r:id="([^"]+)"/.exec(attrs)?.[1];
    const key = /w:fontKey="([^"]+)"/.exec(attrs)?.[1];
    const path = id && targets.get(id);
    const file = path && files[path];
    if (!key || !file) return whole;
    const font = obfuscate(file, key);
    const fresh = keyFor(font);
    files[path] = obfuscate(font, fresh);
    return `<w:${element}${attrs.replace(key, fresh)}/>`;
  });
  files['word/fontTable.xml'] = strToU8(xml);
}

/** core.xml: the Doc's own date for created and modified, and its language. */
function fixCoreProperties(files: Record<string, Uint8Array>, meta: DocMeta): void {
  const core = files['docProps/core.xml'];
  if (!core) return;
  const date = isoSeconds(meta.date);
  let xml = strFromU8(core)
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${date}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${date}$2`);
  if (!xml.includes('<dc:language>')) xml = xml.replace('</cp:coreProperties>', `<dc:language>${escapeXml(meta.language)}</dc:language></cp:coreProperties>`);
  files['docProps/core.xml'] = strToU8(xml);
}

/** Drawing ids are counted per process by docx; they only need to be unique in the document: count them here. */
function renumberDrawings(files: Record<string, Uint8Array>): void {
  let next = 1;
  for (const path of Object.keys(files).filter((p) => /^word\/[^/]+\.xml$/.test(p)).sort()) {
    const xml = strFromU8(files[path]!);
    if (!xml.includes('<wp:docPr ')) continue;
    files[path] = strToU8(xml.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${next++}"`));
  }
}

/** Media files named from their content, not at random. */
function fixMediaNames(files: Record<string, Uint8Array>): void {
  const renames = new Map<string, string>();
  for (const path of Object.keys(files).filter((p) => p.startsWith('word/media/')).sort()) {
    const ext = path.slice(path.lastIndexOf('.'));
    const name = `image-${createHash('sha256').update(files[path]!).digest('hex').slice(0, 16)}${ext}`;
    renames.set(path.slice('word/'.length), `media/${name}`);
    files[`word/media/${name}`] = files[path]!;
    if (`word/media/${name}` !== path) delete files[path];
  }
  if (renames.size === 0) return;
  for (const [path, data] of Object.entries(files)) {
    if (!path.endsWith('.rels')) continue;
    let xml = strFromU8(data);
    for (const [from, to] of renames) xml = xml.split(`"${from}"`).join(`"${to}"`);
    files[path] = strToU8(xml);
  }
}

/**
 * Zips a DOCX's parts byte-for-byte reproducibly, after the given fixes to them: the Doc's date in core.xml,
 * font keys from the fonts, media named from their bytes, drawings numbered in order, and one fixed time on every
 * zip entry, in docx's order ([Content_Types].xml first, as Office writes it).
 */
export function reproducible(files: Record<string, Uint8Array>, meta: DocMeta, fixes: Array<(files: Record<string, Uint8Array>) => void> = []): Buffer {
  for (const fix of fixes) fix(files);
  fixCoreProperties(files, meta);
  fixFontKeys(files);
  fixMediaNames(files);
  renumberDrawings(files);
  const names = Object.keys(files);
  const ordered = ['[Content_Types].xml', ...names.filter((n) => n !== '[Content_Types].xml')];
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const name of ordered) {
    const data = files[name];
    if (!data) continue;
    // Images are compressed already: stored as they are.
    const entry = /\.(png|jpe?g|gif)$/.test(name) ? new ZipPassThrough(name) : new NativeDeflate(name);
    entry.mtime = ZIP_TIME;
    zip.add(entry);
    entry.push(data, true);
  }
  zip.end();
  return Buffer.concat(chunks);
}

/** A zip entry deflated by node's zlib, several times faster than fflate's own deflate on the plan's 3 MB of XML. */
class NativeDeflate extends ZipPassThrough {
  constructor(filename: string) {
    super(filename);
    this.compression = 8;
  }

  override process(chunk: Uint8Array, final: boolean): void {
    this.ondata!(null, deflateRawSync(chunk, { level: 6 }), final);
  }
}
