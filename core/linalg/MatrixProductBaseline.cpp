// The kernel for any x86-64 CPU (and any other architecture): compiled with the project's
// ordinary flags.
#define DIGITPAD_KERNEL_NAMESPACE baseline
#include "linalg/MatrixProductKernel.inc"
