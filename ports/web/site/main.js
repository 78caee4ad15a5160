// The page around the boards: the drawn board and its controls, the serial console (terminal.js), the
// editor with Run, the files panel, .hex in and out, the trace, sound through Web Audio, a second board.
'use strict';

const $ = (id) => document.getElementById(id);
const GESTURES = ['', 'up', 'down', 'left', 'right', 'face up', 'face down', 'freefall', '3g', '6g', '8g', 'shake'];
const LED_COLOURS = Array.from({ length: 10 }, (_, b) => (b ? `rgb(${90 + b * 18}, 0, 0)` : '#3a0000'));

// ---- sound: one square-wave oscillator for tones, buffers queued for samples -------------------------
const audio = {
  ctx: null, osc: null, gain: null, end: 0,
  context() {
    if (!this.ctx) {
      const AC = window.AudioContext || window.webkitAudioContext;
      if (!AC) return null;
      this.ctx = new AC();
      this.gain = this.ctx.createGain();
      this.gain.gain.value = 0.15;
      this.gain.connect(this.ctx.destination);
    }
    return this.ctx;
  },
  // Connects `node` (of this.context()) to hear what the speaker plays, beside the speakers: for an
  // analyser that shows the sound, and for the page's tests, which check the notes that reach the graph.
  listen(node) {
    if (this.context()) this.gain.connect(node);
  },
  tone(hz) {
    const ctx = this.context();
    if (!ctx) return;
    if (this.osc) { this.osc.stop(); this.osc = null; }
    if (!hz) return;
    this.osc = ctx.createOscillator();
    this.osc.type = 'square';
    this.osc.frequency.value = hz;
    this.osc.connect(this.gain);
    this.osc.start();
  },
  samples(data, rate) {
    const ctx = this.context();
    if (!ctx || !data.length) return;
    const buf = ctx.createBuffer(1, data.length, Math.max(3000, rate));
    const ch = buf.getChannelData(0);
    for (let i = 0; i < data.length; ++i) ch[i] = (data[i] - 128) / 128;
    const src = ctx.createBufferSource();
    src.buffer = buf;
    src.connect(this.gain);
    const at = Math.max(ctx.currentTime, this.end);
    src.start(at);
    this.end = at + buf.duration;
  },
};
// Browsers start audio only after a user gesture.
addEventListener('pointerdown', () => { const c = audio.context(); if (c && c.state === 'suspended') c.resume(); }, { capture: true });

// ---- the boards -------------------------------------------------------------------------------------------
const boards = [];
let current = null;
const ledEls = [];
for (let i = 0; i < 25; ++i) {
  const d = document.createElement('div');
  d.className = 'led';
  $('leds').appendChild(d);
  ledEls.push(d);
}
// The LEDs are drawn at the next animation frame after the program sets them; the page records how late.
const frameStats = { samples: [] };
let drawPending = false;
function drawLeds() {
  drawPending = false;
  if (!current || replay.active) return;
  const leds = current.leds || new Uint8Array(25);
  for (let i = 0; i < 25; ++i) ledEls[i].style.background = LED_COLOURS[leds[i]];
  ledEls.forEach((el, i) => (el.dataset.b = leds[i]));
  if (current.ledsSetAt) {
    if (frameStats.samples.length < 1000) frameStats.samples.push(performance.now() - current.ledsSetAt);
    current.ledsSetAt = 0;
  }
}
function requestDraw() {
  if (!drawPending) { drawPending = true; requestAnimationFrame(drawLeds); }
}

function makeBoard(n) {
  const box = document.createElement('div');
  box.className = 'terminal-box';
  box.hidden = true;
  $('terminals').appendChild(box);
  const term = new SerialTerminal();
  term.open(box);
  const view = {
    serial: (bytes) => {
      term.write(bytes);
      // What the console showed, as text (the last 64 KB), for the page's tests and its trace.
      board.log = (board.log + new TextDecoder().decode(bytes)).slice(-65536);
    },
    leds: () => { if (board === current) requestDraw(); },
    tone: (hz) => { if (board === current) audio.tone(hz); },
    samples: (data, rate) => { if (board === current) audio.samples(data, rate); },
  };
  const board = new MbpyBoard('board' + n, view);
  board.log = '';
  board.term = term;
  board.box = box;
  board.number = n;
  term.onData((s) => board.input(s));
  boards.push(board);
  return board;
}

function select(board) {
  current = board;
  for (const b of boards) {
    b.box.hidden = b !== board;
    const tab = $('tab-' + b.number);
    if (tab) tab.classList.toggle('active', b === board);
  }
  syncControls();
  requestDraw();
  refreshFiles();
  board.term.focus();
}

