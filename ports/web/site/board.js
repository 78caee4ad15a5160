// One simulated micro:bit: an instance of the WebAssembly module (the runtime's state is global, so each
// board is its own instance), the HAL's JavaScript side (ports/web/library_mbpy.js calls these methods),
// its flash kept in the browser between visits, and the radio between boards.
'use strict';

const WASM_URL = 'mbpy.wasm';
// The page's default heap: the free heap a program finds at the REPL is then the micro:bit v1's (its
// firmware leaves 9,392 bytes free after boot; here 9,472 after gc.collect()). The page's runtime keeps
// more than the firmware's at boot (double floats, the speed caches), so its heap is bigger than the
// device's 12,096 bytes.
const MICROBIT_HEAP = 11776;
// The heap chosen on an earlier visit (the "memory" switch), else the default.
function storedHeap() {
  return Number(localStorage.getItem('mbpy.heap')) || MICROBIT_HEAP;
}
let compiled = null;  // one compile of the module serves every board and every reset

function compileModule() {
  if (!compiled) {
    compiled = WebAssembly.compileStreaming
      ? WebAssembly.compileStreaming(fetch(WASM_URL)).catch(() => fetch(WASM_URL).then(r => r.arrayBuffer()).then(b => WebAssembly.compile(b)))
      : fetch(WASM_URL).then(r => r.arrayBuffer()).then(b => WebAssembly.compile(b));
  }
  return compiled;
}

// Gives the browser one turn and comes back at once (setTimeout(0) is clamped to 4 ms when nested).
const turnChannel = new MessageChannel();
const turnQueue = [];
turnChannel.port1.onmessage = () => { const f = turnQueue.shift(); if (f) f(); };
function nextTurn(f) { turnQueue.push(f); turnChannel.port2.postMessage(0); }

// ---- radio: the boards of this page, and those of other tabs through a BroadcastChannel ----------------
const POWER_DBM = [-30, -20, -16, -12, -8, -4, 0, 4];
const PATH_LOSS_DB = 45;  // two boards a desk apart
const radioBus = {
  boards: new Set(),
  channel: typeof BroadcastChannel === 'function' ? new BroadcastChannel('mbpy-radio') : null,
  send(from, link, data) {
    for (const b of this.boards) if (b !== from) b.radioHear(link, data);
    if (this.channel) this.channel.postMessage({ link, data: Array.from(data) });
  },
};
if (radioBus.channel) {
  radioBus.channel.onmessage = (e) => {
    for (const b of radioBus.boards) b.radioHear(e.data.link, new Uint8Array(e.data.data));
  };
}

const FLASH_BYTES = 256 * 1024, PAGE = 1024, UICR_BYTES = 1024;

function toBase64(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
function fromBase64(text) {
  const s = atob(text), out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; ++i) out[i] = s.charCodeAt(i);
  return out;
}

class Board {
  // `name` keys its flash in localStorage; `view` receives what the board shows (serial, LEDs, sound ...).
  constructor(name, view) {
    this.name = name;
    this.view = view;
    this.heapBytes = storedHeap();
    this.trace_ = [];
    this.serialLine = '';
    this.radio = null;
    this.radioQueue = [];
    this.inputs = { buttons: [0, 0], touch: [0, 0, 0], accel: [0, 0, -1024, 5], compass: [0, 30000, -20000], temperature: 21, light: 0 };
    this.pendingInput = [];
    this.generation = 0;
    radioBus.boards.add(this);
  }

  // ---- life cycle ---------------------------------------------------------------------------------------
  // Power on (or the reset button): a fresh instance on the flash saved for this board.
  async start() {
    const gen = ++this.generation;
    this.M = null;
    this.waking = null;
    this.radio = null;
    this.radioQueue = [];
    this.view.tone(0);  // a reset board is silent
    this.t0 = performance.now();
    this.traceLine('"reset": true');
    const module = await compileModule();
    const board = this;
    const M = await createMbpy({
      board: this.facade(gen),
      instantiateWasm(imports, receive) {
        WebAssembly.instantiate(module, imports).then(inst => receive(inst, module));
        return {};
      },
      print: console.log, printErr: console.warn,
    });
    if (gen !== this.generation) return;  // reset again while this one started
    this.M = M;
    this.io = M._malloc(4096);
    this.loadFlash();
    this.applyInputs();
    M.ccall('web_main', 'number', ['number'], [this.heapBytes], { async: true }).then(
      (r) => { if (gen === this.generation) this.view.serial(new TextEncoder().encode(`\r\n[the board stopped: heap too small (${r})]\r\n`)); },
      (e) => { if (gen === this.generation) this.view.serial(new TextEncoder().encode(`\r\n[the board crashed: ${e}]\r\n`)); });
    this.flushInput();
  }

