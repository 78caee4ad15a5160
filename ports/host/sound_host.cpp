// The host board's speaker: tones and samples laid on a timeline in board time, written as a WAV file
// when the run ends (--wav FILE) and played through the sound device only on request (--sound).
#include "ports/host/sound_host.hpp"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "board/hal.hpp"
#include "core/hal.hpp"
#include "ports/host/board_host.hpp"

namespace host {

// Twice the audio module's 7812 Hz, so frames and speech map to whole samples and tones up to 7.8 kHz fit.
static constexpr uint32_t wav_rate = 15624;
// At most 20 minutes of sound in memory (about 19 MB): a program that loops music forever stays bounded.
static constexpr size_t max_samples = size_t(wav_rate) * 60 * 20;

static std::string wav_path;
static bool play_after = false;
static std::vector<uint8_t> pcm;  // 8-bit unsigned mono at wav_rate
static uint64_t tone_to = 0;      // the tone is rendered up to this sample
static uint32_t tone_hz = 0;      // the tone playing now (0 = silence)
static uint64_t samples_end = 0;  // where queued samples end
static double phase = 0;

static bool recording() { return !wav_path.empty() || play_after; }
static uint64_t now_sample() { return board_us() * wav_rate / 1000000; }

// Lays the current tone (a square wave) up to sample `t`, without covering samples already laid there.
static void render_tone(uint64_t t) {
    if (t > max_samples) t = max_samples;
    for (uint64_t i = tone_to; i < t; ++i) {
        uint8_t v = 128;
        if (tone_hz) {
            phase += double(tone_hz) / wav_rate;
            if (phase >= 1) phase -= 1;
            v = phase < 0.5 ? 200 : 56;
        }
        if (i >= pcm.size()) pcm.push_back(v);
    }
    if (t > tone_to) tone_to = t;
}

static void write_le(FILE* f, uint32_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) fputc(int((v >> (8 * i)) & 0xFF), f);
}

static bool write_wav(const std::string& path) {
    FILE* f = fopen(path.c_str(), "wb");
    if (!f) return false;
    uint32_t n = uint32_t(pcm.size());
    fwrite("RIFF", 1, 4, f), write_le(f, 36 + n, 4), fwrite("WAVEfmt ", 1, 8, f);
    write_le(f, 16, 4), write_le(f, 1, 2), write_le(f, 1, 2);  // PCM, mono
    write_le(f, wav_rate, 4), write_le(f, wav_rate, 4), write_le(f, 1, 2), write_le(f, 8, 2);
    fwrite("data", 1, 4, f), write_le(f, n, 4);
    fwrite(pcm.data(), 1, n, f);
    return fclose(f) == 0;
}

static void finish() {
    render_tone(now_sample());
    std::string path = wav_path;
    if (path.empty()) path = "/tmp/mbpy-sound-" + std::to_string(getpid()) + ".wav";
    if (!write_wav(path)) {
        fprintf(stderr, "mbpy: can't write '%s'\n", path.c_str());
        return;
    }
    if (play_after) {
        std::string cmd = "(aplay -q '" + path + "' || paplay '" + path + "') 2>/dev/null";
        if (system(cmd.c_str()) != 0) fprintf(stderr, "mbpy: no sound device player (aplay/paplay) worked\n");
        if (wav_path.empty()) unlink(path.c_str());
    }
}

static void start() {
    static bool registered = false;
    if (!registered) atexit(finish), registered = true;
}

void sound_set_wav(const char* path) {
    wav_path = path;
    start();
}
void sound_set_play(bool on) {
    play_after = on;
    if (on) start();
}

}  // namespace host

namespace hal {

void sound_tone(int, uint32_t freq_hz) {
    if (!host::recording()) return;
    host::render_tone(host::now_sample());
    host::tone_hz = freq_hz;
}

void sound_samples(int, const uint8_t* samples, size_t n, uint32_t rate_hz) {
    using namespace host;
    if (!recording() || !rate_hz) return;
    uint64_t now = now_sample();
    render_tone(now);
    uint64_t at = samples_end > now ? samples_end : now;
    // Resample by repetition (7812 Hz -> 15624 Hz is exactly 2x).
    uint64_t out_n = uint64_t(n) * wav_rate / rate_hz;
    for (uint64_t i = 0; i < out_n && at + i < max_samples; ++i) {
        uint8_t v = samples[i * rate_hz / wav_rate];
        if (at + i < pcm.size())
            pcm[at + i] = v;
        else {
            while (pcm.size() < at + i) pcm.push_back(128);
            pcm.push_back(v);
        }
    }
    samples_end = at + out_n;
    if (tone_to < samples_end) tone_to = samples_end < max_samples ? samples_end : max_samples;
}

}  // namespace hal
