// Short names for the main module's imports from its JS glue (for
// tools/build-wasm.mjs, after wasm-bindgen). wasm-bindgen names each import
// after the function it binds plus a hash (`__wbg_setAttribute_e1d5…`), and
// both the module's import section and the glue's object of imports carry
// the ~260 names: about 5 KB gzip in the wasm and 3 KB in the glue, which
// every first visit loads. Here each import becomes `a`.`<n>` (n in base 36),
// in the module and in the glue alike; a name the glue does not hold exactly
// once stops the build, so a new wasm-bindgen that writes its glue otherwise
// cannot slip through.
import { readFileSync, writeFileSync } from 'node:fs';

/** The module name wasm-bindgen gives the glue's imports (`./<name>_bg.js`). */
const glueModule = (name) => `./${name}_bg.js`;
/** What the glue's imports become in the module and the glue. */
const SHORT_MODULE = 'a';

function uleb(buf, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = buf[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

function encodeUleb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}

const encodeName = (s) => {
  const bytes = Buffer.from(s, 'utf8');
  return Buffer.concat([encodeUleb(bytes.length), bytes]);
};

/** Skips an import's description (function, table, memory, global, tag). */
function skipImportDescription(wasm, p) {
  const kind = wasm[p++];
  if (kind === 0) return uleb(wasm, p)[1];
  if (kind === 1) {
    p++;
    const flags = wasm[p++];
    p = uleb(wasm, p)[1];
    return flags & 1 ? uleb(wasm, p)[1] : p;
  }
  if (kind === 2) {
    const flags = wasm[p++];
    p = uleb(wasm, p)[1];
    return flags & 1 ? uleb(wasm, p)[1] : p;
  }
  if (kind === 3) return p + 2;
  if (kind === 4) return uleb(wasm, p + 1)[1];
  throw new Error(`wasm-imports: an import of kind ${kind}`);
}

/** The module with the import section's entries from `module` renamed by
 *  `rename(field)`; every other section byte for byte. */
export function renameImports(wasm, module, newModule, rename) {
  const parts = [wasm.subarray(0, 8)];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = uleb(wasm, at + 1);
    const end = body + size;
    if (id !== 2) {
      parts.push(wasm.subarray(at, end));
      at = end;
      continue;
    }
    let [count, p] = uleb(wasm, body);
    const entries = [encodeUleb(count)];
    while (count--) {
      let len;
      [len, p] = uleb(wasm, p);
      const from = wasm.toString('utf8', p, (p += len));
      [len, p] = uleb(wasm, p);
      const field = wasm.toString('utf8', p, (p += len));
      const description = p;
      p = skipImportDescription(wasm, p);
      const [m, f] = from === module ? [newModule, rename(field)] : [from, field];
      entries.push(encodeName(m), encodeName(f), wasm.subarray(description, p));
    }
    const content = Buffer.concat(entries);
    parts.push(Buffer.from([2]), encodeUleb(content.length), content);
    at = end;
  }
  return Buffer.concat(parts);
}

/** Renames the imports of `<dir>/<name>_bg.wasm` from its glue `<dir>/<name>.js`
 *  (wasm-bindgen's output, not yet minified); returns how many. */
export function shortenImports(dir, name) {
  const wasmPath = `${dir}/${name}_bg.wasm`;
  const jsPath = `${dir}/${name}.js`;
  const short = new Map();
  const wasm = renameImports(readFileSync(wasmPath), glueModule(name), SHORT_MODULE, (field) => {
    if (!short.has(field)) short.set(field, short.size.toString(36));
    return short.get(field);
  });
  let js = readFileSync(jsPath, 'utf8');
  for (const [field, to] of short) {
    // A key of the glue's object of imports: `        <field>: function(…) {`.
    const key = new RegExp(`\\n(\\s+)${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `, 'g');
    const found = js.match(key)?.length ?? 0;
    if (found !== 1) throw new Error(`wasm-imports: the glue has the import ${field} ${found} times, not once`);
    js = js.replace(key, (_, indent) => `\n${indent}${JSON.stringify(to)}: `);
  }
  const moduleKey = `${JSON.stringify(glueModule(name))}: `;
  if (js.split(moduleKey).length !== 2) throw new Error(`wasm-imports: the glue names ${moduleKey} other than once`);
  js = js.replace(moduleKey, `${JSON.stringify(SHORT_MODULE)}: `);
  writeFileSync(wasmPath, wasm);
  writeFileSync(jsPath, js);
  return short.size;
}
