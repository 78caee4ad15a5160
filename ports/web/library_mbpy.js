// The web port's imports: each hands its work to the page's board object (site/board.js), Module.board,
// which belongs to this instance of the module (one board per instance).
mergeInto(LibraryManager.library, {
#if ASYNCIFY
  // Pauses the runtime: an Asyncify unwind, resumed when the board calls wakeUp (timer, input, Ctrl-C).
  mbpy_wait__deps: ['$Asyncify'],
  mbpy_wait: function(ms) {
    return Asyncify.handleSleep(function(wakeUp) { Module.board.wait(ms, wakeUp); });
  },
#else
  // Built without Asyncify (MBPY_WEB_ASYNCIFY=OFF, only to measure what it costs: bench/web_asyncify.js):
  // nothing can pause, so a wait returns at once.
  mbpy_wait: function(ms) {},
#endif
  mbpy_now_ms: function() { return Module.board.now(); },
  mbpy_random: function() { return Module.board.random() >>> 0; },
  mbpy_serial_out: function(data, n, program) { Module.board.serialOut(HEAPU8.slice(data, data + n), program); },
  mbpy_display: function(leds) { Module.board.display(HEAPU8.slice(leds, leds + 25)); },
  mbpy_trace: function(members, n) { Module.board.trace(UTF8ToString(members, n)); },
  mbpy_tone: function(pin, hz) { Module.board.tone(pin, hz >>> 0); },
  mbpy_samples: function(pin, data, n, rate) { Module.board.samples(pin, HEAPU8.slice(data, data + n), rate >>> 0); },
  mbpy_radio_enable: function(on, address, channel, group, rate, power) {
    Module.board.radioEnable(on ? {address: address >>> 0, channel: channel, group: group, rate: rate, power: power} : null);
  },
  mbpy_radio_send: function(data, n) { Module.board.radioSend(HEAPU8.slice(data, data + n)); },
  mbpy_radio_receive: function(buf, cap, rssi) {
    var p = Module.board.radioReceive();
    if (!p) return -1;
    HEAPU8.set(p.data.subarray(0, Math.min(cap, p.data.length)), buf);
    HEAP32[rssi >> 2] = p.rssi;
    return p.data.length;
  },
  mbpy_flash_changed: function(addr, n) { Module.board.flashChanged(addr, n); },
  mbpy_reset: function() { Module.board.resetLater(); },
});
