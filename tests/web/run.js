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
function test(name, fn, manual = false) { tests.push({ name, fn, manual }); }

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

// The console as a person uses it: a key erases, the arrow recalls the last line, Ctrl-C stops a loop;
// what the console shows (not only what the board sent) is the edited line.
test('console-keys', async ({ ctx, url }) => {
  const page = await openPage(ctx, url);
  await typeInConsole(page, 'x = 12');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('3\rx * 2\r');
  await waitLog(page, '26\r\n>>> ');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await page.keyboard.type('x\r');
  await waitLog(page, '>>> x\r\n13\r\n>>> ');
  const want = '>>> x = 13\n>>> x * 2\n26\n>>> x = 13\n>>> x\n13\n>>> ';
  await page.waitForFunction((w) => window.mbpyPage.current.term.el.textContent.includes(w), want, { timeout: 2000 }).catch(async () => {
    throw new Error('the console shows ' + JSON.stringify(await page.evaluate(() => window.mbpyPage.current.term.el.textContent)));
  });
  await page.keyboard.type('while True: pass\r\r');
  await waitLog(page, 'pass\r\n... \r\n');
  await page.waitForTimeout(300);
  await page.keyboard.press('Control+c');
  await waitLog(page, 'KeyboardInterrupt: \r\n>>> ');
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

// The same program with collections wherever an allocation asks for one, instead of only at the VM's
// safe points, must fail: the test above can fail, and the safe points are what makes it pass (objects
// held only in WebAssembly's locals of native code). In Node, where a hung module is simply killed (a hung
// page takes the browser minutes to close).
test('gc-stress-fails-without-safe-points', async ({ root }) => {
  const r = require('child_process').spawnSync(process.execPath,
    [path.join(__dirname, 'node_run.js'), root, '24000', path.join(__dirname, 'gc_stress.py')],
    { env: { ...process.env, MBPY_COLLECT_ANYWHERE: '1' }, timeout: 15000, encoding: 'latin1' });
  if ((r.stdout || '').includes('stress ok 60 True')) throw new Error('the stress test passed with collections anywhere');
  const r2 = require('child_process').spawnSync(process.execPath,
    [path.join(__dirname, 'node_run.js'), root, '24000', path.join(__dirname, 'gc_stress.py')], { timeout: 30000, encoding: 'latin1' });
  if (!(r2.stdout || '').includes('stress ok 60 True')) throw new Error('in Node, the stress test fails even with the safe points: ' + r2.stdout);
});

// Collections deferred to the VM's safe points while native code that called back into Python holds
// objects in its locals, and a module whose body collects as it runs (gc_deferred.py): CPython's output.
test('gc-deferred', async ({ root }) => {
  const cp = require('child_process');
  const want = cp.execFileSync('python3', ['gc_deferred.py'], { cwd: __dirname, encoding: 'latin1' });
  const r = cp.spawnSync(process.execPath, [path.join(__dirname, 'node_run.js'), root, '32768',
    path.join(__dirname, 'gc_deferred.py'), path.join(__dirname, 'gc_deferred_mod.py')], { timeout: 60000, encoding: 'latin1' });
  const got = (r.stdout || '').replace(/\r\n/g, '\n');
  if (got !== want) throw new Error('output differs from CPython\'s:\n' + got + '\n--- CPython:\n' + want);
});

// Each waiting native pauses where it is called from, a module, a generator, a method, a closure, or
// waits as long where it cannot pause (pauses.py): a pause through a function Asyncify left alone would
// corrupt the stack, so this fails when the list of instrumented functions misses one.
test('pauses', async ({ root }) => {
  const r = require('child_process').spawnSync(process.execPath, [path.join(__dirname, 'node_run.js'), root, '65536',
    path.join(__dirname, 'pauses.py'), path.join(__dirname, 'pauses_mod.py')],
    { env: { ...process.env, MBPY_INPUT: 'bit' }, timeout: 60000, encoding: 'latin1' });
  const lines = (r.stdout || '').replace(/\r\n/g, '\n').trim().split('\n');
  const want = ['time.sleep', 'time.sleep_ms', 'time.sleep_us', 'microbit.sleep', 'display.show', 'display.scroll',
    'display.scroll kw', 'music.play', 'music.pitch', 'speech.say', 'name? bit', 'input bit', 'import True',
    'generator [0, 1, 2]', 'method 20', 'closure 15', 'loop', 'raised TypeError', 'map [None, None]',
    'sorted [1, 2]', 'repr C', 'list(gen) [0, 1, 2]', 'exec'];
  const bad = want.filter((w, i) => !(lines[i] || '').startsWith(w) || (lines[i] || '').endsWith('False'));
  if (bad.length || lines.length !== want.length) throw new Error('waits: ' + bad.join(', ') + '\n' + r.stdout);
});

// ---- the board, its files, radio and .hex ------------------------------------------------------------
// Pastes `source` into board `b`'s REPL (paste mode) without touching the current board's console log.
async function pasteOn(page, b, source) {
  await page.evaluate(([i, src]) => { window.mbpyPage.boards[i].input('\x05' + src.replace(/\n/g, '\r') + '\x04'); }, [b, source]);
}
// Samples the drawn LEDs `n` times, `ms` apart: the distinct frames seen.
async function ledFrames(page, n, ms) {
  const seen = new Set();
  for (let i = 0; i < n; ++i) {
    seen.add(await leds(page));
    await page.waitForTimeout(ms);
  }
  return seen;
}
// Image.HAPPY as the drawn LEDs read, row after row.
const HAPPY = '00000' + '09090' + '00000' + '90009' + '09990';

test('scroll-changes-leds', async ({ ctx, url }) => {
  const page = await openPage(ctx, url);
  const before = await ledFrames(page, 3, 50);
  if (before.size !== 1 || ![...before][0].match(/^0+$/)) throw new Error('LEDs lit before any program: ' + [...before]);
  await runProgram(page, 'from microbit import *\nprint("scrolling")\nwhile True:\n    display.scroll("Hi", delay=60)\n');
  await waitLog(page, 'scrolling');
  const frames = await ledFrames(page, 20, 40);
  const lit = [...frames].filter((f) => /[1-9]/.test(f));
  if (lit.length < 4) throw new Error(`a scrolling text showed ${lit.length} lit frames: ${[...frames].join(' ')}`);
});

test('button-a', async ({ ctx, url }) => {
  const page = await openPage(ctx, url);
  await runProgram(page, 'from microbit import *\nprint("waiting")\nwhile True:\n    if button_a.was_pressed():\n' +
    '        display.show(Image.HAPPY)\n        print("A pressed", button_a.get_presses())\n    sleep(20)\n');
  await waitLog(page, 'waiting');
  await page.waitForTimeout(200);
  if ((await log(page)).includes('A pressed') || (await leds(page)) === HAPPY) throw new Error('the program reacted before A was clicked');
  const box = await page.locator('#button-a').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(100);
  await page.mouse.up();
  await waitLog(page, 'A pressed 1');
  await page.waitForFunction((h) => Array.from(document.querySelectorAll('.led')).map((e) => e.dataset.b || '0').join('') === h, HAPPY);
  // The keyboard's A, when neither the console nor the editor has the keys.
  await page.locator('header h1').click();
  await page.keyboard.down('a');
  await page.waitForTimeout(100);
  await page.keyboard.up('a');
  await page.waitForFunction(() => (window.mbpyPage.current.log.match(/A pressed/g) || []).length === 2);
});

// Uploads files through the files panel (its file input, as a chooser would).
async function upload(page, files) {
  await page.setInputFiles('#upload-file', files.map(([name, text]) => ({ name, mimeType: 'text/x-python', buffer: Buffer.from(text) })));
  await page.waitForFunction((names) => names.every((n) => [...document.querySelectorAll('#files .name')].some((e) => e.textContent === n)),
    files.map(([n]) => n));
}
const GREET = 'def hello(who):\n    return "hello " + who\nN = 6 * 7\n';

test('upload-import', async ({ ctx, url }) => {
  const page = await openPage(ctx, url);
  await upload(page, [['greet.py', GREET]]);
  await typeInConsole(page, 'import greet\rgreet.hello("web"), greet.N\r');
  await waitLog(page, "('hello web', 42)\r\n>>> ");
});

test('reload-keeps-files', async ({ ctx, url }) => {
  let page = await openPage(ctx, url);
  await upload(page, [['greet.py', GREET], ['data.txt', 'kept\n']]);
  await page.reload();
  await page.waitForFunction(() => window.mbpyPage && window.mbpyPage.readyAt);
  await waitLog(page, '>>> ');
  const names = await page.evaluate(() => [...document.querySelectorAll('#files .name')].map((e) => e.textContent).sort());
  if (names.join() !== 'data.txt,greet.py') throw new Error('files after the reload: ' + names.join());
  await typeInConsole(page, 'import greet\rgreet.N, open("data.txt").read()\r');
  await waitLog(page, "(42, 'kept\\n')\r\n>>> ");
});

test('radio-two-boards', async ({ ctx, url }) => {
  const page = await openPage(ctx, url);
  await page.click('#add-board');
  await waitLog(page, '>>> ', 10000, 1);
  await pasteOn(page, 1, 'import radio\nfrom microbit import sleep\nradio.on()\nprint("listening")\n' +
    'while True:\n    m = radio.receive()\n    if m:\n        print("got", m)\n        break\n    sleep(10)\n');
  await waitLog(page, 'listening', 10000, 1);
  await pasteOn(page, 0, 'import radio\nradio.on()\nradio.send("hello from 1")\nprint("sent")\n');
  await waitLog(page, 'sent', 10000, 0);
  await waitLog(page, 'got hello from 1', 10000, 1);
});

// A .hex that `mbit hex build` makes (main.py and a module in its filesystem), loaded through the page's
// "Load .hex": the board restarts and runs it.
test('hex-from-mbit', async ({ ctx, url, root }) => {
  const mbit = process.env.MBPY_MBIT || path.join(__dirname, '../../build/mbit');
  if (!fs.existsSync(mbit)) throw new Error(`no ${mbit}: build the host first (scripts/build)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mbpy-hex-'));
  try {
    fs.writeFileSync(path.join(dir, 'main.py'), 'import helper\nprint("from the hex", helper.N)\n');
    fs.writeFileSync(path.join(dir, 'helper.py'), 'N = 6 * 7\n');
    const hex = path.join(dir, 'out.hex');
    const r = require('child_process').spawnSync(mbit, ['hex', 'build', path.join(dir, 'main.py'), '--add',
      path.join(dir, 'helper.py'), '-o', hex], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error('mbit hex build: ' + r.stderr);
    const page = await openPage(ctx, url);
    await page.evaluate(() => { window.mbpyPage.current.log = ''; });
    await page.setInputFiles('#hex-file', hex);
    await waitLog(page, 'from the hex 42');
    await page.waitForFunction(() => [...document.querySelectorAll('#files .name')].map((e) => e.textContent).sort().join() === 'helper.py,main.py');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// The micro:bit's memory by default (docs/web.md, "Memory"): about the free heap of a v1 (9,392 bytes after
// its boot), where a big allocation raises MemoryError; the page's "memory" switch gives more, and the same allocation works.
test('memory-limit', async ({ ctx, url }) => {
  const page = await openPage(ctx, url);
  await typeInConsole(page, 'import gc\rgc.collect()\r9000 < gc.mem_free() < 11000\r');
  await waitLog(page, '< 11000\r\nTrue\r\n>>> ');
  await typeInConsole(page, 'b = bytearray(40000)\r');
  await waitLog(page, 'MemoryError');
  await page.evaluate(() => { window.mbpyPage.current.log = ''; });
  await page.selectOption('#heap', '1048576');
  await waitLog(page, '>>> ');
  await typeInConsole(page, 'import gc\rlen(bytearray(40000)), gc.mem_free() > 900000\r');
  await waitLog(page, '(40000, True)\r\n>>> ');
  // The choice is kept for the next visit.
  await page.reload();
  await page.waitForFunction(() => window.mbpyPage && window.mbpyPage.readyAt);
  if ((await page.evaluate(() => [window.mbpyPage.current.heapBytes, document.querySelector('#heap').value].join())) !== '1048576,1048576') {
    throw new Error('the memory switch was not kept across a reload');
  }
});

// Parses a trace (JSON lines); every line must be a record with a board time that never goes back.
function parseTrace(text) {
  const records = text.split('\n').filter((l) => l).map((l) => JSON.parse(l));
  records.forEach((r, i) => {
    if (typeof r.t !== 'number' || (i && r.t < records[i - 1].t)) throw new Error('bad trace record: ' + JSON.stringify(r));
  });
  return records;
}
const HEART = '09090:99999:99999:09990:00900';
const HAPPY_ROWS = '00000:09090:00000:90009:09990';

// "Download trace" gives the run in the headless trace format (docs/board.md): the reset, the program's
// serial lines and its LED frames, in board time.
test('trace-download', async ({ ctx, url }) => {
  const page = await openPage(ctx, url);
  await runProgram(page, 'from microbit import *\ndisplay.show(Image.HEART)\nprint("traced")\nsleep(200)\n' +
    'display.show(Image.HAPPY)\nprint("done")\n');
  await waitLog(page, 'done');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#save-trace')]);
  const records = parseTrace(fs.readFileSync(await dl.path(), 'utf8'));
  const serial = records.filter((r) => 'serial' in r).map((r) => r.serial).join('');
  if (!serial.includes('traced\ndone\n')) throw new Error('the trace has the serial lines ' + JSON.stringify(serial));
  const frames = records.filter((r) => 'display' in r);
  const heart = frames.findIndex((r) => r.display === HEART), happy = frames.findIndex((r) => r.display === HAPPY_ROWS);
  if (heart < 0 || happy < heart) throw new Error('the trace has the frames ' + frames.map((r) => r.display).join(' '));
  if (frames[happy].t - frames[heart].t < 200) throw new Error(`HAPPY came ${frames[happy].t - frames[heart].t} ms after HEART, not 200`);
  if (!records.some((r) => r.reset === true)) throw new Error('the trace has no reset record');
});

// "Show a trace" plays a run the host recorded (`mbpy --headless --trace`) on the drawn board: its frames in
// order, while the board's own display is not drawn; "stop" gives the drawn board back to the board.
test('trace-show', async ({ ctx, url }) => {
  const mbpy = process.env.MBPY_HOST || path.join(__dirname, '../../build/mbpy');
  if (!fs.existsSync(mbpy)) throw new Error(`no ${mbpy}: build the host first (scripts/build)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mbpy-trace-'));
  try {
    fs.writeFileSync(path.join(dir, 'prog.py'), 'from microbit import *\ndisplay.show(Image.HEART)\nsleep(600)\n' +
      'display.show(Image.HAPPY)\nsleep(600)\ndisplay.clear()\n');
    const trace = path.join(dir, 'run.jsonl');
    const r = require('child_process').spawnSync(mbpy, ['--headless', '--trace', trace, path.join(dir, 'prog.py')], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error('mbpy --headless: ' + r.stderr);
    const shown = parseTrace(fs.readFileSync(trace, 'utf8')).filter((x) => 'display' in x).map((x) => x.display.split(':').join(''));
    const page = await openPage(ctx, url);
    await runProgram(page, 'from microbit import *\ndisplay.show("X")\n');
    await page.waitForFunction(() => /[1-9]/.test(Array.from(document.querySelectorAll('.led')).map((e) => e.dataset.b || '0').join('')));
    const own = await page.evaluate(() => Array.from(document.querySelectorAll('.led')).map((e) => e.style.background).join());
    await page.evaluate(() => {
      // What the drawn LEDs show, sampled at every animation frame.
      window.seenLeds = [];
      (function sample() {
        const f = Array.from(document.querySelectorAll('.led')).map((e) => e.style.background).join();
        if (window.seenLeds[window.seenLeds.length - 1] !== f) window.seenLeds.push(f);
        requestAnimationFrame(sample);
      })();
    });
    await page.setInputFiles('#trace-file', trace);
    await page.waitForSelector('#replay:not([hidden])');
    // The colours of a frame as the page draws them (LED_COLOURS in main.js).
    const colours = await page.evaluate((frames) => {
      const probe = document.createElement('div');
      document.body.appendChild(probe);
      const out = frames.map((f) => [...f].map((c) => { probe.style.background = c === '0' ? '#3a0000' : `rgb(${90 + c * 18}, 0, 0)`; return probe.style.background; }).join());
      probe.remove();
      return out;
    }, shown);
    await page.waitForFunction((last) => window.seenLeds.includes(last), colours[colours.length - 1], { timeout: 5000 });
    const seen = await page.evaluate(() => window.seenLeds);
    const order = colours.map((c) => seen.indexOf(c));
    if (order.some((i) => i < 0) || order.some((i, k) => k && i <= order[k - 1])) {
      throw new Error(`the trace's ${colours.length} frames were not all shown in order (${order})`);
    }
    await page.click('#replay-stop');
    await page.waitForSelector('#replay', { state: 'hidden' });
    await page.waitForFunction((f) => Array.from(document.querySelectorAll('.led')).map((e) => e.style.background).join() === f, own, { timeout: 2000 });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// Music through Web Audio: an analyser listening to the page's sound (mbpyPage.audio.listen) hears the
// notes music.play gives, in order, and silence before them.
test('music-web-audio', async ({ ctx, url }) => {
  const page = await openPage(ctx, url);
  await page.evaluate(() => {
    const a = window.mbpyPage.audio, ctx = a.context();
    const an = ctx.createAnalyser();
    an.fftSize = 8192;
    a.listen(an);
    // The loudest frequency every 20 ms while there is sound (a square wave's loudest is its pitch).
    window.heard = [];
    const d = new Float32Array(an.frequencyBinCount);
    setInterval(() => {
      an.getFloatFrequencyData(d);
      let best = 1;
      for (let i = 2; i < d.length; ++i) if (d[i] > d[best]) best = i;
      if (d[best] > -60) window.heard.push(Math.round(best * ctx.sampleRate / an.fftSize));
    }, 20);
  });
  await page.waitForTimeout(300);
  const quiet = await page.evaluate(() => window.heard.length);
  if (quiet) throw new Error('sound before any program played');
  await runProgram(page, 'import music\nprint("playing")\nmusic.play(["c4:4", "e4:4", "g4:4"])\nprint("played")\n');
  await waitLog(page, 'played', 10000);
  await page.waitForTimeout(200);
  const heard = await page.evaluate(() => window.heard);
  // C4, E4, G4 within two of the analyser's bins (5.9 Hz at 48 kHz).
  const notes = [];
  for (const hz of heard) {
    const n = [262, 330, 392].findIndex((f) => Math.abs(hz - f) <= 12);
    if (n >= 0 && notes[notes.length - 1] !== n) notes.push(n);
  }
  if (notes.join() !== '0,1,2') throw new Error('heard ' + [...new Set(heard)].join(' ') + ' Hz, not C4 E4 G4 in order');
});

// The README's picture of the page (only when asked: `node tests/web/run.js build-web screenshot`):
// a program showing an image, a module in the files panel, a line typed in the REPL.
test('screenshot', async ({ ctx, url }) => {
  const out = process.env.MBPY_SCREENSHOT || path.join(__dirname, '../../docs/web-page.png');
  const page = await openPage(ctx, url);
  await page.setViewportSize({ width: 1280, height: 560 });
  await upload(page, [['greet.py', GREET]]);
  await page.evaluate(() => window.mbpyPage.current.term.reset());
  await runProgram(page, 'from microbit import *\n\nprint("Hello from the micro:bit")\ndisplay.show(Image.HEART)\n');
  await waitLog(page, '>>> ');
  await typeInConsole(page, 'import greet\rgreet.hello("class 4")\r');
  await waitLog(page, "'hello class 4'\r\n>>> ");
  await page.waitForTimeout(100);
  await page.screenshot({ path: out });
  console.log('  wrote', out);
}, true);

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
    if (only ? !t.name.includes(only) : t.manual) continue;
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
