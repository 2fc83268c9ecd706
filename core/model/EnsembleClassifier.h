#pragma once
// Several independently trained models read each image, and their answers are put together in
// logit space (the average of their log-probabilities, renormalized): networks that learnt from
// different seeds and data make different mistakes, so where they disagree the ensemble is less
// sure and more often right than any of them.
#include "model/Classifier.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace digitpad {

class EnsembleClassifier final : public Classifier {
public:
    // Takes the members; each one's own temperature is set aside (the ensemble has one of its own,
    // fitted on the averaged logits). Throws Error for fewer than two members.
    explicit EnsembleClassifier(std::vector<std::unique_ptr<Classifier>> members);

    static constexpr const char* kKind = "ensemble";
    std::string kind() const override { return kKind; }
    // The members' architectures joined by '+', e.g. "default+default".
    std::string architecture() const override;
    std::string describe() const override;

    std::size_t memberCount() const { return members_.size(); }
    const Classifier& member(std::size_t index) const { return *members_.at(index); }

    // What the first member looked at: its saliency explains the ensemble's reading well when
    // the members agree, which is when anyone asks (a doubtful reading shows its runner-up too).
    std::optional<Inspection> inspect(const Image28& image, int digit = -1, int against = -1) override;

    // Every member reads the drawing itself; the other views are dealt out among the members in
    // turn, so reading a drawing costs about one pass a view plus one a member, not one a view
    // per member, and each member's answer still differs from the others' in what it saw.
    std::vector<Probabilities> predictViews(const std::vector<std::vector<Image28>>& drawings) override;

    std::unique_ptr<Classifier> clone() const override;
    std::string toBytes() const override;
    void setThreads(std::size_t threads) override;

    // Reads an ensemble file's payload; `readMember` turns each member's bytes into a model (the
    // catalogue's reader of every known kind).
    using MemberReader = std::function<std::unique_ptr<Classifier>(const std::string& bytes, const std::string& name)>;
    static std::unique_ptr<EnsembleClassifier> fromModelPayload(const std::string& payload, const std::string& name,
                                                                const MemberReader& readMember);

protected:
    Probabilities predictUncalibrated(const Image28& image) override;
    std::vector<Probabilities> predictUncalibratedBatch(const std::vector<Image28>& images) override;

private:
    std::vector<std::unique_ptr<Classifier>> members_;
};

} // namespace digitpad
