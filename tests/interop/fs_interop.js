// Interop glue for tests/suite_fs.py: @microbit/microbit-fs 0.10.0 writes files into a real MicroPython
// hex ("make") and reads back images produced by our fs code ("check"). Region files hold the bytes of
// flash [start, last_page + page); .files holds "hex(name) hex(data)" lines; .geom "start last page".
'use strict';
const fs = require('fs');
const path = require('path');
const { MicropythonFsHex, getHexMapDeviceMemInfo } = require('@microbit/microbit-fs');
const MemoryMap = require('nrf-intel-hex').default || require('nrf-intel-hex');

const FIRMWARE = process.env.MBPY_FIRMWARE_HEX || '/usr/share/firmware-microbit-micropython/firmware.hex';

// Region bounds exactly as microbit-fs computes them (V1, no appended script).
function geometry(memMap) {
  const info = getHexMapDeviceMemInfo(memMap);
  const page = info.flashPageSize;
  const end = info.fsEndAddress - (info.deviceVersion === 'V1' ? page : 0);
  const start = Math.max(info.fsStartAddress, end - 252 * 128);
  return { start, last: end - page, page };
}

function pattern(n, seed) {
  const out = new Uint8Array(n);
  let x = (seed * 2654435761 + 12345) >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = (x >>> 16) & 0xff;
  }
  return out;
}

const hex = (b) => Buffer.from(b).toString('hex');

function cases(capacity) {
  const text = (s) => new TextEncoder().encode(s);
  const all = new Uint8Array(256).map((_, i) => i);
  const boundary = [];
  for (const n of [115, 116, 117, 118, 241, 242, 243]) boundary.push([`b${n}.py`, pattern(n, n)]);
  const many = [];
  for (let i = 0; i < 40; i++) many.push([`m${i}`, pattern(1 + i * 7, i)]);
  return [
    [['main.py', text('from microbit import *\ndisplay.scroll("hi")\n')], ['data.bin', all]],
    boundary,
    [['n'.repeat(120), text('long name')], ['x', pattern(1, 9)]],
    many,
    [['big.txt', pattern(capacity, 77)]],
  ];
}

function make(outDir) {
  const firmware = fs.readFileSync(FIRMWARE, 'utf8');
  const g = geometry(MemoryMap.fromHex(firmware));
  const probe = new MicropythonFsHex(firmware);
  // Largest file that fits: microbit-fs's own accounting (storage size minus header and padding).
  const capacity = Math.floor(probe.getStorageRemaining() / 128) * 126 - 2 - 7 - 1;
  cases(capacity).forEach((files, i) => {
    const mfs = new MicropythonFsHex(firmware);
    for (const [name, data] of files) mfs.write(name, data);
    const map = MemoryMap.fromHex(mfs.getIntelHex());
    const region = map.slicePad(g.start, g.last + g.page - g.start, 0xff);
    const base = path.join(outDir, `case_${i}`);
    fs.writeFileSync(base + '.region', region);
    fs.writeFileSync(base + '.geom', `${g.start} ${g.last} ${g.page}\n`);
    fs.writeFileSync(base + '.files', files.map(([n, d]) => `${hex(Buffer.from(n))} ${hex(d)}\n`).join(''));
  });
  console.log(`made ${cases(capacity).length} images with microbit-fs`);
}

function check(outDir) {
  const firmware = fs.readFileSync(FIRMWARE, 'utf8');
  let passed = 0, failed = 0;
  for (const f of fs.readdirSync(outDir).filter((n) => /^ours_.*\.region$/.test(n)).sort()) {
    const base = path.join(outDir, f.replace(/\.region$/, ''));
    const [start] = fs.readFileSync(base + '.geom', 'utf8').trim().split(' ').map(Number);
    const want = fs.readFileSync(base + '.files', 'utf8').split('\n').filter(Boolean).map((l) => {
      const [n, d] = l.split(' ');
      return [Buffer.from(n, 'hex').toString('utf8'), Buffer.from(d || '', 'hex')];
    });
    const map = MemoryMap.fromHex(firmware);
    map.set(start, new Uint8Array(fs.readFileSync(base + '.region')));
    let problem = '';
    try {
      const mfs = new MicropythonFsHex(firmware);
      mfs.importFilesFromIntelHex(map.asHexString());
      const names = mfs.ls().sort();
      const expected = want.map(([n]) => n).sort();
      if (JSON.stringify(names) !== JSON.stringify(expected)) problem = `names ${names} != ${expected}`;
      for (const [n, d] of want) {
        if (!problem && Buffer.compare(Buffer.from(mfs.readBytes(n)), d) !== 0) problem = `content of ${n}`;
      }
    } catch (e) {
      problem = 'microbit-fs error: ' + e.message;
    }
    if (problem) {
      failed++;
      console.log(`FAIL ${path.basename(base)}: ${problem}`);
    } else {
      passed++;
      console.log(`ok ${path.basename(base)} (${want.length} files)`);
    }
  }
  console.log(`microbit-fs read ${passed} of our images, ${failed} failed`);
  process.exit(failed || !passed ? 1 : 0);
}

function golden(outFile) {
  // The chunk bytes microbit-fs writes for three files (compared with our builder in unit_fs).
  const firmware = fs.readFileSync(FIRMWARE, 'utf8');
  const g = geometry(MemoryMap.fromHex(firmware));
  const mfs = new MicropythonFsHex(firmware);
  let big = '';
  for (let k = 0; k < 300; k++) big += String.fromCharCode(97 + (k % 26));
  mfs.write('main.py', "from microbit import *\ndisplay.scroll('hi')\n");
  mfs.write('exact.txt', 'x'.repeat(126 - 2 - 9));
  mfs.write('big.txt', big);
  const used = Math.ceil(mfs.getStorageUsed() / 128) * 128;
  const region = MemoryMap.fromHex(mfs.getIntelHex()).slicePad(g.start, used, 0xff);
  fs.writeFileSync(outFile, region);
  console.log(`wrote ${used} bytes to ${outFile}`);
}

const [cmd, arg] = process.argv.slice(2);
if (cmd === 'make') make(arg);
else if (cmd === 'check') check(arg);
else if (cmd === 'golden') golden(arg);
else {
  console.error('usage: node fs_interop.js make|check OUTDIR | golden FILE');
  process.exit(2);
}
