// DigitPad's preprocessing of pen strokes, in JavaScript: the second implementation of the recipe
// in core/preprocess/StrokeRasterizer.cpp and InkBuffer.cpp (docs/deploy.md#preprocessing), step
// for step and in the same arithmetic, and of the six views of core/preprocess/DrawingViews.cpp,
// so a page feeds an exported model what DigitPad would. tests/web/test_web_page.py checks the
// two against each other.
const SIDE = 28;            // the model's input: 28x28
const SCALE = 4;            // ink is drawn on 4x4 samples per pixel, then area-averaged
const SAMPLES = SIDE * SCALE;
const FIT_BOX = 20;         // MNIST's digits fill a 20x20 box in the middle of the field
const BOX_ORIGIN = (SIDE - FIT_BOX) / 2;
const PEN_WIDTH = 2.4;      // in 28x28 pixels at nominal pressure
const CENTRE = 14;          // the centre of mass goes to pixel (14, 14)

const SLANT = 0.15;         // the views' slant, turn (radians) and narrowing
const TURN = 0.15;
const NARROWED = 0.8;

const isUsable = (p) => Number.isFinite(p.x) && Number.isFinite(p.y);
const usablePoints = (strokes) => strokes.flat().filter(isUsable);

// The box around the points (core/preprocess/InkBox.cpp); null when there are none.
function inkBox(points) {
  if (points.length === 0) return null;
  const xs = points.map((p) => p.x), ys = points.map((p) => p.y);
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

// How much of the nominal pen width a point is drawn at: 0.5 to 1.5 with pen pressure, 1 without.
export function penWidthFactor(pressure) {
  return pressure === undefined || !(pressure >= 0) ? 1 : 0.5 + Math.min(pressure, 1);
}

// strokes: [[{x, y, pressure?}, ...], ...] in any units (y down). Returns a Float32Array of 784
// values, row by row, ink 1.0 on 0.0; or null for an empty drawing or a single dot.
export function preprocessStrokes(strokes) {
  const points = usablePoints(strokes);
  const box = inkBox(points);
  if (!box) return null;
  const { left, right, top, bottom } = box;
  const width = right - left, height = bottom - top, extent = Math.max(width, height);
  if (extent <= Math.max(Math.abs(left), Math.abs(right), Math.abs(top), Math.abs(bottom), 1) * 1e-9) return null;

  // The widest pen and the strokes together fill the 20x20 box along the longer side.
  const widestPen = PEN_WIDTH * Math.max(...points.map((p) => penWidthFactor(p.pressure)));
  const scale = (FIT_BOX - widestPen) / extent;
  const offsetX = BOX_ORIGIN + widestPen / 2 + (extent - width) * scale / 2;
  const offsetY = BOX_ORIGIN + widestPen / 2 + (extent - height) * scale / 2;
  const ink = new Uint8Array(SAMPLES * SAMPLES);
  for (const stroke of strokes) {
    let previous = null;
    for (const p of stroke) {
      if (!isUsable(p)) continue;
      const current = { x: offsetX + (p.x - left) * scale, y: offsetY + (p.y - top) * scale,
                        radius: PEN_WIDTH * penWidthFactor(p.pressure) / 2 };
      inkSegment(ink, previous ?? current, current);
      previous = current;
    }
  }
  return centredImage(ink);
}

// The drawing as DigitPad reads it: itself, then slanted by 0.15 either way, turned by 0.15 rad
// either way and narrowed to 80 %, about the middle of the ink's box. People slant and turn their
// digits more than MNIST's writers did; the reader averages what the model says of every view.
export function drawingViews(strokes) {
  const box = inkBox(usablePoints(strokes));
  if (!box) return [strokes];
  const middleX = (box.left + box.right) / 2, middleY = (box.top + box.bottom) / 2;
  const c = Math.cos(TURN), s = Math.sin(TURN);
  const maps = [[1, SLANT, 0, 1], [1, -SLANT, 0, 1], [c, -s, s, c], [c, s, -s, c], [NARROWED, 0, 0, 1]];
  const view = ([xx, xy, yx, yy]) => strokes.map((stroke) => stroke.map((p) => {
    const x = p.x - middleX, y = p.y - middleY;
    return { ...p, x: middleX + xx * x + xy * y, y: middleY + yx * x + yy * y };
  }));
  return [strokes, ...maps.map(view)];
}

// Inks the samples whose centres lie within the pen along segment ab, its radius going from a's to b's.
function inkSegment(ink, a, b) {
  const dx = b.x - a.x, dy = b.y - a.y, lengthSquared = dx * dx + dy * dy;
  const perX = lengthSquared > 0 ? dx / lengthSquared : 0, perY = lengthSquared > 0 ? dy / lengthSquared : 0;
  const reach = Math.max(a.radius, b.radius);
  const v0 = Math.max(Math.floor((Math.min(a.y, b.y) - reach) * SCALE), 0);
  const v1 = Math.min(Math.ceil((Math.max(a.y, b.y) + reach) * SCALE), SAMPLES - 1);
  const u0 = Math.max(Math.floor((Math.min(a.x, b.x) - reach) * SCALE), 0);
  const u1 = Math.min(Math.ceil((Math.max(a.x, b.x) + reach) * SCALE), SAMPLES - 1);
  for (let v = v0; v <= v1; ++v) {
    const py = (v + 0.5) / SCALE, alongY = (py - a.y) * perY;
    for (let u = u0; u <= u1; ++u) {
      const px = (u + 0.5) / SCALE;
      const t = Math.min(Math.max((px - a.x) * perX + alongY, 0), 1);
      const ex = px - (a.x + t * dx), ey = py - (a.y + t * dy);
      const radius = a.radius + t * (b.radius - a.radius);
      if (ex * ex + ey * ey <= radius * radius) ink[v * SAMPLES + u] = 1;
    }
  }
}

// Shifts the ink so that its centre of mass falls on pixel (14, 14), by whole samples, and
// area-averages it down to 28x28; ink shifted out of the field is dropped.
function centredImage(ink) {
  let mass = 0, sumX = 0, sumY = 0;
  for (let v = 0; v < SAMPLES; ++v)
    for (let u = 0; u < SAMPLES; ++u)
      if (ink[v * SAMPLES + u]) { mass += 1; sumX += u; sumY += v; }
  const image = new Float32Array(SIDE * SIDE);
  if (mass === 0) return image;
  const roundHalfAway = (x) => (x < 0 ? -Math.round(-x) : Math.round(x)); // C's lround
  const shiftU = roundHalfAway((CENTRE - ((sumX / mass + 0.5) / SCALE - 0.5)) * SCALE);
  const shiftV = roundHalfAway((CENTRE - ((sumY / mass + 0.5) / SCALE - 0.5)) * SCALE);
  for (let y = 0; y < SIDE; ++y)
    for (let x = 0; x < SIDE; ++x) {
      let sum = 0;
      for (let dv = 0; dv < SCALE; ++dv)
        for (let du = 0; du < SCALE; ++du) {
          const u = x * SCALE + du - shiftU, v = y * SCALE + dv - shiftV;
          if (u >= 0 && u < SAMPLES && v >= 0 && v < SAMPLES) sum += ink[v * SAMPLES + u];
        }
      image[y * SIDE + x] = Math.min(1, sum / (SCALE * SCALE));
    }
  return image;
}
