module gort/tools/gctrace

go 1.19
