// The bench programs on the web page in headless Chromium against the native host build (docs/performance.md,
// "The web page"). Each program is written as main.py on a board with a large heap and the board reset; its
// time runs from the reset to the REPL's banner after it (a fresh instance: a few ms of the total). The
// native time is build/mbpy's wall time for the same program; both print the same checksum or the row
// says so. Also: the page's ready time and the LED frame's delay on screen.
// Usage: node bench/web.js [build-web] [-n N] [--mbpy build/mbpy] [PROGRAM ...]
'use strict';
const http = require('http');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { chromium } = require(path.join(__dirname, '../ports/web/node_modules/playwright-core'));

const args = process.argv.slice(2);
let root = 'build-web', runs = 3, mbpy = path.join(__dirname, '../build/mbpy');
const only = [];
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '-n') runs = Number(args[++i]);
  else if (args[i] === '--mbpy') mbpy = args[++i];
  else if (i === 0 && fs.existsSync(path.join(args[i], 'index.html'))) root = args[i];
  else only.push(args[i]);
}
root = path.resolve(root);
const HEAP = 16 * 1024 * 1024;  // the host's default heap: the programs' sizes need more than 1 MB
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };

function serve() {
  const server = http.createServer((req, res) => {
    const file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html');
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) { res.writeHead(404); return res.end(); }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };

function native(file) {
  const t = process.hrtime.bigint();
  const r = spawnSync(mbpy, [file], { encoding: 'latin1', timeout: 120000 });
  return { s: Number(process.hrtime.bigint() - t) / 1e9, out: (r.stdout || '').trim() };
}

async function onPage(page, source) {
  return page.evaluate(async (src) => {
    const b = window.mbpyPage.current;
    b.writeFile('main.py', src);
    b.log = '';
    const t0 = performance.now();
    await b.reset();
    await new Promise((resolve) => {
      (function check() { if (b.log.includes('MicroPython v')) resolve(); else setTimeout(check, 1); })();
    });
    const t = (performance.now() - t0) / 1000;
    return { s: t, out: b.log.slice(0, b.log.indexOf('MicroPython v')).replace(/\r\n/g, '\n').trim() };
  }, source);
}

(async () => {
  const server = await serve();
  const url = `http://127.0.0.1:${server.address().port}/`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mbpy-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.MBPY_CHROMIUM || '/usr/bin/chromium', headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    // Ready: from navigation to the first board's REPL prompt, on a fresh page (the wasm from the server).
    const page = await ctx.newPage();
    const ready = [];
    for (let i = 0; i < 5; ++i) {
      await page.goto(url);
      await page.waitForFunction(() => window.mbpyPage && window.mbpyPage.readyAt && window.mbpyPage.current.log.includes('>>> '));
      ready.push(await page.evaluate(() => performance.now()));
    }
    console.log(`page ready (navigation to the REPL's prompt, median of 5): ${median(ready).toFixed(0)} ms`);
    const bytes = fs.readdirSync(root).filter((f) => /\.(html|js|css|wasm)$/.test(f)).reduce((n, f) => n + fs.statSync(path.join(root, f)).size, 0);
    console.log(`the page's files (html, js, css, wasm): ${bytes} bytes`);

    // LED frames: how long after the program sets the LEDs the page draws them.
    await page.evaluate(() => { window.mbpyPage.frameStats.samples.length = 0; });
    await page.evaluate(() => { window.mbpyPage.current.writeFile('main.py', 'from microbit import *\nwhile True:\n    display.scroll("frames", delay=20)\n'); window.mbpyPage.current.reset(); });
    await page.waitForTimeout(3000);
    const frames = await page.evaluate(() => window.mbpyPage.frameStats.samples.slice());
    const sorted = frames.sort((a, b) => a - b);
    console.log(`LED frame on screen after the program set it: median ${median(sorted).toFixed(1)} ms, ` +
      `95th percentile ${sorted[Math.floor(sorted.length * 0.95)].toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms (${sorted.length} frames)`);

    await page.evaluate((h) => { localStorage.setItem('mbpy.heap', String(h)); window.mbpyPage.current.heapBytes = h; }, HEAP);
    const programs = fs.readdirSync(__dirname).filter((f) => f.endsWith('.py') && (!only.length || only.some((o) => f.includes(o)))).sort();
    console.log('| program | native s | Chromium s | ratio |\n|---|---:|---:|---:|');
    const ratios = [];
    for (const f of programs) {
      const file = path.join(__dirname, f), src = fs.readFileSync(file, 'latin1');
      const n = [], w = [];
      let note = '';
      for (let i = 0; i < runs; ++i) {
        const a = native(file), b = await onPage(page, src);
        n.push(a.s); w.push(b.s);
        if (a.out !== b.out) note = ` (outputs differ: ${JSON.stringify(b.out.slice(-80))})`;
      }
      const r = median(w) / median(n);
      if (!note) ratios.push(r);
      console.log(`| \`${f.replace('.py', '')}\` | ${median(n).toFixed(3)} | ${median(w).toFixed(3)} | ${r.toFixed(2)}${note} |`);
    }
    const gm = Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length);
    console.log(`| **geometric mean** | | | **${gm.toFixed(2)}** |`);
  } finally {
    await ctx.close();
    fs.rmSync(profile, { recursive: true, force: true });
    server.close();
  }
})();
