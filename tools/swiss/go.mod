module swiss

go 1.24
