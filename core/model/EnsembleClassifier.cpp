#include "model/EnsembleClassifier.h"

#include "model/DrawingOffsets.h"
#include "model/ModelFile.h"
#include "util/Error.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace digitpad {
namespace {

constexpr std::uint32_t kMaxMembers = 16;

} // namespace

EnsembleClassifier::EnsembleClassifier(std::vector<std::unique_ptr<Classifier>> members) : members_(std::move(members)) {
    if (members_.size() < 2) throw Error("an ensemble needs at least two models");
    if (members_.size() > kMaxMembers) throw Error("an ensemble holds at most 16 models");
    for (const auto& member : members_) {
        if (!member) throw Error("an ensemble's member is missing");
        if (member->kind() == kKind) throw Error("an ensemble cannot hold another ensemble");
        member->metadata().erase("temperature");
        clearDrawingOffsets(member->metadata());
    }
}

std::string EnsembleClassifier::architecture() const {
    std::string joined;
    for (const auto& member : members_) joined += (joined.empty() ? "" : "+") + member->architecture();
    return joined;
}

std::string EnsembleClassifier::describe() const {
    std::string text = "ensemble of " + std::to_string(members_.size()) + " models (";
    for (std::size_t i = 0; i < members_.size(); ++i)
        text += (i ? " + " : "") + members_[i]->kind() + " '" + members_[i]->architecture() + "'";
    return text + "), logits averaged";
}

std::optional<Inspection> EnsembleClassifier::inspect(const Image28& image, int digit, int against) {
    return members_.front()->inspect(image, digit, against);
}

Probabilities EnsembleClassifier::predictUncalibrated(const Image28& image) {
    std::vector<Probabilities> answers;
    answers.reserve(members_.size());
    // The first member last, so that its layers hold this image for inspect().
    for (auto member = members_.rbegin(); member != members_.rend(); ++member) answers.push_back((*member)->predict(image));
    return averagedInLogits(answers);
}

std::vector<Probabilities> EnsembleClassifier::predictUncalibratedBatch(const std::vector<Image28>& images) {
    std::vector<std::vector<Probabilities>> byMember;
    byMember.reserve(members_.size());
    for (const auto& member : members_) byMember.push_back(member->predictBatch(images));
    std::vector<Probabilities> result(images.size());
    std::vector<Probabilities> answers(members_.size());
    for (std::size_t i = 0; i < images.size(); ++i) {
        for (std::size_t m = 0; m < members_.size(); ++m) answers[m] = byMember[m][i];
        result[i] = averagedInLogits(answers);
    }
    return result;
}

std::vector<Probabilities> EnsembleClassifier::predictViews(const std::vector<std::vector<Image28>>& drawings) {
    const std::size_t count = members_.size();
    std::vector<std::vector<Probabilities>> answers(drawings.size());
    // The first member last, so that it reads the first drawing last, for inspect().
    for (std::size_t m = count; m-- > 0;) {
        std::vector<std::vector<Image28>> share;
        share.reserve(drawings.size());
        for (const std::vector<Image28>& views : drawings) {
            std::vector<Image28> mine;
            for (std::size_t v = 0; v < views.size(); ++v)
                if (v == 0 || (v - 1) % count == m) mine.push_back(views[v]);
            share.push_back(std::move(mine));
        }
        const std::vector<Probabilities> read = members_[m]->predictViews(share);
        for (std::size_t d = 0; d < drawings.size(); ++d) answers[d].push_back(read[d]);
    }
    std::vector<Probabilities> result;
    result.reserve(drawings.size());
    for (const std::vector<Probabilities>& each : answers) result.push_back(applyTemperature(averagedInLogits(each), temperature()));
    return result;
}

std::unique_ptr<Classifier> EnsembleClassifier::clone() const {
    std::vector<std::unique_ptr<Classifier>> copies;
    for (const auto& member : members_) copies.push_back(member->clone());
    auto copy = std::make_unique<EnsembleClassifier>(std::move(copies));
    copy->metadata() = metadata();
    copy->Classifier::setThreads(threads());
    return copy;
}

void EnsembleClassifier::setThreads(std::size_t threads) {
    Classifier::setThreads(threads);
    for (const auto& member : members_) member->setThreads(threads);
}

std::string EnsembleClassifier::toBytes() const {
    ByteWriter payload;
    payload.u32(static_cast<std::uint32_t>(members_.size()));
    for (const auto& member : members_) writeNestedModel(payload, member->toBytes());
    ModelFile file = modelFileWithHeader();
    file.payload = payload.data();
    return encodeModelFile(file);
}

std::unique_ptr<EnsembleClassifier> EnsembleClassifier::fromModelPayload(const std::string& payload, const std::string& name,
                                                                         const MemberReader& readMember) {
    ByteReader reader(payload, name);
    const std::uint32_t count = reader.u32();
    if (count < 2 || count > kMaxMembers)
        throw Error(name + ": an ensemble of " + std::to_string(count) + " models; 2 to 16 are readable");
    std::vector<std::unique_ptr<Classifier>> members;
    for (std::uint32_t i = 0; i < count; ++i) {
        const std::optional<std::string> bytes = readNestedModel(reader);
        if (!bytes) throw Error(name + ": the ensemble's model " + std::to_string(i + 1) + " is cut short");
        const std::string memberName = name + " (model " + std::to_string(i + 1) + ")";
        std::unique_ptr<Classifier> member = readMember(*bytes, memberName);
        if (member->kind() == kKind) throw Error(memberName + ": an ensemble cannot hold another ensemble");
        members.push_back(std::move(member));
    }
    if (!reader.atEnd()) throw Error(name + ": unexpected bytes after the ensemble's models");
    return std::make_unique<EnsembleClassifier>(std::move(members));
}

} // namespace digitpad
