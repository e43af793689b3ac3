module gort/tools/fmtcorpus

go 1.19
