// Sound and radio of the host board (sound_host.cpp, radio_host.cpp): options main.cpp sets.
#pragma once

namespace host {

// Write everything music, speech and audio play to `path` (a WAV file, written when the run ends).
void sound_set_wav(const char* path);
// Also play it through the host's sound device (aplay/paplay) when the run ends: only when asked.
void sound_set_play(bool on);

}  // namespace host