function addSecondBoard() {
  if (boards.length > 1) return select(boards[1]);
  const b = makeBoard(2);
  const tab = document.createElement('button');
  tab.id = 'tab-2';
  tab.className = 'tab';
  tab.textContent = 'Board 2';
  tab.onclick = () => select(b);
  $('add-board').before(tab);
  $('add-board').hidden = true;
  b.start().then(() => refreshFiles());
  select(b);
  localStorage.setItem('mbpy.boards', '2');
}

// ---- controls -----------------------------------------------------------------------------------------
function press(b, down) {
  current.setInput('button', [b, down ? 1 : 0]);
  $(b ? 'button-b' : 'button-a').classList.toggle('down', down);
}
for (const [id, b] of [['button-a', 0], ['button-b', 1]]) {
  $(id).addEventListener('pointerdown', () => press(b, true));
  $(id).addEventListener('pointerup', () => press(b, false));
  $(id).addEventListener('pointerleave', () => $(id).classList.contains('down') && press(b, false));
}
// A and B on the keyboard, unless the console or the editor has the keys.
function keyTarget(e) { return !(e.target.closest && (e.target.closest('#terminals') || e.target.closest('textarea, input, select'))); }
addEventListener('keydown', (e) => { if (keyTarget(e) && !e.repeat && (e.key === 'a' || e.key === 'b')) press(e.key === 'b' ? 1 : 0, true); });
addEventListener('keyup', (e) => { if (keyTarget(e) && (e.key === 'a' || e.key === 'b')) press(e.key === 'b' ? 1 : 0, false); });
document.querySelectorAll('.pin').forEach((el) => {
  const pin = Number(el.dataset.pin);
  el.addEventListener('pointerdown', () => { current.setInput('touch', [pin, 1]); el.classList.add('down'); });
  el.addEventListener('pointerup', () => { current.setInput('touch', [pin, 0]); el.classList.remove('down'); });
});
$('reset').onclick = () => current.reset();

GESTURES.forEach((g, i) => { const o = document.createElement('option'); o.value = i; o.textContent = g || '(none)'; $('gesture').appendChild(o); });
// The posture the accelerometer reports for x, y, z (the DAL's thresholds, as the host's headless events).
function postureOf(x, y, z) {
  if (x * x + y * y + z * z < 400 * 400) return 7;
  if (z < -800) return 5;
  if (z > 800) return 6;
  if (x < -500) return 3;
  if (x > 500) return 4;
  if (y < -500) return 1;
  if (y > 500) return 2;
  return 0;
}
function accelChanged(fromSliders) {
  const x = Number($('acc-x').value), y = Number($('acc-y').value), z = Number($('acc-z').value);
  if (fromSliders) $('gesture').value = postureOf(x, y, z);
  current.setInput('accel', [x, y, z, Number($('gesture').value)]);
}
['acc-x', 'acc-y', 'acc-z'].forEach((id) => ($(id).oninput = () => accelChanged(true)));
$('gesture').onchange = () => {
  accelChanged(false);
  if (GESTURES[$('gesture').value] === 'shake') setTimeout(() => { $('gesture').value = postureOf(+$('acc-x').value, +$('acc-y').value, +$('acc-z').value); accelChanged(false); }, 300);
};
$('heading').oninput = () => {
  // A horizontal field of 30 uT whose direction gives compass.heading() = atan2(x, y).
  const h = Number($('heading').value) * Math.PI / 180;
  $('heading-out').value = $('heading').value;
  current.setInput('compass', [Math.round(30000 * Math.sin(h)), Math.round(30000 * Math.cos(h)), -20000]);
};
$('temperature').oninput = () => current.setInput('temperature', Number($('temperature').value) | 0);
$('light').oninput = () => { $('light-out').value = $('light').value; current.setInput('light', Number($('light').value)); };
function syncControls() {
  const i = current.inputs;
  [$('acc-x').value, $('acc-y').value, $('acc-z').value, $('gesture').value] = i.accel;
  $('temperature').value = i.temperature;
  $('light').value = $('light-out').value = i.light;
}

$('heap').value = String(storedHeap());
$('heap').onchange = () => {
  localStorage.setItem('mbpy.heap', $('heap').value);
  for (const b of boards) { b.heapBytes = Number($('heap').value); b.reset(); }
};

// ---- editor and Run ---------------------------------------------------------------------------------
const editor = $('editor');
editor.addEventListener('keydown', (e) => {
  if (e.key === 'Tab') {
    e.preventDefault();
    document.execCommand('insertText', false, '    ');
  } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    run();
  }
});
function run() {
  const err = current.writeFile('main.py', editor.value);
  if (err) return alert('main.py: ' + err);
  current.reset().then(refreshFiles);
  current.term.focus();
}
$('run').onclick = run;

