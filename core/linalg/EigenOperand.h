#pragma once
// Eigen row-major matrices (or maps of them) as operands of the dispatched matrix product.
#include "linalg/MatrixProduct.h"

#include <Eigen/Core>

namespace digitpad {

using RowMajorMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

template <typename Dense>
MatrixOperand operand(const Dense& matrix, bool transposed = false) {
    static_assert(static_cast<int>(Dense::IsRowMajor), "the matrix product reads row-major storage");
    return MatrixOperand{matrix.data(), matrix.rows(), matrix.cols(), transposed};
}

// result = a * b (or += a * b), resizing result first when it is overwritten.
inline void multiplyInto(const MatrixOperand& a, const MatrixOperand& b, RowMajorMatrix& result,
                         Accumulate accumulate = Accumulate::No) {
    if (accumulate == Accumulate::No) result.resize(a.productRows(), b.productCols());
    multiply(a, b, result.data(), accumulate);
}

} // namespace digitpad
