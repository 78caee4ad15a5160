// SAM phonemes: the parser (names, stress digits, sing-mode pitch marks, as the firmware accepts them) and
// a small renderer: glottal pulses through two formants for voiced sounds, noise for fricatives.
#include <cmath>

#include "core/value.hpp"
#include "board/sam.hpp"

#if MBPY_MOD_SPEECH  // core/config.hpp

namespace board::sam {

namespace {

// In the build's float type: the device renders in single precision (no soft double linked).
using Real = core::Float;
constexpr Real pi = Real(3.14159265358979);

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

// First two formants (Hz) for the voiced sounds, a rough table by phoneme group.
void formants(int i, int* f1, int* f2) {
    static constexpr int16_t vowel_f[18][2] = {
        {0, 0},      {0, 0},      {0, 0},      {0, 0},      {0, 0},      {270, 2290},
        {390, 1990}, {530, 1840}, {660, 1720}, {730, 1090}, {520, 1190}, {570, 840},
        {440, 1020}, {500, 1500}, {400, 1900}, {490, 1350}, {350, 1250}, {450, 900}};
    if (i < 18) {
        *f1 = vowel_f[i][0], *f2 = vowel_f[i][1];
    } else if (i >= 48 && i <= 53) {
        static constexpr int16_t diph[6][2] = {{480, 2000}, {700, 1400}, {550, 1000},
                                               {700, 1100}, {480, 900},  {320, 900}};
        *f1 = diph[i - 48][0], *f2 = diph[i - 48][1];
    } else {
        *f1 = 350, *f2 = 1200;  // sonorants, nasals, voiced consonants
    }
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

uint32_t render(const Phoneme* ph, size_t n, int pitch, int speed, int mouth, int throat, uint32_t rate,
                Sink sink, void* ctx) {
    uint8_t buf[64];
    size_t fill = 0;
    uint32_t total = 0, noise = 0x1234567;
    Real t_glottal = 0;
    // Mouth and throat scale the formants as SAM's do (128 = neutral).
    Real m = Real(mouth) / 128, th = Real(throat) / 128;
    for (size_t k = 0; k < n; ++k) {
        int i = ph[k].index;
        Kind kd = kind_of(i);
        uint32_t samples = uint32_t(frames_of(i, ph[k].stress) * speed * rate / 7200);
        int p = ph[k].pitch ? ph[k].pitch : pitch;
        Real f0 = Real(22050) / Real(2 * (p > 0 ? p : 1));  // SAM's pitch is a period: bigger = lower
        int f1, f2;
        formants(i, &f1, &f2);
        for (uint32_t s = 0; s < samples; ++s) {
            Real v = 0;
            noise = noise * 1103515245u + 12345u;
            Real white = Real((noise >> 16) & 0xFF) / 128 - 1;
            bool voiced = kd == vowel || kd == sonorant || kd == voiced_fricative || kd == voiced_stop;
            bool burst = (kd == stop || kd == voiced_stop) && s > samples / 2;
            if (voiced && !(kd == voiced_stop && !burst)) {
                t_glottal += Real(1) / Real(rate);
                if (t_glottal * f0 >= 1) t_glottal = 0;
                Real decay = 1 - t_glottal * f0;  // each glottal pulse rings the formants and fades
                v = decay * (std::sin(2 * pi * Real(f1) * m * t_glottal) +
                             Real(0.5) * std::sin(2 * pi * Real(f2) * th * t_glottal));
                v *= kd == vowel ? Real(0.6) : Real(0.35);
            }
            if (kd == fricative || kd == voiced_fricative || burst)
                v += white * (kd == fricative ? Real(0.35) : Real(0.2));
            int out = 128 + int(v * 100);
            buf[fill++] = uint8_t(out < 0 ? 0 : out > 255 ? 255 : out);
            if (fill == sizeof buf) sink(ctx, buf, fill), fill = 0;
        }
        total += samples;
    }
    if (fill) sink(ctx, buf, fill);
    return uint32_t(uint64_t(total) * 1000 / rate);
}

}  // namespace board::sam

#endif  // MBPY_MOD_SPEECH
