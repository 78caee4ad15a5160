// SAM phonemes: the parser (names, stress digits, sing-mode pitch marks, as the firmware accepts them) and
// a small renderer: glottal pulses through two formants for voiced sounds, noise for fricatives, in
// integers.
#include "core/value.hpp"
#include "board/sam.hpp"

#if MBPY_MOD_SPEECH  // core/config.hpp

namespace board::sam {

namespace {

// SAM's phoneme names, two characters each (name i at 2 * i): two letters, or one letter and '*'. "**"
// entries are internal (never typed).
constexpr char names[] =
    " *.*?*,*-*IYIHEHAEAAAHAOUHAXIXERUXOHRXLXWXYXWHR*L*W*Y*M*N*NXDXQ*S*SHF*TH/H/XZ*ZHV*DHCH**J*******EYAYOY"
    "AWOWUWB*****D*****G*****GX****P*****T*****K*****KX****ULUMUN";
static_assert(sizeof names == 81 * 2 + 1, "81 names");

enum Kind : uint8_t { pause, vowel, sonorant, fricative, voiced_fricative, stop, voiced_stop };

Kind kind_of(int i) {
    if (i <= 4) return pause;
    if (i <= 17 || (i >= 48 && i <= 53) || i >= 78) return vowel;
    if (i <= 31) return sonorant;
    if (i <= 37) return fricative;
    if (i <= 41 || i == 44) return voiced_fricative;
    if (i <= 47) return fricative;
    if (i <= 65) return voiced_stop;
    return stop;
}

// Frames (about 10 ms each at speed 72) per phoneme kind; diphthongs and stressed vowels are longer.
int frames_of(int i, int stress) {
    static constexpr uint8_t pause_frames[5] = {3, 18, 18, 12, 6};
    if (i <= 4) return pause_frames[i];
    int f = 0;
    switch (kind_of(i)) {
        case vowel: f = (i >= 48 && i <= 53) ? 14 : 9; break;
        case sonorant: f = 7; break;
        case fricative: f = 9; break;
        case voiced_fricative: f = 7; break;
        default: f = 6;
    }
    return f + stress / 2;
}

// First two formants (in 10 Hz) for the voiced sounds, a rough table by phoneme group.
void formants(int i, int* f1, int* f2) {
    static constexpr uint8_t vowel_f[18][2] = {
        {0, 0},    {0, 0},    {0, 0},   {0, 0},    {0, 0},    {27, 229}, {39, 199}, {53, 184}, {66, 172},
        {73, 109}, {52, 119}, {57, 84}, {44, 102}, {50, 150}, {40, 190}, {49, 135}, {35, 125}, {45, 90}};
    static constexpr uint8_t diph[6][2] = {{48, 200}, {70, 140}, {55, 100}, {70, 110}, {48, 90}, {32, 90}};
    const uint8_t* f = i < 18 ? vowel_f[i] : i >= 48 && i <= 53 ? diph[i - 48] : nullptr;
    *f1 = f ? f[0] : 35, *f2 = f ? f[1] : 120;  // else sonorants, nasals, voiced consonants
}

}  // namespace

int parse(const char* text, size_t n, bool sing, Phoneme* out, size_t cap) {
    size_t count = 0;
    uint8_t pitch = 0;
    for (size_t p = 0; p < n;) {
        char a = text[p], b = p + 1 < n ? text[p + 1] : 0;
        if (sing && a == '#') {  // "#NNN": the pitch of the following phonemes
            int v = 0;
            for (++p; p < n && text[p] >= '0' && text[p] <= '9'; ++p) v = v * 10 + (text[p] - '0');
            pitch = uint8_t(v > 255 ? 255 : v);
            continue;
        }
        int found = -1;
        for (int i = 0; i < 81 && found < 0; ++i)
            if (names[2 * i] == a && names[2 * i + 1] != '*' && names[2 * i + 1] == b) found = i, p += 2;
        for (int i = 0; i < 81 && found < 0; ++i)
            if (names[2 * i + 1] == '*' && names[2 * i] == a && a != '*') found = i, p += 1;
        if (found >= 0) {
            if (count == cap) return -1;
            out[count++] = {uint8_t(found), 0, pitch};
            continue;
        }
        if (a >= '1' && a <= '8' && count) {  // stress of the phoneme before
            out[count - 1].stress = uint8_t(a - '0');
            ++p;
            continue;
        }
        return -1;
    }
    return int(count);
}

// A sine of `phase` (a whole turn is 65536) from two parabolas, -128..128: within 6% of sin(), enough for
// this renderer.
[[gnu::noinline]] static int sine(uint32_t phase) {
    int x = int(phase & 0x7FFF);
    int y = x * (32768 - x) >> 21;
    return phase & 0x8000 ? -y : y;
}

// In integers (fixed point), as the device has no FPU: phases in 1/65536 of a turn, the glottal pulse's
// decay in 1/256.
uint32_t render(const Phoneme* ph, size_t n, int pitch, int speed, int mouth, int throat, uint32_t rate,
                Sink sink, void* ctx) {
    // By kind (pause, vowel, sonorant, fricative, voiced fricative, stop, voiced stop): the loudness of the
    // voice and of the noise (out of 100, sample steps from 128); stops are silent for their first half.
    static constexpr uint8_t voice_amp[7] = {0, 60, 35, 0, 35, 0, 35},
                             noise_amp[7] = {0, 0, 0, 35, 20, 20, 20};
    uint8_t buf[64];
    size_t fill = 0;
    uint32_t total = 0, noise = 0x1234567, glottal = 0, ph1 = 0, ph2 = 0;
    for (size_t k = 0; k < n; ++k) {
        int i = ph[k].index;
        Kind kd = kind_of(i);
        uint32_t samples = uint32_t(frames_of(i, ph[k].stress) * speed * rate / 7200);
        uint32_t from = kd >= stop ? samples / 2 + 1 : 0;
        int p = ph[k].pitch ? ph[k].pitch : pitch;
        // The glottal rate f0 = 22050 / (2 * pitch) (SAM's pitch is a period: bigger = lower), and the
        // formants scaled by mouth and throat as SAM's are (128 = neutral), as steps a sample.
        uint32_t g_step = 22050u * 32768u / (uint32_t(p > 0 ? p : 1) * rate);
        int f1, f2;
        formants(i, &f1, &f2);
        uint32_t s1 = uint32_t(f1) * uint32_t(mouth) * 5120 / rate,
                 s2 = uint32_t(f2) * uint32_t(throat) * 5120 / rate;
        int va = voice_amp[kd], na = noise_amp[kd];
        for (uint32_t s = 0; s < samples; ++s) {
            int v = 0;
            noise = noise * 1103515245u + 12345u;
            if (s >= from) {
                glottal += g_step, ph1 += s1, ph2 += s2;
                if (glottal >= 65536) glottal = ph1 = ph2 = 0;
                // Each glottal pulse rings the formants and fades.
                int decay = int(65536 - glottal) >> 8;
                v = (decay * (2 * sine(ph1) + sine(ph2)) >> 8) * va >> 8;
                v += (int((noise >> 16) & 0xFF) - 128) * na >> 7;
            }
            v += 128;
            buf[fill++] = uint8_t(v < 0 ? 0 : v > 255 ? 255 : v);
            if (fill == sizeof buf) sink(ctx, buf, fill), fill = 0;
        }
        total += samples;
    }
    if (fill) sink(ctx, buf, fill);
    return uint32_t(uint64_t(total) * 1000 / rate);
}

}  // namespace board::sam

#endif  // MBPY_MOD_SPEECH
