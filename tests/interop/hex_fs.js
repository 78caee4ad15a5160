// Oracle for filesystem hexes, driving @microbit/microbit-fs 0.10.0 (used by tests/suite_hex.py):
//   node hex_fs.js build RUNTIME.hex OUT.hex NAME=PATH...          one runtime -> getIntelHex()
//   node hex_fs.js build-uh V1.hex V2.hex OUT.hex NAME=PATH...     two runtimes -> getUniversalHex()
//   node hex_fs.js ls RUNTIME.hex FILES.hex                        files of FILES.hex as JSON {name: hex}
//   node hex_fs.js appended HEX                                    getIntelHexAppendedScript() on stdout
// Errors print the library's message on stderr and exit 1.
'use strict';
const fs = require('fs');
const mfs = require('@microbit/microbit-fs');

function addFiles(fsHex, specs) {
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    fsHex.write(spec.slice(0, eq), new Uint8Array(fs.readFileSync(spec.slice(eq + 1))));
  }
}

try {
  const [cmd, ...a] = process.argv.slice(2);
  if (cmd === 'build') {
    const fsHex = new mfs.MicropythonFsHex(fs.readFileSync(a[0], 'utf8'));
    addFiles(fsHex, a.slice(2));
    fs.writeFileSync(a[1], fsHex.getIntelHex());
  } else if (cmd === 'build-uh') {
    const fsHex = new mfs.MicropythonFsHex([
      { hex: fs.readFileSync(a[0], 'utf8'), boardId: mfs.microbitBoardId.V1 },
      { hex: fs.readFileSync(a[1], 'utf8'), boardId: mfs.microbitBoardId.V2 },
    ]);
    addFiles(fsHex, a.slice(3));
    fs.writeFileSync(a[2], fsHex.getUniversalHex());
  } else if (cmd === 'ls') {
    const fsHex = new mfs.MicropythonFsHex(fs.readFileSync(a[0], 'utf8'));
    fsHex.importFilesFromHex(fs.readFileSync(a[1], 'utf8'));
    const out = {};
    for (const name of fsHex.ls()) out[name] = Buffer.from(fsHex.readBytes(name)).toString('hex');
    process.stdout.write(JSON.stringify(out));
  } else if (cmd === 'appended') {
    process.stdout.write(mfs.getIntelHexAppendedScript(fs.readFileSync(a[0], 'utf8')));
  } else {
    throw new Error('unknown command ' + cmd);
  }
} catch (e) {
  process.stderr.write(String(e.message) + '\n');
  process.exit(1);
}
