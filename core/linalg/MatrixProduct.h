#pragma once
// The one dense matrix product the CNN layers and the SVM use. It picks, once, at run time,
// a kernel built for AVX2 + FMA when the CPU has them and a baseline x86-64 (SSE2) kernel
// otherwise, so one installed binary runs on every x86-64 CPU and is fast on recent ones.
#include <cstddef>

namespace digitpad {

// A row-major matrix in memory, read as its transpose when `transposed` is set.
struct MatrixOperand {
    const float* data;
    std::ptrdiff_t rows, cols; // as stored
    bool transposed = false;
    // Floats from the start of one stored row to the next (0: cols): a block of columns of a
    // wider matrix.
    std::ptrdiff_t rowStride = 0;

    std::ptrdiff_t productRows() const { return transposed ? cols : rows; }
    std::ptrdiff_t productCols() const { return transposed ? rows : cols; }
};

enum class Accumulate { No, Yes };

// result (a.productRows() x b.productCols(), row-major) = a * b, or += a * b.
// a.productCols() must equal b.productRows(); result must not overlap a or b.
void multiply(const MatrixOperand& a, const MatrixOperand& b, float* result, Accumulate accumulate = Accumulate::No);

// Which kernel multiply() uses on this CPU: "avx512", "avx2-fma" or "baseline".
const char* matrixKernelName();

} // namespace digitpad
