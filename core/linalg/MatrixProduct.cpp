#include "linalg/MatrixProduct.h"

#include <cstdlib>
#include <cstring>

namespace digitpad {

namespace baseline {
void multiply(const MatrixOperand& a, const MatrixOperand& b, float* result, Accumulate accumulate);
}
#if DIGITPAD_HAVE_X86_KERNELS
namespace avx2 {
void multiply(const MatrixOperand& a, const MatrixOperand& b, float* result, Accumulate accumulate);
}
namespace avx512 {
void multiply(const MatrixOperand& a, const MatrixOperand& b, float* result, Accumulate accumulate);
}
#endif

namespace {
using Kernel = void (*)(const MatrixOperand&, const MatrixOperand&, float*, Accumulate);

struct ChosenKernel {
    Kernel function;
    const char* name;
};

#if DIGITPAD_HAVE_X86_KERNELS
// libgcc's checks include the operating system's support for the wider registers.
bool cpuHasAvx2AndFma() {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}

bool cpuHasAvx512() {
    __builtin_cpu_init();
    return cpuHasAvx2AndFma() && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq");
}
#endif

// DIGITPAD_MATRIX_KERNEL=baseline (or avx2) runs that kernel on any CPU that can: how the tests
// cover each one, and how `digitpad-cli bench` measures what an older CPU gets.
[[maybe_unused]] bool requested(const char* kernel) {
    const char* chosen = std::getenv("DIGITPAD_MATRIX_KERNEL");
    return chosen != nullptr && std::strcmp(chosen, kernel) == 0;
}

ChosenKernel chooseKernel() {
#if DIGITPAD_HAVE_X86_KERNELS
    if (requested("baseline")) return {&baseline::multiply, "baseline"};
    if (cpuHasAvx512() && !requested("avx2")) return {&avx512::multiply, "avx512"};
    if (cpuHasAvx2AndFma()) return {&avx2::multiply, "avx2-fma"};
#endif
    return {&baseline::multiply, "baseline"};
}

const ChosenKernel& chosenKernel() {
    // Decided once: the CPU does not change while the program runs.
    static const ChosenKernel chosen = chooseKernel();
    return chosen;
}
} // namespace

void multiply(const MatrixOperand& a, const MatrixOperand& b, float* result, Accumulate accumulate) {
    chosenKernel().function(a, b, result, accumulate);
}

const char* matrixKernelName() { return chosenKernel().name; }

} // namespace digitpad
