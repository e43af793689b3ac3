module gobench

go 1.24
