// Builds and edits micro:bit hex text: files into the filesystem (v1, v2, Universal Hex) or a script into
// the v1 appended-script block. All work happens in memory; callers write the result only on success.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "hex/hex_file.hpp"
#include "hex/hex_fs.hpp"

namespace hex {

// The hex with its filesystem replaced by exactly `files` (in that order) in every MicroPython section.
// Records of the old filesystem are dropped; the new ones go where uflash 2 puts them (before the UICR /
// start / EOF records at the end): per contiguous run an ELA record then 16-byte data records, so a
// main.py-only result has the records of uflash 2's script_to_fs(). Throws HexError / FsFitError.
std::string hex_with_files(std::string_view hex_text, const std::vector<FsFile>& files);

// The runtime with `script` in the v1 appended-script block. For a plain v1 runtime the text is exactly
// uflash 1.x embed_hex(runtime, hexlify(script)); for a Universal Hex the same records go into
// v1_section(). Throws std::length_error (with how many bytes too long) or HexError (no v1 section).
std::string hex_with_appended(std::string_view runtime_text, std::string_view script);

// Files of micropython_section() (the v1 one in a Universal Hex). Throws HexError.
std::vector<FsFile> hex_files(const HexFile& file);

// The section whose filesystem `mbit hex` reads: v1_section() when it has MicroPython layout data, else
// the first section that has it, v1 boards first.
const HexSection* micropython_section(const HexFile& file);

}  // namespace hex
