module go-api

// 1.19: the oldest toolchain the code is tested with (Debian's golang-go); newer ones build it unchanged.
go 1.19
