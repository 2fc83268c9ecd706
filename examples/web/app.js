// The page: a pad that records strokes with pointer events, DigitPad's preprocessing and views
// (preprocess.js), and an exported model (digitpad.onnx, from `digitpad-cli export`) in
// onnxruntime-web, read as DigitPad reads a drawing (reading.js). window.digitpad holds the last
// strokes, input and reading, how many readings came back, the model's drawing offsets and why it
// did not load, for tests.
import { drawingOffsets, onnxMetadata, readDrawing } from './reading.js';

const pad = document.getElementById('pad');
const context = pad.getContext('2d');
const state = (window.digitpad = { strokes: [], input: null, result: null, readings: 0, offsets: null, error: null });
ort.env.wasm.wasmPaths = new URL('ort/', document.baseURI).href; // import() resolves against the script, not the page
ort.env.wasm.numThreads = 1;
const MODEL = 'digitpad.onnx';

async function loadModel() {
  const response = await fetch(MODEL, { cache: 'no-cache' }); // a model exported again is read after a reload
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  state.offsets = drawingOffsets(onnxMetadata(bytes));
  return ort.InferenceSession.create(bytes);
}

// A missing or damaged model says so on the page, instead of loading forever.
const session = await loadModel().catch((error) => {
  state.error = String(error.message ?? error);
  return null;
});
const idleText = session
  ? 'Draw a digit on the pad'
  : `Could not load the model (${MODEL}): ${state.error}. Export one with digitpad-cli export (docs/deploy.md).`;
document.getElementById('confidence').textContent = idleText;
document.getElementById('confidence').classList.toggle('problem', !session);

let stroke = null;
const pointOf = (event) => {
  const box = pad.getBoundingClientRect();
  // A mouse has no pressure: DigitPad draws it at the nominal width, as it does on its canvas.
  const pressure = event.pointerType === 'pen' ? event.pressure : undefined;
  return { x: event.clientX - box.left, y: event.clientY - box.top, pressure };
};
pad.addEventListener('pointerdown', (event) => {
  pad.setPointerCapture(event.pointerId);
  stroke = [pointOf(event)];
  state.strokes.push(stroke);
  paint();
});
pad.addEventListener('pointermove', (event) => {
  if (!stroke) return;
  stroke.push(pointOf(event));
  paint();
});
const endStroke = () => {
  if (!stroke) return;
  stroke = null;
  read();
};
pad.addEventListener('pointerup', endStroke);
pad.addEventListener('pointercancel', endStroke);
document.getElementById('clear').addEventListener('click', () => {
  state.strokes = [];
  state.input = state.result = null;
  paint();
  show(null);
});

function paint() {
  context.clearRect(0, 0, pad.width, pad.height);
  context.lineCap = context.lineJoin = 'round';
  context.lineWidth = 14;
  for (const s of state.strokes) {
    context.beginPath();
    s.forEach((p, i) => (i ? context.lineTo(p.x, p.y) : context.moveTo(p.x, p.y)));
    if (s.length === 1) context.lineTo(s[0].x + 0.1, s[0].y);
    context.stroke();
  }
}

// A reading is shown only if the pad still holds the strokes it read: after Clear, or once another
// stroke is down (whose own reading follows), it would show a drawing that is no longer there.
async function read() {
  if (!session) return;
  const strokes = state.strokes, count = strokes.length;
  const reading = await readDrawing(session, state.offsets, strokes);
  state.readings += 1;
  if (state.strokes !== strokes || strokes.length !== count) return;
  if (!reading) return show(null);
  const { input, ...result } = reading;
  state.input = Array.from(input);
  state.result = result;
  show(result, input);
}

function show(result, input) {
  const digit = document.getElementById('digit');
  const confidence = document.getElementById('confidence');
  const bars = document.getElementById('bars');
  bars.replaceChildren();
  if (!result) {
    digit.textContent = '?';
    digit.classList.remove('unsure');
    confidence.textContent = idleText;
    document.getElementById('input').getContext('2d').clearRect(0, 0, 28, 28);
    return;
  }
  const sure = result.confidence >= 0.9; // DigitPad warns below 90 %
  digit.textContent = String(result.digit);
  digit.classList.toggle('unsure', !sure);
  confidence.textContent = sure ? `${(result.confidence * 100).toFixed(1)}% sure`
                                 : `Not sure (${(result.confidence * 100).toFixed(0)}%): a ${result.digit}?`;
  result.probabilities.forEach((p, d) => {
    const row = document.createElement('li');
    row.className = d === result.digit ? 'best' : '';
    row.setAttribute('aria-label', `${d}: ${(p * 100).toFixed(1)}%`);
    row.innerHTML = `<span>${d}</span><span class="track"><span class="fill" style="display:block;width:${(p * 100).toFixed(1)}%"></span></span><span>${(p * 100).toFixed(1)}%</span>`;
    bars.append(row);
  });
  const preview = document.getElementById('input').getContext('2d');
  const pixels = preview.createImageData(28, 28);
  input.forEach((v, i) => {
    pixels.data.set([v * 255, v * 255, v * 255, 255], i * 4);
  });
  preview.putImageData(pixels, 0, 0);
}
