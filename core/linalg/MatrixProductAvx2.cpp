// The kernel for CPUs with AVX2 and FMA: this file alone is compiled with -mavx2 -mfma.
// Eigen's namespace is renamed here so that none of its template instances, compiled with
// AVX2, can replace the baseline ones elsewhere in the program; a test checks that this
// object defines no shared (weak) symbol outside that namespace.
#define Eigen DigitPadEigenAvx2
#define DIGITPAD_KERNEL_NAMESPACE avx2
#include "linalg/MatrixProductKernel.inc"
