// How DigitPad turns an exported model's outputs into a drawing's reading: the model reads every
// view of the drawing (preprocess.js), their log-probabilities are averaged (which averages the
// network's scores, as DigitPad's reader does before its temperature), and the model's
// drawing_offsets, one per digit, are added before normalizing (core/model/DrawingOffsets.h).
import { drawingViews, preprocessStrokes } from './preprocess.js';

const PIXELS = 28 * 28;

// The ONNX file's metadata_props (ModelProto field 14, each a key (1) and a value (2)), read from
// protobuf's wire format: onnxruntime-web does not expose them.
export function onnxMetadata(bytes) {
  const fields = (start, end) => {
    const found = [];
    let i = start;
    const varint = () => {
      let value = 0;
      for (let shift = 0; ; shift += 7) {
        if (i >= end) throw new Error('not an ONNX file');
        const byte = bytes[i++];
        value += (byte & 0x7f) * 2 ** shift;
        if (!(byte & 0x80)) return value;
      }
    };
    while (i < end) {
      const tag = varint(), type = tag % 8;
      if (type === 0) varint();
      else if (type === 1) i += 8;
      else if (type === 5) i += 4;
      else if (type === 2) {
        const length = varint();
        found.push({ field: Math.floor(tag / 8), start: i, end: i + length });
        i += length;
      } else throw new Error('not an ONNX file');
    }
    if (i !== end) throw new Error('not an ONNX file');
    return found;
  };
  const text = new TextDecoder();
  const metadata = {};
  for (const entry of fields(0, bytes.length).filter((f) => f.field === 14)) {
    const parts = fields(entry.start, entry.end);
    const part = (n) => parts.find((f) => f.field === n);
    const key = part(1), value = part(2);
    if (key) metadata[text.decode(bytes.subarray(key.start, key.end))] = value ? text.decode(bytes.subarray(value.start, value.end)) : '';
  }
  return metadata;
}

const MAX_OFFSET = 20; // core/model/DrawingOffsets.h's kMaxDrawingOffset
const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/; // what DigitPad writes and reads back

// The model's drawing_offsets as ten numbers, or ten zeros when it has none. A value DigitPad would
// refuse is refused here too, so the page names it instead of reading without the offsets.
export function drawingOffsets(metadata) {
  const text = metadata.drawing_offsets;
  if (text === undefined) return new Array(10).fill(0);
  const parts = text.split(',');
  const numbers = parts.map(Number);
  const valid = parts.length === 10 && parts.every((part) => NUMBER.test(part))
    && numbers.every((n) => Number.isFinite(n) && Math.abs(n) <= MAX_OFFSET);
  if (!valid) throw new Error(`drawing_offsets '${text}' is not ten numbers in [-20, 20], comma-separated`);
  return numbers;
}

// strokes as preprocess.js takes them. Returns { input: the drawing's own 28x28 image, views: how
// many were read, digit, confidence, probabilities }, or null for an empty drawing or a dot.
export async function readDrawing(session, offsets, strokes) {
  const inputs = drawingViews(strokes).map(preprocessStrokes).filter((input) => input);
  if (inputs.length === 0) return null;
  const batch = new Float32Array(inputs.length * PIXELS);
  inputs.forEach((input, i) => batch.set(input, i * PIXELS));
  const { probabilities } = await session.run({ image: new ort.Tensor('float32', batch, [inputs.length, 1, 28, 28]) });
  const scores = offsets.map((offset, d) => {
    let sum = 0;
    for (let view = 0; view < inputs.length; ++view) sum += Math.log(Math.max(probabilities.data[view * 10 + d], 1e-38));
    return sum / inputs.length + offset;
  });
  const top = Math.max(...scores);
  const weights = scores.map((score) => Math.exp(score - top));
  const total = weights.reduce((a, b) => a + b, 0);
  const p = weights.map((w) => w / total);
  const digit = p.indexOf(Math.max(...p));
  return { input: inputs[0], views: inputs.length, digit, confidence: p[digit], probabilities: p };
}