  reset() { this.saveFlash(); return this.start(); }

  // What the module's imports see: bound to one power-on, so that a reset board's old instance never
  // runs again (its pending wake-ups are dropped).
  facade(gen) {
    const b = this, live = () => gen === b.generation;
    return {
      wait(ms, wakeUp) { if (live()) b.wait(ms, wakeUp); },
      now: () => performance.now() - b.t0,
      random: () => crypto.getRandomValues(new Uint32Array(1))[0],
      serialOut: (bytes, program) => live() && b.serialOut(bytes, program),
      display: (leds) => live() && b.display(leds),
      trace: (members) => live() && b.traceLine(members),
      tone: (pin, hz) => live() && b.view.tone(hz),
      samples: (pin, data, rate) => live() && b.view.samples(data, rate),
      radioEnable: (link) => { if (live()) { b.radio = link; b.radioQueue = []; } },
      radioSend: (data) => live() && b.radio && radioBus.send(b, b.radio, data),
      radioReceive: () => (live() ? b.radioQueue.shift() : null),
      flashChanged: () => live() && b.flashDirty(),
      resetLater: () => live() && setTimeout(() => b.reset(), 0),
    };
  }

  // ---- pausing: the runtime's sleeps, input waits and turns ------------------------------------------
  wait(ms, wakeUp) {
    let timer = 0;
    const wake = (early) => {
      if (this.waking !== wake) return;
      this.waking = null;
      clearTimeout(timer);
      wakeUp(early);
    };
    this.waking = wake;
    if (ms <= 0) nextTurn(() => wake(0));
    else timer = setTimeout(() => wake(0), ms);
  }
  // Resumes a paused runtime now (input arrived, Ctrl-C). Never from inside the module: a microtask.
  wake() { queueMicrotask(() => { if (this.waking) this.waking(1); }); }
  paused() { return this.M && this.waking !== null; }

  // ---- serial -----------------------------------------------------------------------------------------
  input(text) {
    const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
    for (const c of bytes) this.pendingInput.push(c);
    this.flushInput();
  }
  flushInput() {
    if (!this.M || !this.pendingInput.length) return;
    const n = Math.min(this.pendingInput.length, 4096);
    this.M.HEAPU8.set(this.pendingInput.slice(0, n), this.io);
    const taken = this.M._web_serial_input(this.io, n);
    this.pendingInput.splice(0, taken);
    this.wake();
    if (this.pendingInput.length) setTimeout(() => this.flushInput(), 5);
  }
  serialOut(bytes, program) {
    this.view.serial(bytes);
    if (!program) return;
    // The trace keeps program output a line at a time, as the host's headless runs do.
    this.serialLine += new TextDecoder().decode(bytes).replace(/\r\n/g, '\n');
    if (this.serialLine.endsWith('\n') || this.serialLine.length > 200) {
      this.traceLine('"serial": ' + JSON.stringify(this.serialLine));
      this.serialLine = '';
    }
  }

  // ---- outputs ------------------------------------------------------------------------------------------
  display(leds) {
    this.leds = leds;
    this.ledsSetAt = performance.now();
    this.view.leds(leds, this.ledsSetAt);
    // Until the next animation frame has drawn them, the runtime pauses every 2 ms instead of 8 (hal_web.cpp).
    if (!this.framePending && typeof requestAnimationFrame === 'function') {
      this.framePending = true;
      const M = this.M;
      requestAnimationFrame(() => { this.framePending = false; if (M && this.M === M) M._web_frame_drawn(); });
    }
  }
  traceLine(members) {
    const t = Math.floor(this.t0 ? performance.now() - this.t0 : 0);
    if (this.trace_.length < 100000) this.trace_.push(`{"t": ${t}, ${members}}`);
  }
  traceText() { return this.trace_.join('\n') + (this.trace_.length ? '\n' : ''); }

  radioHear(link, data) {
    const r = this.radio;
    if (!r || r.address !== link.address || r.channel !== link.channel || r.group !== link.group || r.rate !== link.rate) return;
    if (this.radioQueue.length < 64) this.radioQueue.push({ data, rssi: POWER_DBM[link.power & 7] - PATH_LOSS_DB });
  }

