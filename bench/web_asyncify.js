// What Asyncify costs the web port's speed: the bench programs on two links of the same objects, with
// Asyncify (the page's) and without (MBPY_WEB_ASYNCIFY=OFF: nothing can pause, the collector does not see
// WebAssembly's locals; for measuring only), in headless Chromium, each run a fresh page. The program is
// main.py in the flash; its time runs from web_main to the banner after it.
// Usage: node bench/web_asyncify.js WITH_DIR WITHOUT_DIR [-n N] [PROGRAM ...]   (docs/performance.md)
'use strict';
const fs = require('fs');
const path = require('path');
const HEAP = 16 * 1024 * 1024;

const http = require('http');
const os = require('os');
const { chromium } = require(path.join(__dirname, '../ports/web/node_modules/playwright-core'));

// One run in a fresh page: the module's loader and wasm from `dir`, main.py in its flash, web_main on a
// large heap; resolves with the time to the banner after the program and what the program printed.
async function runInPage(ctx, base, dir, src) {
  const page = await ctx.newPage();
  await page.goto(base + 'blank');
  await page.addScriptTag({ url: base + dir + '/mbpy.js' });
  const r = await page.evaluate(async ([dir, src, heap]) => {
    const module = await WebAssembly.compile(await (await fetch(dir + '/mbpy.wasm')).arrayBuffer());
    const run = (src) => new Promise((resolve) => {
      let out = '', t0 = 0, done = false;
      const board = {
        now: () => performance.now(),
        random: () => (Math.random() * 4294967296) >>> 0,
        wait(ms, wake) { setTimeout(() => wake(0), ms); },
        serialOut(bytes) {
          if (done) throw new Error('stopped');
          out += new TextDecoder().decode(bytes);
          const end = out.indexOf('MicroPython v');
          if (end < 0) return;
          done = true;
          resolve({ s: (performance.now() - t0) / 1000, out: out.slice(0, end).replace(/\r\n/g, '\n').trim() });
          throw new Error('stopped');  // the build without Asyncify would wait for input for ever
        },
        display() {}, trace() {}, tone() {}, samples() {}, radioEnable() {}, radioSend() {}, radioReceive: () => null,
        flashChanged() {}, resetLater() {},
      };
      createMbpy({
        board,
        instantiateWasm(imports, receive) { WebAssembly.instantiate(module, imports).then((i) => receive(i, module)); return {}; },
      }).then((M) => {
        const bytes = new TextEncoder().encode(src);
        M.HEAPU8.fill(0xff, M._web_flash_memory(), M._web_flash_memory() + 257 * 1024);
        const name = M._malloc(8), data = M._malloc(bytes.length);
        M.HEAPU8.set(new TextEncoder().encode('main.py\0'), name);
        M.HEAPU8.set(bytes, data);
        M._web_fs_write(name, data, bytes.length);
        t0 = performance.now();
        try { M.ccall('web_main', 'number', ['number'], [heap], { async: true }).catch(() => {}); } catch (e) { /* stopped */ }
      });
    });
    // A first instance runs the program once untimed: its functions are compiled (V8 compiles lazily, the
    // optimising compiler takes seconds over the Asyncify-instrumented VM), the second runs it timed.
    await run(src);
    return run(src);
  }, [base + dir, src, HEAP]);
  await page.close();
  return r;
}

(async () => {
  const args = process.argv.slice(2);
  const dirs = [path.resolve(args.shift()), path.resolve(args.shift())];
  let runs = 3;
  const only = [];
  for (let i = 0; i < args.length; ++i) if (args[i] === '-n') runs = Number(args[++i]); else only.push(args[i]);
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  // Serves the two builds as /0/ and /1/, and an empty page on the same origin.
  const server = http.createServer((req, res) => {
    const m = new URL(req.url, 'http://x').pathname.match(/^\/([01])\/(mbpy\.(js|wasm))$/);
    if (!m) { res.writeHead(200, { 'Content-Type': 'text/html' }); return res.end('<!doctype html><title>bench</title>'); }
    res.writeHead(200, { 'Content-Type': m[3] === 'js' ? 'text/javascript' : 'application/wasm' });
    fs.createReadStream(path.join(dirs[Number(m[1])], m[2])).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}/`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mbpy-bench-'));
  // Eager optimisation in both: V8 has no on-stack replacement for wasm, so the build without Asyncify,
  // which never leaves vm_run, would run a whole program in the baseline compiler.
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.MBPY_CHROMIUM || '/usr/bin/chromium', headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--js-flags=--no-liftoff'],
  });
  const sizes = dirs.map((d) => fs.statSync(path.join(d, 'mbpy.wasm')).size);
  console.log(`mbpy.wasm: ${sizes[0]} bytes with Asyncify, ${sizes[1]} without`);
  console.log('| program | with Asyncify s | without s | cost |\n|---|---:|---:|---:|');
  const ratios = [];
  try {
    for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.py') && (!only.length || only.some((o) => f.includes(o)))).sort()) {
      const src = fs.readFileSync(path.join(__dirname, f), 'utf8');
      const t = [[], []], outs = [];
      for (let i = 0; i < runs; ++i) {
        for (const k of [0, 1]) {
          const r = await Promise.race([runInPage(ctx, base, String(k), src), new Promise((res) => setTimeout(() => res(null), 120000))]);
          if (r) { t[k].push(r.s); outs[k] = r.out; } else outs[k] = 'timed out';
        }
      }
      const ok = t[0].length === runs && t[1].length === runs && outs[0] === outs[1];
      const r = ok ? median(t[0]) / median(t[1]) : NaN;
      if (ok) ratios.push(r);
      console.log(`| \`${f.replace('.py', '')}\` | ${ok ? median(t[0]).toFixed(3) : '-'} | ${ok ? median(t[1]).toFixed(3) : '-'} | ${ok ? r.toFixed(2) : 'outputs differ: ' + JSON.stringify(outs.map((o) => (o || '').slice(-60)))} |`);
    }
    console.log(`| **geometric mean** | | | **${Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length).toFixed(2)}** |`);
  } finally {
    await ctx.close();
    fs.rmSync(profile, { recursive: true, force: true });
    server.close();
  }
})();
