// Runs a program on the web port's module in Node (no page): pastes FILE into the REPL and prints the
// output. With MBPY_COLLECT_ANYWHERE=1 the collector runs wherever an allocation asks for a collection, not
// only at the VM's safe points (the negative control of the GC stress test). MODULE files are written to
// the board's flash first (for FILE to import), and with MBPY_INPUT set, that line answers each input()
// whose prompt ends in "? ". Usage: node tests/web/node_run.js BUILD_DIR HEAP_BYTES FILE [MODULE...]
'use strict';
const fs = require('fs');
const path = require('path');
const dir = path.resolve(process.argv[2]);
const createMbpy = require(path.join(dir, 'mbpy.js'));
const t0 = performance.now();
let out = '';
const board = {
  waking: null,
  now: () => performance.now() - t0,
  random: () => (Math.random() * 4294967296) >>> 0,
  wait(ms, wake) {
    const t = setTimeout(() => { this.waking = null; wake(0); }, ms);
    this.waking = () => { clearTimeout(t); this.waking = null; wake(1); };
  },
  serialOut(bytes) {
    out += Buffer.from(bytes).toString('latin1');
    if (process.env.MBPY_INPUT !== undefined && out.endsWith('? ')) answer(process.env.MBPY_INPUT + '\r');
    const end = out.indexOf('\x04END');
    if (end >= 0) { process.stdout.write(out.slice(out.lastIndexOf('=== \r\n') + 6, end)); process.exit(0); }
  },
  display() {}, trace() {}, tone() {}, samples() {}, radioEnable() {}, radioSend() {}, radioReceive: () => null,
  flashChanged() {}, resetLater() {},
};
let answer = null;
createMbpy({ board, wasmBinary: fs.readFileSync(path.join(dir, 'mbpy.wasm')) }).then((M) => {
  M.HEAPU8.fill(0xff, M._web_flash_memory(), M._web_flash_memory() + 257 * 1024);  // erased flash
  for (const f of process.argv.slice(5)) {
    const name = Buffer.from(path.basename(f) + '\0', 'latin1'), data = fs.readFileSync(f);
    const pn = M._malloc(name.length), pd = M._malloc(data.length);
    M.HEAPU8.set(name, pn);
    M.HEAPU8.set(data, pd);
    M._web_fs_write(pn, pd, data.length);
  }
  answer = (text) => setTimeout(() => {
    const b = Buffer.from(text, 'latin1'), p = M._malloc(b.length);
    M.HEAPU8.set(b, p);
    M._web_serial_input(p, b.length);
    if (board.waking) board.waking();
  }, 1);
  M.ccall('web_main', 'number', ['number'], [Number(process.argv[3])], { async: true });
  const src = fs.readFileSync(process.argv[4], 'latin1') + "\nprint('\\x04END')\n";
  const bytes = Buffer.from('\x05' + src.replace(/\n/g, '\r') + '\x04', 'latin1');
  const buf = M._malloc(bytes.length);
  M.HEAPU8.set(bytes, buf);
  setTimeout(() => {
    if (process.env.MBPY_COLLECT_ANYWHERE) M._web_gc_collect_anywhere(1);
    let off = 0;
    (function feed() {
      off += M._web_serial_input(buf + off, bytes.length - off);
      if (board.waking) board.waking();
      if (off < bytes.length) setTimeout(feed, 1);
    })();
  }, 100);
});
