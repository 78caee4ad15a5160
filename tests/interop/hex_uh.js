// Oracle for Universal Hex text: node hex_uh.js join V1.hex V2.hex  -> createUniversalHex() on stdout
//                                 node hex_uh.js split UH.hex        -> JSON [{boardId, hex}] on stdout
'use strict';
const fs = require('fs');
const uh = require('@microbit/microbit-universal-hex');
const [cmd, ...files] = process.argv.slice(2);
if (cmd === 'join') {
  const hexes = [
    { hex: fs.readFileSync(files[0], 'utf8'), boardId: 0x9900 },
    { hex: fs.readFileSync(files[1], 'utf8'), boardId: 0x9903 },
  ];
  process.stdout.write(uh.createUniversalHex(hexes));
} else if (cmd === 'split') {
  process.stdout.write(JSON.stringify(uh.separateUniversalHex(fs.readFileSync(files[0], 'utf8'))));
} else {
  console.error('usage: node hex_uh.js join V1.hex V2.hex | split UH.hex');
  process.exit(2);
}
