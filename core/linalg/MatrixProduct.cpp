#include "linalg/MatrixProduct.h"

#include <cstdlib>
#include <cstring>

namespace digitpad {

namespace baseline {
void multiply(const MatrixOperand& a, const MatrixOperand& b, float* result, Accumulate accumulate);
}
#if DIGITPAD_HAVE_AVX2_KERNEL
namespace avx2 {
void multiply(const MatrixOperand& a, const MatrixOperand& b, float* result, Accumulate accumulate);
}
#endif

namespace {
using Kernel = void (*)(const MatrixOperand&, const MatrixOperand&, float*, Accumulate);

#if DIGITPAD_HAVE_AVX2_KERNEL
// libgcc's check includes the operating system's support for the AVX registers.
bool cpuHasAvx2AndFma() {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}

// DIGITPAD_MATRIX_KERNEL=baseline runs the baseline kernel on any CPU: how the tests cover it,
// and how `digitpad-cli bench` measures what an older CPU gets.
bool baselineRequested() {
    const char* requested = std::getenv("DIGITPAD_MATRIX_KERNEL");
    return requested != nullptr && std::strcmp(requested, "baseline") == 0;
}
#endif

struct ChosenKernel {
    Kernel function;
    const char* name;
};

const ChosenKernel& chosenKernel() {
    // Decided once: the CPU does not change while the program runs.
    static const ChosenKernel chosen = [] {
#if DIGITPAD_HAVE_AVX2_KERNEL
        if (cpuHasAvx2AndFma() && !baselineRequested()) return ChosenKernel{&avx2::multiply, "avx2-fma"};
#endif
        return ChosenKernel{&baseline::multiply, "baseline"};
    }();
    return chosen;
}
} // namespace

void multiply(const MatrixOperand& a, const MatrixOperand& b, float* result, Accumulate accumulate) {
    chosenKernel().function(a, b, result, accumulate);
}

const char* matrixKernelName() { return chosenKernel().name; }

} // namespace digitpad
