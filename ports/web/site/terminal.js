// The serial console: a small terminal for what the board sends (text, CR, LF, backspace: all the REPL's
// line editor uses; escape sequences are skipped) and the keys it takes (as a VT100 sends them). It
// replaces xterm.js (345 KB, a quarter of the page's budget: docs/web.md) with what the board needs.
'use strict';

// Lines kept above the cursor: the console's scrollback.
const SCROLLBACK = 5000;

// Keys that are not characters, as a terminal sends them.
const KEYS = {
  Enter: '\r', Backspace: '\x7f', Tab: '\t', Escape: '\x1b', Delete: '\x1b[3~',
  ArrowUp: '\x1b[A', ArrowDown: '\x1b[B', ArrowRight: '\x1b[C', ArrowLeft: '\x1b[D', Home: '\x1b[H', End: '\x1b[F',
};

class SerialTerminal {
  constructor() {
    this.lines = [''];
    this.row = 0;
    this.col = 0;
    this.esc = 0;  // 0: text, 1: after ESC, 2: in a CSI sequence (ESC [ ... final byte)
    this.decoder = new TextDecoder();
    this.listeners = [];
    this.drawPending = false;
  }

  // Puts the console into `parent`: a focusable element that takes keys and pastes.
  open(parent) {
    const el = document.createElement('pre');
    el.className = 'terminal';
    el.tabIndex = 0;
    this.before = document.createTextNode('');
    this.cursor = document.createElement('span');
    this.cursor.className = 'cursor';
    this.after = document.createTextNode('');
    el.append(this.before, this.cursor, this.after);
    el.addEventListener('keydown', (e) => this.key(e));
    el.addEventListener('paste', (e) => {
      e.preventDefault();
      this.send(e.clipboardData.getData('text').replace(/\r?\n/g, '\r'));
    });
    parent.appendChild(el);
    this.el = el;
    this.draw();
  }
  onData(f) { this.listeners.push(f); }
  focus() { if (this.el) this.el.focus({ preventScroll: true }); }
  send(text) { if (text) for (const f of this.listeners) f(text); }

  key(e) {
    let s = null;
    if (e.ctrlKey && !e.altKey && !e.metaKey && e.key.length === 1) {
      const c = e.key.toUpperCase().charCodeAt(0);
      // Ctrl-C with text selected copies it; Ctrl-V pastes (the paste event): neither goes to the board.
      if ((e.key === 'c' && String(getSelection())) || e.key === 'v') return;
      if (c >= 64 && c < 96) s = String.fromCharCode(c - 64);
    } else if (!e.ctrlKey && !e.altKey && !e.metaKey) {
      s = e.key.length === 1 ? e.key : KEYS[e.key] || null;
    }
    if (s === null) return;
    e.preventDefault();
    this.send(s);
  }

  // Bytes (a Uint8Array, UTF-8) or a string from the board.
  write(data) {
    const text = typeof data === 'string' ? data : this.decoder.decode(data, { stream: true });
    for (const ch of text) this.put(ch);
    if (!this.drawPending) {
      this.drawPending = true;
      requestAnimationFrame(() => this.draw());
    }
  }
  put(ch) {
    if (this.esc === 1) { this.esc = ch === '[' ? 2 : 0; return; }
    if (this.esc === 2) { if (ch >= '@' && ch <= '~') this.esc = 0; return; }
    switch (ch) {
      case '\r': this.col = 0; return;
      case '\n':
        if (++this.row === this.lines.length) this.lines.push('');
        if (this.lines.length > SCROLLBACK) { this.lines.shift(); --this.row; }
        return;
      case '\b': if (this.col > 0) --this.col; return;
      case '\t': do this.put(' '); while (this.col % 8); return;
      case '\x1b': this.esc = 1; return;
      default: break;
    }
    if (ch < ' ' || ch === '\x7f') return;  // other control bytes (the raw REPL's \x04 ...) show nothing
    const line = this.lines[this.row].padEnd(this.col);
    this.lines[this.row] = line.slice(0, this.col) + ch + line.slice(this.col + 1);
    ++this.col;
  }

  draw() {
    this.drawPending = false;
    if (!this.el) return;
    const el = this.el, atEnd = el.scrollTop + el.clientHeight >= el.scrollHeight - 4;
    const line = this.lines[this.row].padEnd(this.col + 1);
    this.before.data = this.lines.slice(0, this.row).map((l) => l + '\n').join('') + line.slice(0, this.col);
    this.cursor.textContent = line[this.col];
    this.after.data = line.slice(this.col + 1).trimEnd() + this.lines.slice(this.row + 1).map((l) => '\n' + l).join('');
    if (atEnd) el.scrollTop = el.scrollHeight;
  }

  // Clears the console (the text and the cursor), as a terminal's reset.
  reset() {
    this.lines = [''];
    this.row = this.col = this.esc = 0;
    this.draw();
  }
  clear() { this.reset(); }
}

window.SerialTerminal = SerialTerminal;
