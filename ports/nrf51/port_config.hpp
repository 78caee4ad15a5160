// The micro:bit v1 firmware (nRF51822: 256 KiB flash, 16 KiB RAM): the defaults of core/config.hpp are
// this board's; only what differs from them goes here.
#pragma once
