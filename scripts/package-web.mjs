// After the page is linked (cmake/web.cmake runs this): stamps the build's
// version into index.js and the service worker, and writes the single-file
// build.
//   build/web/sw.js          web/sw.js with the version (its cache's name)
//   build/web/version.txt    "0.1.0+1a2b3c4d": project version + content hash
//   build/web/starcart.html  everything inlined (JS, and the wasm as base64):
//                            opens from file:// with no network; its CSP
//                            allows exactly its one inline script by hash
//   build/web/states-*.bin   the state maps' shapes (assets/, issue 11): not
//                            in the page, fetched when the Geography tab
//                            shows states; inlined in the single file
// usage: node scripts/package-web.mjs build/web PROJECT_VERSION
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(process.argv[2] || path.join(root, 'build/web'));
const projectVersion = process.argv[3] || '0.0.0';
const read = (f) => fs.readFileSync(path.join(dir, f));
const PLACEHOLDER = '__STARCART_VERSION__';

const html = read('index.html').toString('utf8');
let js = read('index.js').toString('utf8');
const wasm = read('index.wasm');
// The state maps beside the page (web/glue.js fetchAsset, web/sw.js).
const ASSETS = ['states-us.bin', 'states-br.bin'];
const assets = ASSETS.map((f) => fs.readFileSync(path.join(root, 'assets', f)));
ASSETS.forEach((f, k) => fs.writeFileSync(path.join(dir, f), assets[k]));

// The version names the content: any change to the page gives a new one.
const hash = crypto.createHash('sha256');
for (const part of [html, js, wasm, ...assets]) hash.update(part);
const version = `${projectVersion}+${hash.digest('hex').slice(0, 8)}`;
if (js.includes(PLACEHOLDER)) {
  js = js.split(PLACEHOLDER).join(version);
  fs.writeFileSync(path.join(dir, 'index.js'), js);
} else if (!/\d+\.\d+\.\d+\+[0-9a-f]{8}/.test(js)) {
  throw new Error('index.js holds no version placeholder (web/glue.js)');
}
const sw = fs.readFileSync(path.join(root, 'web/sw.js'), 'utf8').split(PLACEHOLDER).join(version);
fs.writeFileSync(path.join(dir, 'sw.js'), sw);
fs.writeFileSync(path.join(dir, 'version.txt'), version + '\n');

// The single file: the script tag emcc wrote becomes one inline script that
// first hands the wasm bytes to the runtime (Module.wasmBinary: no fetch).
const tag = /<script[^>]*src="index\.js"[^>]*><\/script>/;
if (!tag.test(html)) throw new Error('index.html has no <script src="index.js">');
const inlineAssets = ASSETS.map((f, k) => `"${f}":"${assets[k].toString('base64')}"`).join(',');
const inline = `var Module={starcartSingleFile:true,starcartAssets:{${inlineAssets}},wasmBinary:Uint8Array.from(atob("${wasm.toString('base64')}"),function(c){return c.charCodeAt(0)})};\n` +
  js.replace(/<\/script/gi, '<\\/script');
const sha = crypto.createHash('sha256').update(inline, 'utf8').digest('base64');
let single = html.replace(tag, () => `<script>${inline}</script>`);
const csp = /script-src 'self' 'wasm-unsafe-eval'/;
if (!csp.test(single)) throw new Error("shell.html's CSP has no script-src 'self' 'wasm-unsafe-eval'");
single = single.replace(csp, `script-src 'sha256-${sha}' 'wasm-unsafe-eval'`);
fs.writeFileSync(path.join(dir, 'starcart.html'), single);
const gz = (await import('node:zlib')).gzipSync(single, { level: 9 }).length;
console.log(`starcart.html: ${single.length} bytes, ${gz} gzipped; version ${version}`);
