// CPU time of one bench program on the web port's module in Node (no page, no browser): the program is
// main.py in the board's flash, timed with process.cpuUsage() from web_main to the banner after it, so
// that neither the module's compile nor the machine's load (which stretches wall time, not CPU time)
// counts. Compare with the native build's CPU time (`/usr/bin/time -f "%U %S" build/mbpy FILE`).
// Works on the link without Asyncify too (it stops at the banner instead of waiting for input).
// --no-liftoff: V8 compiles every function optimised at once; vm_run would otherwise stay in its baseline
// code (WebAssembly has no on-stack replacement). Usage: node --no-liftoff bench/web_cpu.js BUILD_DIR FILE
'use strict';
const fs = require('fs'), path = require('path');
const dir = path.resolve(process.argv[2]);
const createMbpy = require(path.join(dir, 'mbpy.js'));
const src = fs.readFileSync(process.argv[3], 'latin1');
let out = '', c0 = null, w0 = 0, done = false;
const board = {
  now: () => performance.now(), random: () => (Math.random() * 4294967296) >>> 0,
  wait(ms, wake) { setTimeout(() => wake(0), ms); },
  serialOut(bytes) {
    if (done) throw new Error('stopped');
    out += Buffer.from(bytes).toString('latin1');
    const end = out.indexOf('MicroPython v');
    if (end < 0) return;
    done = true;
    const u = process.cpuUsage(c0);
    console.log(out.slice(0, end).replace(/\r\n/g, '\n').trim().split('\n').pop());
    console.log(`CPU ${((u.user + u.system) / 1e6).toFixed(3)} wall ${((performance.now() - w0) / 1000).toFixed(3)}`);
    process.exit(0);
  },
  display() {}, trace() {}, tone() {}, samples() {}, radioEnable() {}, radioSend() {}, radioReceive: () => null,
  flashChanged() {}, resetLater() {},
};
createMbpy({ board, wasmBinary: fs.readFileSync(path.join(dir, 'mbpy.wasm')) }).then((M) => {
  const bytes = Buffer.from(src, 'latin1');
  M.HEAPU8.fill(0xff, M._web_flash_memory(), M._web_flash_memory() + 257 * 1024);
  const name = M._malloc(8), data = M._malloc(bytes.length);
  M.HEAPU8.set(Buffer.from('main.py\0'), name);
  M.HEAPU8.set(bytes, data);
  M._web_fs_write(name, data, bytes.length);
  c0 = process.cpuUsage(); w0 = performance.now();
  try { M.ccall('web_main', 'number', ['number'], [16777216], { async: true }).catch(() => {}); } catch (e) {}
});
