// The reciter's rules and character classes, as in the micro:bit firmware v1.0.1 (SAM, the Software
// Automatic Mouth): each rule is `left(match)right=phonemes`. The punctuation and digit rules come first,
// then one section per letter, started by "]" + letter. Extracted from the firmware image with the
// reciter's own layout (see docs/sound-radio.md); stored packed, unpacked one rule at a time.
#include "core/config.hpp"
#include "board/sam.hpp"

#if MBPY_MOD_SPEECH  // core/config.hpp

namespace board::sam {

namespace {

// The firmware's table, each rule followed by '|' (there its last byte has bit 7 set). Left out: its
// first rule "(A)=", which the reciter never tries (a scan starts after the rule it is at), and a second
// "]A" marker.
constexpr char text[] =
    "(!)=.|(\") =-AH5NKWOWT-|(\")=KWOW4T-|(#)= NAH4MBER|($)= DAA4LER|(%)= PERSEH4NT|(&)= AEND|(')=|"
    "(*)= AE4STERIHSK|(+)= PLAH4S|(,)=,| (-) =-|(-)=|(.)= POYNT|(/)= SLAE4SH|(0)= ZIY4ROW| (1ST)=FER4ST|"
    " (10TH)=TEH4NTH|(1)= WAH4N| (2ND)=SEH4KUND|(2)= TUW4| (3RD)=THER4D|(3)= THRIY4|(4)= FOH4R|"
    " (5TH)=FIH4FTH|(5)= FAY4V| (64) =SIH4KSTIY FOHR|(6)= SIH4KS|(7)= SEH4VUN| (8TH)=EY4TH|(8)= EY4T|"
    "(9)= NAY4N|(:)=.|(;)=.|(<)= LEH4S DHAEN|(=)= IY4KWULZ|(>)= GREY4TER DHAEN|(?)=?|(@)= AE6T|"
    "(^)= KAE4RIXT|"
    "]A| (A.)=EH4Y. |(A) =AH| (ARE) =AAR| (AR)O=AXR|(AR)#=EH4R| ^(AS)#=EY4S|(A)WA=AX|(AW)=AO5|"
    " :(ANY)=EH4NIY|(A)^+#=EY5|#:(ALLY)=ULIY| (AL)#=UL|(AGAIN)=AXGEH4N|#:(AG)E=IHJ|(A)^%=EY|(A)^+:#=AE|"
    " :(A)^+ =EY4| (ARR)=AXR|(ARR)=AE4R| ^(AR) =AA5R|(AR)=AA5R|(AIR)=EH4R|(AI)=EY4|(AY)=EY5|(AU)=AO4|"
    "#:(AL) =UL|#:(ALS) =ULZ|(ALK)=AO4K|(AL)^=AOL| :(ABLE)=EY4BUL|(ABLE)=AXBUL|(A)VO=EY4|(ANG)+=EY4NJ|"
    "(ATARI)=AHTAA4RIY|(A)TOM=AE|(A)TTI=AE| (AT) =AET| (A)T=AH|(A)=AE|"
    "]B| (B) =BIY4| (BE)^#=BIH|(BEING)=BIY4IHNX| (BOTH) =BOW4TH| (BUS)#=BIH4Z|(BREAK)=BREY5K|(BUIL)=BIH4L|"
    "(B)=B|"
    "]C| (C) =SIY4| (CH)^=K|^E(CH)=K|(CHA)R#=KEH5|(CH)=CH| S(CI)#=SAY4|(CI)A=SH|(CI)O=SH|(CI)EN=SH|"
    "(CITY)=SIHTIY|(C)+=S|(CK)=K|(COMMODORE)=KAA4MAHDOHR|(COM)=KAHM|(CUIT)=KIHT|(CREA)=KRIYEY|(C)=K|"
    "]D| (D) =DIY4| (DR.) =DAA4KTER|#:(DED) =DIHD|.E(D) =D|#:^E(D) =T| (DE)^#=DIH| (DO) =DUW| (DOES)=DAHZ|"
    "(DONE) =DAH5N|(DOING)=DUW4IHNX| (DOW)=DAW|#(DU)A=JUW|#(DU)^#=JAX|(D)=D|"
    "]E| (E) =IYIY4|#:(E) =|':^(E) =| :(E) =IY|#(ED) =D|#:(E)D =|(EV)ER=EH4V|(E)^%=IY4|(ERI)#=IY4RIY|"
    "(ERI)=EH4RIH|#:(ER)#=ER|(ERROR)=EH4ROHR|(ERASE)=IHREY5S|(ER)#=EHR|(ER)=ER| (EVEN)=IYVEHN|#:(E)W=|"
    "@(EW)=UW|(EW)=YUW|(E)O=IY|#:&(ES) =IHZ|#:(E)S =|#:(ELY) =LIY|#:(EMENT)=MEHNT|(EFUL)=FUHL|(EE)=IY4|"
    "(EARN)=ER5N| (EAR)^=ER5|(EAD)=EHD|#:(EA) =IYAX|(EA)SU=EH5|(EA)=IY5|(EIGH)=EY4|(EI)=IY4| (EYE)=AY4|"
    "(EY)=IY|(EU)=YUW5|(EQUAL)=IY4KWUL|(E)=EH|"
    "]F| (F) =EH4F|(FUL)=FUHL|(FRIEND)=FREH5ND|(FATHER)=FAA4DHER|(F)F=|(F)=F|"
    "]G| (G) =JIY4|(GIV)=GIH5V| (G)I^=G|(GE)T=GEH5|SU(GGES)=GJEH4S|(GG)=G| B#(G)=G|(G)+=J|(GREAT)=GREY4T|"
    "(GON)E=GAO5N|#(GH)=| (GN)=N|(G)=G|"
    "]H| (H) =EY4CH| (HAV)=/HAE6V| (HERE)=/HIYR| (HOUR)=AW5ER|(HOW)=/HAW|(H)#=/H|(H)=|"
    "]I| (IN)=IHN| (I) =AY4|(I) =AY|(IN)D=AY5N|SEM(I)=IY| ANT(I)=AY|(IER)=IYER|#:R(IED) =IYD|(IED) =AY5D|"
    "(IEN)=IYEHN|(IE)T=AY4EH|(I')=AY5| :(I)^%=AY5| :(IE) =AY4|(I)%=IY|(IE)=IY4| (IDEA)=AYDIY5AH|(I)^+:#=IH|"
    "(IR)#=AYR|(IZ)%=AYZ|(IS)%=AYZ|I^(I)^#=IH|+^(I)^+=AY|#:^(I)^+=IH|(I)^+=AY|(IR)=ER|(IGH)=AY4|(ILD)=AY5LD|"
    " (IGN)=IHGN|(IGN) =AY4N|(IGN)^=AY4N|(IGN)%=AY4N|(ICRO)=AY4KROH|(IQUE)=IY4K|(I)=IH|"
    "]J| (J) =JEY4|(J)=J|"
    "]K| (K) =KEY4| (K)N=|(K)=K|"
    "]L| (L) =EH4L|(LO)C#=LOW|L(L)=|#:^(L)%=UL|(LEAD)=LIYD| (LAUGH)=LAE4F|(L)=L|"
    "]M| (M) =EH4M| (MR.) =MIH4STER| (MS.)=MIH5Z| (MRS.) =MIH4SIXZ|(MOV)=MUW4V|(MACHIN)=MAHSHIY5N|M(M)=|"
    "(M)=M|"
    "]N| (N) =EH4N|E(NG)+=NJ|(NG)R=NXG|(NG)#=NXG|(NGL)%=NXGUL|(NG)=NX|(NK)=NXK| (NOW) =NAW4|N(N)=|"
    "(NON)E=NAH4N|(N)=N|"
    "]O| (O) =OH4W|(OF) =AHV| (OH) =OW5|(OROUGH)=ER4OW|#:(OR) =ER|#:(ORS) =ERZ|(OR)=AOR| (ONE)=WAHN|"
    "#(ONE) =WAHN|(OW)=OW| (OVER)=OW5VER|PR(O)V=UW4|(OV)=AH4V|(O)^%=OW5|(O)^EN=OW|(O)^I#=OW5|(OL)D=OW4L|"
    "(OUGHT)=AO5T|(OUGH)=AH5F| (OU)=AW|H(OU)S#=AW4|(OUS)=AXS|(OUR)=OHR|(OULD)=UH5D|(OU)^L=AH5|(OUP)=UW5P|"
    "(OU)=AW|(OY)=OY|(OING)=OW4IHNX|(OI)=OY5|(OOR)=OH5R|(OOK)=UH5K|F(OOD)=UW5D|L(OOD)=AH5D|M(OOD)=UW5D|"
    "(OOD)=UH5D|F(OOT)=UH5T|(OO)=UW5|(O')=OH|(O)E=OW|(O) =OW|(OA)=OW4| (ONLY)=OW4NLIY| (ONCE)=WAH4NS|"
    "(ON'T)=OW4NT|C(O)N=AA|(O)NG=AO| :^(O)N=AH|I(ON)=UN|#:(ON)=UN|#^(ON)=UN|(O)ST=OW|(OF)^=AO4F|"
    "(OTHER)=AH5DHER|R(O)B=RAA|^R(O):#=OW5|(OSS) =AO5S|#:^(OM)=AHM|(O)=AA|"
    "]P| (P) =PIY4|(PH)=F|(PEOPL)=PIY5PUL|(POW)=PAW4|(PUT) =PUHT|(P)P=|(P)S=|(P)N=|(PROF.)=PROHFEH4SER|"
    "(P)=P|"
    "]Q| (Q) =KYUW4|(QUAR)=KWOH5R|(QU)=KW|(Q)=K|"
    "]R| (R) =AA5R| (RE)^#=RIY|(R)R=|(R)=R|"
    "]S| (S) =EH4S|(SH)=SH|#(SION)=ZHUN|(SOME)=SAHM|#(SUR)#=ZHER|(SUR)#=SHER|#(SU)#=ZHUW|#(SSU)#=SHUW|"
    "#(SED)=ZD|#(S)#=Z|(SAID)=SEHD|^(SION)=SHUN|(S)S=|.(S) =Z|#:.E(S) =Z|#:^#(S) =S|U(S) =S| :#(S) =Z|"
    "##(S) =Z| (SCH)=SK|(S)C+=|#(SM)=ZUM|#(SN)'=ZUM|(STLE)=SUL|(S)=S|"
    "]T| (T) =TIY4| (THE) #=DHIY| (THE) =DHAX|(TO) =TUX| (THAT)=DHAET| (THIS) =DHIHS| (THEY)=DHEY|"
    " (THERE)=DHEHR|(THER)=DHER|(THEIR)=DHEHR| (THAN) =DHAEN| (THEM) =DHAEN|(THESE) =DHIYZ| (THEN)=DHEHN|"
    "(THROUGH)=THRUW4|(THOSE)=DHOHZ|(THOUGH) =DHOW|(TODAY)=TUXDEY|(TOMO)RROW=TUMAA5|(TO)TAL=TOW5|"
    " (THUS)=DHAH4S|(TH)=TH|#:(TED)=TIXD|S(TI)#N=CH|(TI)O=SH|(TI)A=SH|(TIEN)=SHUN|(TUR)#=CHER|(TU)A=CHUW|"
    " (TWO)=TUW|&(T)EN =|(T)=T|"
    "]U| (U) =YUW4| (UN)I=YUWN| (UN)=AHN| (UPON)=AXPAON|@(UR)#=UH4R|(UR)#=YUH4R|(UR)=ER|(U)^ =AH|(U)^^=AH5|"
    "(UY)=AY5| G(U)#=|G(U)%=|G(U)#=W|#N(U)=YUW|@(U)=UW|(U)=YUW|"
    "]V| (V) =VIY4|(VIEW)=VYUW5|(V)=V|"
    "]W| (W) =DAH4BULYUW| (WERE)=WER|(WA)SH=WAA|(WA)ST=WEY|(WA)S=WAH|(WA)T=WAA|(WHERE)=WHEHR|(WHAT)=WHAHT|"
    "(WHOL)=/HOWL|(WHO)=/HUW|(WH)=WH|(WAR)#=WEHR|(WAR)=WAOR|(WOR)^=WER|(WR)=R|(WOM)A=WUHM|(WOM)E=WIHM|"
    "(WEA)R=WEH|(WANT)=WAA5NT|ANS(WER)=ER|(W)=W|"
    "]X| (X) =EH4KR| (X)=Z|(X)=KS|"
    "]Y| (Y) =WAY4|(YOUNG)=YAHNX| (YOUR)=YOHR| (YOU)=YUW| (YES)=YEHS| (Y)=Y|F(Y)=AY|PS(YCH)=AYK|#:^(Y)=IY|"
    "#:^(Y)I=IY| :(Y) =AY| :(Y)#=AY| :(Y)^+:#=IH| :(Y)^#=AY|(Y)=IH|"
    "]Z| (Z) =ZIY4|(Z)=Z|";

// Packed at compile time: each character c (all are ' '..'^') is the symbol c - 32, kEnd ends each rule,
// and each symbol is written as its code in a Huffman code made for this text and the part of the rule it
// is in (canonical: the codes of one length are consecutive, in symbol order), most significant bit
// first, bit i of the stream in bit i % 8 of byte i / 8. In a letter's section every match starts with
// the letter: left out, decode_rule puts it back. 1,950 B of codes (3.5 bits a symbol) and 267 B of
// tables, where 6 bits a symbol took 3,378 B and the firmware takes 4,522.
constexpr uint8_t kEnd = 63;

// Calls put(symbol) for each symbol of the stream and start(section) before each section (0: punctuation
// and digits, 1..26: 'A'..'Z').
template <typename Put, typename Start>
constexpr void walk(Put put, Start start) {
    char letter = 0;
    start(0);
    for (size_t i = 0; text[i]; ++i) {
        if (text[i] == ']') {  // "]X|"
            letter = text[i + 1];
            start(letter - 'A' + 1);
            i += 2;
            continue;
        }
        for (; text[i] != '|'; ++i) {
            put(uint8_t(text[i] - 32));
            if (text[i] == '(' && letter) ++i;
        }
        put(kEnd);
    }
}

// What the packing and the reciter rely on: every rule has its "(", ")" and "=" in that order, in a
// letter's section its match starts with the letter, every character packs, no rule is longer than
// rule_max - 2 bytes, and the sections are 'A' ... 'Z' in order.
constexpr bool well_formed() {
    char letter = 0;
    for (size_t i = 0; text[i]; ++i) {
        if (text[i] == ']') {
            if (text[i + 1] != (letter ? letter + 1 : 'A') || text[i + 2] != '|') return false;
            letter = text[i + 1];
            i += 2;
            continue;
        }
        size_t start = i, match = 0;  // where the match starts
        int seen = 0;                 // of "(", ")", "=" in that order
        for (; text[i] != '|'; ++i) {
            if (text[i] < ' ' || text[i] > '^') return false;
            if (seen < 3 && text[i] == "()="[seen] && !seen++) match = i + 1;
        }
        if (seen < 3 || (letter && text[match] != letter) || i - start > rule_max - 2) return false;
    }
    return letter == 'Z';
}
static_assert(well_formed(), "the rule text breaks the packing's assumptions");

// The part of a rule a symbol is in, after the part the symbol before it was in: 0 the left context, up to
// its '(', 1 the match, to ')', 2 the right context, to '=', 3 the phonemes, to kEnd (a rule starts in
// 0). Each part has a code of its own: their characters differ (letters and classes, phonemes, stress
// digits), so the four codes take 1,950 B where one for all took 2,647.
constexpr int parts = 4;
constexpr int next_part(int part, uint8_t s) {
    constexpr uint8_t ends[parts] = {'(' - 32, ')' - 32, '=' - 32, kEnd};
    return s == ends[part] ? (part + 1) % parts : part;
}
// Calls put(part, symbol) for each symbol of the stream, and start(section) as walk.
template <typename Put, typename Start>
constexpr void walk_parts(Put put, Start start) {
    int part = 0;
    walk(
        [&part, &put](uint8_t s) {
            put(part, s);
            part = next_part(part, s);
        },
        start);
}

// The Huffman codes: each symbol's code length in each part, made by joining the two lightest groups of
// symbols until one is left (a symbol's length is how often its group was joined), and the decoder's
// tables.
constexpr size_t max_len = 15;  // decode reads at most this many bits a symbol
struct Code {
    uint8_t len[parts][64];
    uint16_t bits[parts][64];           // the code, in its len low bits
    uint8_t count[parts][max_len + 1];  // symbols of each length
    uint8_t order[parts * 64];  // each part's symbols by length, then symbol: what the codes stand for
    uint8_t base[parts];        // where each part's symbols start in order
    size_t symbols;             // in order
    uint32_t total;             // bits of the stream
};
constexpr Code make_code() {
    Code c{};
    uint32_t weights[parts][64] = {};
    walk_parts([&weights](int part, uint8_t s) { ++weights[part][s]; }, [](int) {});
    for (int part = 0; part < parts; ++part) {
        uint32_t* weight = weights[part];
        uint8_t* len = c.len[part];
        uint8_t group[64];
        for (uint8_t s = 0; s < 64; ++s) group[s] = s;
        for (;;) {  // groups are named by a member; a group's weight is kept at its name, 0 once joined
            int a = -1, b = -1;
            for (int g = 0; g < 64; ++g) {
                if (!weight[g]) continue;
                if (a < 0 || weight[g] < weight[a]) {
                    b = a;
                    a = g;
                } else if (b < 0 || weight[g] < weight[b]) {
                    b = g;
                }
            }
            if (b < 0) break;
            for (uint8_t s = 0; s < 64; ++s) {
                if (group[s] == a || group[s] == b) {
                    ++len[s];
                    group[s] = uint8_t(a);
                }
            }
            weight[a] += weight[b];
            weight[b] = 0;
        }
        c.base[part] = uint8_t(c.symbols);
        uint16_t next = 0;
        for (uint8_t l = 1; l <= max_len; ++l, next = uint16_t(next << 1)) {
            for (uint8_t s = 0; s < 64; ++s) {
                if (len[s] != l) continue;
                c.bits[part][s] = next++;
                ++c.count[part][l];
                c.order[c.symbols++] = s;
            }
        }
    }
    walk_parts([&c](int part, uint8_t s) { c.total += c.len[part][s]; }, [](int) {});
    return c;
}
constexpr Code code = make_code();
static_assert(code.total < 65536, "section starts are 16-bit");

struct Packed {
    uint8_t bytes[(code.total + 7) / 8];
    uint16_t starts[27];  // bit of each section's first rule
    uint8_t count[parts][max_len + 1];
    uint8_t base[parts];
    uint8_t order[code.symbols];
};
constexpr Packed pack() {
    Packed p{};
    size_t at = 0;
    walk_parts(
        [&p, &at](int part, uint8_t s) {
            for (int b = code.len[part][s] - 1; b >= 0; --b, ++at)
                if (code.bits[part][s] >> b & 1) p.bytes[at / 8] |= uint8_t(1u << at % 8);
        },
        [&p, &at](int section) { p.starts[section] = uint16_t(at); });
    for (int part = 0; part < parts; ++part) {
        for (size_t i = 0; i <= max_len; ++i) p.count[part][i] = code.count[part][i];
        p.base[part] = code.base[part];
    }
    for (size_t i = 0; i < code.symbols; ++i) p.order[i] = code.order[i];
    return p;
}
constexpr Packed packed = pack();

// The symbol of `part` at bit `at` of the stream; moves `at` past its code.
constexpr uint8_t decode(size_t& at, int part) {
    const uint8_t* count = packed.count[part];
    unsigned value = 0, first = 0, index = packed.base[part];
    for (size_t len = 1;; ++len) {
        value = value << 1 | (packed.bytes[at / 8] >> at % 8 & 1u);
        ++at;
        unsigned n = count[len];
        if (value - first < n) return packed.order[index + value - first];
        index += n;
        first = (first + n) << 1;
    }
}

// Every symbol decodes back as walk gives it, at every section start: the codes are prefix codes and the
// tables say so (any error in them fails the build here).
constexpr bool round_trip() {
    size_t at = 0;
    bool ok = true;
    walk_parts([&at, &ok](int part, uint8_t s) { ok = ok && decode(at, part) == s; },
               [&at, &ok](int section) { ok = ok && packed.starts[section] == at; });
    return ok && at == code.total;
}
static_assert(round_trip(), "the packed rules do not decode to the rule text");

}  // namespace

size_t rule_section(uint8_t ch) {
    return ch < 'A' || ch > 'Z' ? packed.starts[0] : packed.starts[ch - 'A' + 1];
}

bool decode_rule(size_t& at, uint8_t letter, uint8_t* out) {
    if (at >= code.total) return false;
    size_t n = 1;
    out[0] = 0x80;
    for (int part = 0;;) {
        uint8_t s = decode(at, part);
        if (s == kEnd) break;
        part = next_part(part, s);
        out[n++] = uint8_t(s + 32);
        if (s + 32 == '(' && letter) out[n++] = letter;
    }
    out[n - 1] |= 0x80;
    return true;
}

// Bit 7: letter; 6: vowel (#); 5: voiced consonant (^ counts consonants); 4: & class; 3: . class;
// 2: @ class; 1: punctuation/digit (rules above); 0: digit. For ' '..'_': the characters below and above
// have no class (char_flags).
const uint8_t char_flag_table[64] = {
    0,   2,   2,   2,   2,   2,   2,   130, 0,   0,   2,   2,   2,   2,   2,   2,
    3,   3,   3,   3,   3,   3,   3,   3,   3,   3,   2,   2,   2,   2,   2,   2,
    2,   192, 168, 176, 172, 192, 160, 184, 160, 192, 188, 160, 172, 168, 172, 192,
    160, 160, 172, 180, 164, 192, 168, 168, 176, 192, 188, 0,   0,   0,   2,   0,
};

}  // namespace board::sam

#endif  // MBPY_MOD_SPEECH
