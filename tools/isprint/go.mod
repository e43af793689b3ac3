module gort/tools/isprint

go 1.19
