// Runs an ONNX model in onnxruntime-web (its WebAssembly build, under Node) on images DigitPad
// wrote, and compares the probabilities with DigitPad's own.
//   node run_onnx.mjs MODEL.onnx IMAGES.f32 EXPECTED.f32
// IMAGES: N x 784 float32 (28x28, ink 1.0); EXPECTED: N x 10 float32. Prints one JSON line.
import * as ort from 'onnxruntime-web';
import { readFileSync } from 'node:fs';

const floats = (path) => new Float32Array(new Uint8Array(readFileSync(path)).buffer);
const [modelPath, imagesPath, expectedPath] = process.argv.slice(2);
const images = floats(imagesPath);
const expected = floats(expectedPath);
const count = images.length / 784;

ort.env.wasm.numThreads = 1;
const session = await ort.InferenceSession.create(new Uint8Array(readFileSync(modelPath)));
const output = await session.run({ image: new ort.Tensor('float32', images, [count, 1, 28, 28]) });
const probabilities = output.probabilities.data;

const argmax = (values, row) => {
  let best = 0;
  for (let d = 1; d < 10; ++d) if (values[row * 10 + d] > values[row * 10 + best]) best = d;
  return best;
};
let maxDifference = 0;
let argmaxMismatches = 0;
for (let row = 0; row < count; ++row) {
  for (let d = 0; d < 10; ++d)
    maxDifference = Math.max(maxDifference, Math.abs(probabilities[row * 10 + d] - expected[row * 10 + d]));
  if (argmax(probabilities, row) !== argmax(expected, row)) ++argmaxMismatches;
}
const version = JSON.parse(readFileSync(new URL('./node_modules/onnxruntime-web/package.json', import.meta.url))).version;
console.log(JSON.stringify({
  runtime: `onnxruntime-web ${version}`,
  images: count,
  outputs: Array.from(output.probabilities.dims),
  max_difference: maxDifference,
  argmax_mismatches: argmaxMismatches,
}));
