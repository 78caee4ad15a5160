// The page's tests in a real browser: Debian's Chromium, headless, driven by playwright-core (it uses the
// installed browser and downloads none). Serves build-web/ on a loopback port, runs each check on a fresh
// profile, prints "N passed, N failed". Usage: node tests/web/run.js [build-web] [name-filter]
'use strict';
const http = require('http');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require(path.join(__dirname, '../../ports/web/node_modules/playwright-core'));

const root = path.resolve(process.argv[2] || 'build-web');
const only = process.argv[3] || '';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.hex': 'text/plain' };

// A static server as any would be: files as they are, no special headers.
function serve() {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.join(root, rel);
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404); return res.end();
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const tests = [];
function test(name, fn) { tests.push({ name, fn }); }

// ---- helpers the checks share ---------------------------------------------------------------------------
async function openPage(ctx, url) {
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log('  page error:', e.message));
  await page.goto(url);
  await page.waitForFunction(() => window.mbpyPage && window.mbpyPage.readyAt);
  await waitLog(page, '>>> ');
  return page;
}
// Waits until the current board's console shows `text` (after `from` characters of it).
async function waitLog(page, text, timeout = 10000, board = null) {
  await page.waitForFunction(([t, b]) => {
    const bd = b === null ? window.mbpyPage.current : window.mbpyPage.boards[b];
    return bd.log.includes(t);
  }, [text, board], { timeout });
}
async function log(page, board = null) {
  return page.evaluate((b) => (b === null ? window.mbpyPage.current : window.mbpyPage.boards[b]).log, board);
}
async function typeInConsole(page, text) {
  await page.click('#terminals');
  await page.keyboard.type(text);
}
async function runProgram(page, source) {
  await page.fill('#editor', source);
  await page.evaluate(() => { window.mbpyPage.current.log = ''; });
  await page.click('#run');
}
async function leds(page) {
  return page.evaluate(() => Array.from(document.querySelectorAll('.led')).map((e) => e.dataset.b || '0').join(''));
}

// ---- the checks --------------------------------------------------------------------------------------
test('repl', async ({ ctx, url }) => {
  const page = await openPage(ctx, url);
  await typeInConsole(page, '1+1\r');
  await waitLog(page, '>>> 1+1\r\n2\r\n>>> ');
});

// Pastes `source` into the REPL (paste mode: Ctrl-E ... Ctrl-D) as a terminal program would send it.
async function paste(page, source) {
  await page.evaluate((src) => { window.mbpyPage.current.input('\x05' + src.replace(/\n/g, '\r') + '\x04'); }, source);
}
const GC_STRESS = fs.readFileSync(path.join(__dirname, 'gc_stress.py'), 'utf8');
// A heap of 24,000 bytes: room for the program, small enough that the collector runs all the time.
async function gcPage(ctx, url) {
  const page = await ctx.newPage();
  await page.goto(url);
  await page.evaluate(() => localStorage.setItem('mbpy.heap', '24000'));
  await page.close();
  return openPage(ctx, url);
}

test('gc-stress', async ({ ctx, url }) => {
  const page = await gcPage(ctx, url);
  await paste(page, GC_STRESS);
  await waitLog(page, 'stress ok 60 True', 30000);
});

// The same program with the collector blind to WebAssembly's locals must fail: the test above can fail,
// and the locals' scan is what makes it pass. In Node, where a hung module is simply killed (a hung page
// takes the browser minutes to close).
test('gc-stress-fails-without-scan', async ({ root }) => {
  const r = require('child_process').spawnSync(process.execPath,
    [path.join(__dirname, 'node_run.js'), root, '24000', path.join(__dirname, 'gc_stress.py')],
    { env: { ...process.env, MBPY_NO_LOCALS_SCAN: '1' }, timeout: 15000, encoding: 'latin1' });
  if ((r.stdout || '').includes('stress ok 60 True')) throw new Error('the stress test passed without the scan of the locals');
  const r2 = require('child_process').spawnSync(process.execPath,
    [path.join(__dirname, 'node_run.js'), root, '24000', path.join(__dirname, 'gc_stress.py')], { timeout: 30000, encoding: 'latin1' });
  if (!(r2.stdout || '').includes('stress ok 60 True')) throw new Error('in Node, the stress test fails even with the scan: ' + r2.stdout);
});

// ---- runner -------------------------------------------------------------------------------------------
(async () => {
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.log(`no page in ${root}: build it with scripts/build web`);
    process.exit(2);
  }
  const server = await serve();
  const url = `http://127.0.0.1:${server.address().port}/`;
  let passed = 0, failed = 0;
  for (const t of tests) {
    if (only && !t.name.includes(only)) continue;
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mbpy-chromium-'));
    const ctx = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.MBPY_CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
             '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const started = Date.now();
    try {
      await t.fn({ ctx, url, profile, root });
      console.log(`PASS ${t.name} (${Date.now() - started} ms)`);
      ++passed;
    } catch (e) {
      console.log(`FAIL ${t.name}: ${e.message.split('\n').slice(0, 6).join('\n  ')}`);
      for (const p of ctx.pages()) {
        const b = await p.evaluate(() => window.mbpyPage && window.mbpyPage.current && window.mbpyPage.current.log).catch(() => null);
        if (b) console.log('  console:', JSON.stringify(b.slice(-600)));
      }
      ++failed;
    } finally {
      await ctx.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  }
  server.close();
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})();
