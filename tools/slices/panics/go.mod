module slicepanics

go 1.19
