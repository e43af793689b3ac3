module footprint

go 1.22
