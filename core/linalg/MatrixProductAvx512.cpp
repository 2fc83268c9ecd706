// The kernel for CPUs with AVX-512 (F and DQ, which Eigen's 16-float packets use) and FMA: this
// file alone is compiled for those instructions. Eigen's namespace is renamed here, as in the
// AVX2 kernel, so that none of its template instances can replace the baseline ones elsewhere.
#define Eigen DigitPadEigenAvx512
#define DIGITPAD_KERNEL_NAMESPACE avx512
#include "linalg/MatrixProductKernel.inc"
