package main

import (
	"fmt"
	"math"
)

// Floats from a fixed pseudo-random sequence: raw bit patterns (every exponent, subnormals) and short decimals whose
// rounding ties at 1-3 digits, to check shortest formatting and correct rounding beyond the hand-picked values.
func fuzzValues() []value {
	var out []value
	x := uint64(0x9E3779B97F4A7C15)
	next := func() uint64 {
		// xorshift64*
		x ^= x >> 12
		x ^= x << 25
		x ^= x >> 27
		return x * 2685821657736338717
	}
	for i := 0; i < 120; i++ {
		f := math.Float64frombits(next())
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		out = append(out, value{fmt.Sprintf("fz64_%d", i), "fuzzfloat", f})
	}
	for i := 0; i < 60; i++ {
		f := math.Float32frombits(uint32(next() >> 32))
		if f != f || math.IsInf(float64(f), 0) {
			continue
		}
		out = append(out, value{fmt.Sprintf("fz32_%d", i), "fuzzfloat", f})
	}
	for i := 0; i < 80; i++ {
		// k/8, k/40 and k/1000 with k random: halfway cases for %.0f %.1f %.2f and friends
		k := float64(next()%200000) - 100000
		d := []float64{8, 40, 1000, 16}[i%4]
		out = append(out, value{fmt.Sprintf("fzdec_%d", i), "fuzzfloat", k / d})
	}
	return out
}

func init() {
	groups["fuzzfloat"] = []string{"%v", "%.17g", "%.3e", "%.0f", "%.1f", "%.2f", "%g", "%x", "%.4x", "%b"}
}