// ---- files --------------------------------------------------------------------------------------------
function download(name, data, type) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([data], { type: type || 'application/octet-stream' }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
function refreshFiles() {
  const ul = $('files');
  ul.textContent = '';
  if (!current || !current.M) return;
  const list = current.listFiles();
  if (list.error) { $('space').value = list.error; return; }
  $('space').value = `(${list.free} bytes free)`;
  for (const f of list.files) {
    const li = document.createElement('li');
    li.innerHTML = '<span class="name"></span><span class="size"></span><button>download</button><button>delete</button>';
    li.querySelector('.name').textContent = f.name;
    li.querySelector('.size').textContent = f.size + ' B';
    const [dl, del] = li.querySelectorAll('button');
    dl.onclick = () => download(f.name, current.readFile(f.name));
    del.onclick = () => { current.removeFile(f.name); refreshFiles(); };
    if (f.name === 'main.py') li.querySelector('.name').ondblclick = () => { editor.value = new TextDecoder().decode(current.readFile('main.py')); };
    ul.appendChild(li);
  }
}
$('upload').onclick = () => $('upload-file').click();
$('upload-file').onchange = async () => {
  for (const file of $('upload-file').files) {
    const err = current.writeFile(file.name, new Uint8Array(await file.arrayBuffer()));
    if (err) alert(file.name + ': ' + err);
  }
  $('upload-file').value = '';
  refreshFiles();
};

// ---- .hex ---------------------------------------------------------------------------------------------
async function loadHexText(text) {
  const err = current.loadHex(text);
  if (err) { alert('This .hex cannot be loaded: ' + err); return; }
  setTimeout(refreshFiles, 200);
}
$('load-hex').onclick = () => $('hex-file').click();
$('hex-file').onchange = async () => { const f = $('hex-file').files[0]; if (f) await loadHexText(await f.text()); $('hex-file').value = ''; };
addEventListener('dragover', (e) => e.preventDefault());
addEventListener('drop', async (e) => {
  e.preventDefault();
  const f = e.dataTransfer.files[0];
  if (f && /\.hex$/i.test(f.name)) await loadHexText(await f.text());
  else if (f) { const err = current.writeFile(f.name, new Uint8Array(await f.arrayBuffer())); if (err) alert(err); refreshFiles(); }
});
$('save-hex').onclick = async () => {
  const r = await fetch('firmware.hex');
  if (!r.ok) return alert('This page has no MicroPython runtime hex (firmware.hex) to put the files in.');
  const out = current.buildHex(await r.text());
  if (out.error) return alert('No .hex: ' + out.error);
  download('microbit.hex', out.hex, 'text/plain');
};

// ---- the trace ----------------------------------------------------------------------------------------
$('save-trace').onclick = () => download('mbpy-trace.jsonl', current.traceText(), 'application/json');
const replay = { active: false, timer: 0 };
$('replay-trace').onclick = () => $('trace-file').click();
$('trace-file').onchange = async () => {
  const f = $('trace-file').files[0];
  $('trace-file').value = '';
  if (!f) return;
  const frames = [];
  for (const line of (await f.text()).split('\n')) {
    try { const o = JSON.parse(line); if (typeof o.display === 'string') frames.push(o); } catch (e) { /* not a trace line */ }
  }
  showTrace(frames);
};
// Plays a recorded run's LED frames at their board times on the drawn board.
function showTrace(frames) {
  clearTimeout(replay.timer);
  replay.active = true;
  $('replay').hidden = false;
  const start = performance.now();
  let i = 0;
  (function step() {
    const t = performance.now() - start;
    while (i < frames.length && frames[i].t <= t) {
      const rows = frames[i].display.split(':').join('');
      for (let k = 0; k < 25; ++k) ledEls[k].style.background = LED_COLOURS[Number(rows[k]) || 0];
      $('replay-t').value = frames[i].t + ' ms';
      ++i;
    }
    if (i < frames.length) replay.timer = setTimeout(step, Math.max(0, frames[i].t - t));
  })();
}
$('replay-stop').onclick = () => { clearTimeout(replay.timer); replay.active = false; $('replay').hidden = true; requestDraw(); };

// ---- start ----------------------------------------------------------------------------------------------
const first = makeBoard(1);
$('tab-1').onclick = () => select(first);
$('add-board').onclick = addSecondBoard;
select(first);
window.mbpyPage = { boards, frameStats, audio, get current() { return current; }, select, addSecondBoard, ready: null };
window.mbpyPage.ready = first.start().then(() => {
  refreshFiles();
  if (localStorage.getItem('mbpy.boards') === '2') { addSecondBoard(); select(first); }
  window.mbpyPage.readyAt = performance.now();
});
