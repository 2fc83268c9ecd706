#include "support/SyntheticMnist.h"

#include "data/Idx.h"
#include "support/SyntheticDigits.h"
#include "util/FileIo.h"

#include <cmath>

namespace digitpad::testing {

void writeSyntheticMnist(const QString& folder, int perDigit, unsigned seed) {
    const Dataset set = syntheticDataset(perDigit, seed);
    IdxArray images, labels;
    images.dims = {static_cast<std::uint32_t>(set.size()), 28, 28};
    labels.dims = {static_cast<std::uint32_t>(set.size())};
    for (std::size_t i = 0; i < set.size(); ++i) {
        images.data.insert(images.data.end(), set.images[i].bytes().begin(), set.images[i].bytes().end());
        labels.data.push_back(set.labels[i]);
    }
    for (const char* split : {"train", "t10k"}) {
        writeFileAtomically((folder + "/" + split + "-images-idx3-ubyte").toStdString(), encodeIdx(images));
        writeFileAtomically((folder + "/" + split + "-labels-idx1-ubyte").toStdString(), encodeIdx(labels));
    }
}

} // namespace digitpad::testing