  // ---- inputs -------------------------------------------------------------------------------------------
  applyInputs() {
    if (!this.M) return;
    const i = this.inputs, M = this.M;
    i.buttons.forEach((d, b) => M._web_set_button(b, d));
    i.touch.forEach((d, p) => M._web_set_touch(p, d));
    M._web_set_accelerometer(...i.accel);
    M._web_set_compass(...i.compass);
    M._web_set_temperature(i.temperature);
    M._web_set_light(i.light);
  }
  setInput(key, value) {
    if (key === 'button') this.inputs.buttons[value[0]] = value[1];
    else if (key === 'touch') this.inputs.touch[value[0]] = value[1];
    else this.inputs[key] = value;
    this.applyInputs();
    this.wake();
  }

  // ---- flash: kept in localStorage, only the pages that are not blank ---------------------------------
  storageKey() { return 'mbpy.flash.' + this.name; }
  flashDirty() {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveFlash(), 250);
  }
  saveFlash() {
    if (!this.M) return;
    const mem = this.M.HEAPU8.subarray(this.M._web_flash_memory(), this.M._web_flash_memory() + FLASH_BYTES + UICR_BYTES);
    const pages = {};
    for (let a = 0; a < FLASH_BYTES + UICR_BYTES; a += PAGE) {
      const p = mem.subarray(a, a + PAGE);
      if (p.some((x) => x !== 0xff)) pages[a / PAGE] = toBase64(p);
    }
    try { localStorage.setItem(this.storageKey(), JSON.stringify(pages)); } catch (e) { console.warn('flash not saved:', e); }
  }
  loadFlash() {
    const mem = this.M.HEAPU8.subarray(this.M._web_flash_memory(), this.M._web_flash_memory() + FLASH_BYTES + UICR_BYTES);
    mem.fill(0xff);
    let pages = {};
    try { pages = JSON.parse(localStorage.getItem(this.storageKey()) || '{}'); } catch (e) { pages = {}; }
    for (const k of Object.keys(pages)) {
      const a = Number(k) * PAGE;
      if (a >= 0 && a < mem.length) mem.set(fromBase64(pages[k]).subarray(0, PAGE), a);
    }
  }

  // ---- files: only while the runtime is paused (it always is when the page's handlers run) ------------
  withString(s, f) {
    const bytes = new TextEncoder().encode(s + '\0');
    const p = this.M._malloc(bytes.length);
    this.M.HEAPU8.set(bytes, p);
    try { return f(p); } finally { this.M._free(p); }
  }
  listFiles() { return JSON.parse(this.M.UTF8ToString(this.M._web_fs_list())); }
  readFile(name) {
    return this.withString(name, (p) => {
      const lenp = this.M._malloc(4);
      const data = this.M._web_fs_read(p, lenp);
      const n = this.M.HEAP32[lenp >> 2];
      this.M._free(lenp);
      return data ? this.M.HEAPU8.slice(data, data + n) : null;
    });
  }
  // Returns null, or why the file could not be written.
  writeFile(name, data) {
    if (typeof data === 'string') data = new TextEncoder().encode(data);
    const rc = this.withString(name, (p) => {
      const d = this.M._malloc(data.length + 1);
      this.M.HEAPU8.set(data, d);
      const r = this.M._web_fs_write(p, d, data.length);
      this.M._free(d);
      return r;
    });
    this.M._web_fs_changed();
    this.saveFlash();
    return rc === 0 ? null : rc === -28 ? 'not enough space on the board' : rc === -2 ? 'bad file name' : 'error ' + -rc;
  }
  removeFile(name) {
    const rc = this.withString(name, (p) => this.M._web_fs_remove(p));
    this.M._web_fs_changed();
    this.saveFlash();
    return rc === 0 ? null : 'no such file';
  }

  // ---- .hex ---------------------------------------------------------------------------------------------
  // Flashes the board from hex text as DAPLink does (every file replaced), then restarts it.
  loadHex(text) {
    const err = this.withString(text, (p) => {
      const e = this.M._web_hex_load(p, new TextEncoder().encode(text).length);
      return e ? this.M.UTF8ToString(e) : null;
    });
    if (err) return err;
    this.saveFlash();
    this.start();
    return null;
  }
  // A hex of `runtimeText` (MicroPython's) with this board's files: {hex} or {error}.
  buildHex(runtimeText) {
    return this.withString(runtimeText, (p) => {
      const okp = this.M._malloc(4);
      const r = this.M._web_hex_build(p, new TextEncoder().encode(runtimeText).length, okp);
      const ok = this.M.HEAP32[okp >> 2];
      this.M._free(okp);
      const text = this.M.UTF8ToString(r);
      return ok ? { hex: text } : { error: text };
    });
  }
}

window.MbpyBoard = Board;
