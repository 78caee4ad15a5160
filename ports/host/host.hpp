// Shared state of the host port (the simulated micro:bit on a PC).
#pragma once
#include <string>
#include <vector>

namespace host {

bool read_file(const std::string& path, std::string* out);
const std::vector<std::string>& module_path();   // script folder, then MICROPYPATH entries
const std::vector<const char*>& program_args();  // sys.argv
bool interrupted();                              // SIGINT seen and not yet consumed by the VM

}  // namespace host
