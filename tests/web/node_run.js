// Runs a program on the web port's module in Node (no page): pastes FILE into the REPL and prints the
// output. With MBPY_NO_LOCALS_SCAN=1 the collector does not see WebAssembly's locals (the negative control
// of the GC stress test). Usage: node tests/web/node_run.js BUILD_DIR HEAP_BYTES FILE
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
    const end = out.indexOf('\x04END');
    if (end >= 0) { process.stdout.write(out.slice(out.lastIndexOf('=== \r\n') + 6, end)); process.exit(0); }
  },
  display() {}, trace() {}, tone() {}, samples() {}, radioEnable() {}, radioSend() {}, radioReceive: () => null,
  flashChanged() {}, resetLater() {},
};
createMbpy({ board, wasmBinary: fs.readFileSync(path.join(dir, 'mbpy.wasm')) }).then((M) => {
  M.ccall('web_main', 'number', ['number'], [Number(process.argv[3])], { async: true });
  const src = fs.readFileSync(process.argv[4], 'latin1') + "\nprint('\\x04END')\n";
  const bytes = Buffer.from('\x05' + src.replace(/\n/g, '\r') + '\x04', 'latin1');
  const buf = M._malloc(bytes.length);
  M.HEAPU8.set(bytes, buf);
  setTimeout(() => {
    if (process.env.MBPY_NO_LOCALS_SCAN) M._web_gc_scan_locals(0);
    let off = 0;
    (function feed() {
      off += M._web_serial_input(buf + off, bytes.length - off);
      if (board.waking) board.waking();
      if (off < bytes.length) setTimeout(feed, 1);
    })();
  }, 100);
});
