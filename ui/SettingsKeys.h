#pragma once
// Every key DigitPad keeps in QSettings, in one place: a key spelt twice is a setting that is
// saved under one name and read under another. docs/user-guide.md says where the file lives.
namespace digitpad::settings_key {

inline constexpr char kModelPath[] = "model/path";          // the model in use; absent: the bundled one
inline constexpr char kWindowGeometry[] = "window/geometry";
inline constexpr char kDrawMode[] = "draw/mode";            // read as a digit, a number, or either

inline constexpr char kMnistFolder[] = "train/folder";      // the MNIST folder the person chose
inline constexpr char kTrainArchitecture[] = "train/architecture";
inline constexpr char kTrainEpochs[] = "train/epochs";
inline constexpr char kTrainBatch[] = "train/batch";
inline constexpr char kTrainLearningRate[] = "train/learningRate";
inline constexpr char kTrainSubset[] = "train/subset";
inline constexpr char kTrainValidation[] = "train/validation"; // percent held out
inline constexpr char kTrainAugment[] = "train/augment";
inline constexpr char kTrainThreads[] = "train/threads";       // 0: one per usable core
inline constexpr char kClassicImages[] = "models/images";      // the Models page's training images

// Where each kind of file dialog last was.
inline constexpr char kLanguage[] = "language"; // View > Language; absent: the system's
inline constexpr char kDialogModels[] = "dialogs/models";
inline constexpr char kDialogExports[] = "dialogs/exports";
inline constexpr char kDialogSamples[] = "dialogs/samples";
inline constexpr char kDialogMnist[] = "dialogs/mnist";
inline constexpr char kDialogPictures[] = "dialogs/pictures";

} // namespace digitpad::settings_key
