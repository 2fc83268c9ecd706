"""The web example (examples/web) in headless Chromium: draws three digits on its pad with real
pointer events, and checks that the page reads each as `digitpad-cli predict` reads the same
strokes, from a 28x28 input within 2/255 of DigitPad's, with a model `digitpad-cli export` wrote:
the same digit as the bundled model, and, in six views with the drawing offsets, probabilities
within 1e-4 of the exported network's own (the file brought back by `digitpad-cli import`, which
reads without the bundled model's second opinion, as the page must).

    python3 test_web_page.py DIGITPAD_CLI SOURCE_DIR
"""
import http.server
import json
import math
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial

from selenium import webdriver
from selenium.webdriver.common.actions import interaction
from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.common.actions.pointer_input import PointerInput
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

cli, source = sys.argv[1:3]
TOLERANCE = 2 / 255
PROBABILITY_TOLERANCE = 1e-4


def ellipse(cx, cy, rx, ry, count=36):
    return [[(cx + rx * math.sin(2 * math.pi * i / count), cy - ry * math.cos(2 * math.pi * i / count)) for i in range(count + 1)]]


# Three digits as a person would draw them, in a unit box; each a list of strokes.
DIGITS = {
    7: [[(0.25, 0.2), (0.75, 0.2), (0.42, 0.85)]],
    0: ellipse(0.5, 0.5, 0.2, 0.32),
    4: [[(0.45, 0.15), (0.28, 0.6), (0.75, 0.6)], [(0.62, 0.35), (0.62, 0.88)]],
}


def dense(stroke, side, step=4.0):
    """The polyline in canvas pixels, a point every `step` pixels, as a hand moves the mouse."""
    points = [(x * side, y * side) for x, y in stroke]
    out = [points[0]]
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        n = max(1, int(math.hypot(x1 - x0, y1 - y0) / step))
        out += [(x0 + (x1 - x0) * k / n, y0 + (y1 - y0) * k / n) for k in range(1, n + 1)]
    return [(round(x), round(y)) for x, y in out]


def stage(folder):
    for name in ("index.html", "app.js", "preprocess.js", "reading.js", "style.css"):
        shutil.copy(os.path.join(source, "examples/web", name), folder)
    ort = os.path.join(source, "tests/onnx/node_modules/onnxruntime-web/dist")
    os.mkdir(os.path.join(folder, "ort"))
    for name in ("ort.wasm.min.js", "ort-wasm-simd-threaded.wasm", "ort-wasm-simd-threaded.mjs"):
        shutil.copy(os.path.join(ort, name), os.path.join(folder, "ort"))
    subprocess.run([cli, "export", "--out", os.path.join(folder, "digitpad.onnx")], check=True, capture_output=True)
    subprocess.run([cli, "import", "--onnx", os.path.join(folder, "digitpad.onnx"), "--out", os.path.join(folder, "network.dpm")],
                   check=True, capture_output=True)


def serve(folder):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".mjs": "text/javascript",
                          ".wasm": "application/wasm"}

        def log_message(self, *args):
            pass

        def end_headers(self):
            # The test rewrites digitpad.onnx within a second: no cached copy may answer for it.
            self.send_header("Cache-Control", "no-store")
            super().end_headers()

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=folder))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def start_chromedriver():
    """chromedriver on a free loopback port, spoken to by address: a fresh minimal Debian may not
    resolve "localhost", which Selenium's own Service waits on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(["/usr/bin/chromedriver", f"--port={port}"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    for _ in range(200):
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return process, f"http://127.0.0.1:{port}"
        time.sleep(0.05)
    process.kill()
    raise RuntimeError("chromedriver did not start")


def draw(driver, canvas, strokes):
    side = canvas.size["width"]
    actions = ActionBuilder(driver, mouse=PointerInput(interaction.POINTER_MOUSE, "mouse"), duration=0)
    for stroke in strokes:
        points = dense(stroke, side)
        # Offsets from the canvas's centre, as WebDriver counts them.
        actions.pointer_action.move_to(canvas, points[0][0] - side // 2, points[0][1] - side // 2).pointer_down()
        for x, y in points[1:]:
            actions.pointer_action.move_to(canvas, x - side // 2, y - side // 2)
        actions.pointer_action.pointer_up()
    actions.perform()


def digitpad_reading(folder, strokes, model=None):
    path = os.path.join(folder, "strokes.json")
    with open(path, "w") as f:
        json.dump({"strokes": [[[p["x"], p["y"]] for p in s] for s in strokes]}, f)
    command = [cli, "predict", "--strokes", path, "--input"] + (["--model", model] if model else [])
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def with_bad_offsets(model):
    """The exported model with its drawing_offsets made unreadable: one comma becomes a semicolon,
    which keeps every protobuf length as it was."""
    key = model.index(b"drawing_offsets")
    value = model.index(b"\x12", key + len(b"drawing_offsets"))
    comma = model.index(b",", value)
    return model[:comma] + b";" + model[comma + 1:]


CLEAR_WHILE_READING = """
const pad = document.getElementById('pad'), box = pad.getBoundingClientRect();
const at = (type, x, y) => pad.dispatchEvent(new PointerEvent(type, {pointerId: 1, pointerType: 'mouse', isPrimary: true,
    buttons: type === 'pointerup' ? 0 : 1, clientX: box.left + x, clientY: box.top + y, bubbles: true}));
const before = window.digitpad.readings;
at('pointerdown', 160, 60);
for (let y = 60; y <= 260; y += 10) at('pointermove', 160, y);
at('pointerup', 160, 260);
document.getElementById('clear').click();  // in the same task: the stroke's reading is still running
return before;
"""


def clear_while_reading_leaves_the_pad_blank(driver):
    """Clear pressed while the last stroke is being read: the reading that comes back afterwards
    is not shown on the blank pad."""
    before = driver.execute_script(CLEAR_WHILE_READING)
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return window.digitpad.readings") > before)
    page = driver.execute_script("return window.digitpad")
    shown = driver.find_element(By.ID, "digit").text
    print(json.dumps({"cleared_while_reading": shown, "result": page["result"], "strokes": len(page["strokes"])}))
    if shown != "?" or page["result"] is not None or page["input"] is not None:
        return [f"a reading that came back after Clear is shown on the blank pad ({shown!r})"]
    return []


def unloadable_models_are_named(driver, folder, server):
    """A damaged model file, or one whose drawing_offsets DigitPad would refuse: the page says it
    could not load it, instead of loading forever or reading without the offsets."""
    path = os.path.join(folder, "digitpad.onnx")
    with open(path, "rb") as f:
        exported = f.read()
    failures = []
    for name, model, expected in (("damaged_model", b"\x0a\xff\xff not an ONNX file", "Could not load"),
                                  ("bad_offsets", with_bad_offsets(exported), "is not ten numbers")):
        with open(path, "wb") as f:
            f.write(model)
        driver.get(f"http://127.0.0.1:{server.server_address[1]}/index.html")
        shown = lambda d: d.find_element(By.ID, "confidence").text
        try:
            WebDriverWait(driver, 30).until(lambda d: shown(d).startswith("Could not load") and expected in shown(d))
        except Exception:
            failures.append(f"{name}: the page shows {shown(driver)!r}")
            continue
        print(json.dumps({name: shown(driver)}))
    with open(path, "wb") as f:
        f.write(exported)
    return failures


def main():
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        stage(folder)
        server = serve(folder)
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        # A pipe, not a local port, between chromedriver and the browser: a fresh minimal Debian
        # may not resolve "localhost" (no /etc/hosts), where chromedriver would look for it.
        for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=900,700",
                     "--remote-debugging-pipe"):
            options.add_argument(flag)
        chromedriver, address = start_chromedriver()
        driver = webdriver.Remote(command_executor=address, options=options)
        try:
            driver.get(f"http://127.0.0.1:{server.server_address[1]}/index.html")
            WebDriverWait(driver, 60).until(
                lambda d: d.find_element(By.ID, "confidence").text == "Draw a digit on the pad")
            canvas = driver.find_element(By.ID, "pad")
            readings = 0
            for label, strokes in DIGITS.items():
                draw(driver, canvas, strokes)
                readings += len(strokes)  # the page reads the drawing at the end of every stroke
                WebDriverWait(driver, 30).until(
                    lambda d: d.execute_script("return window.digitpad.readings") >= readings)
                page = driver.execute_script("return window.digitpad")
                ours = digitpad_reading(folder, page["strokes"])
                network = digitpad_reading(folder, page["strokes"], os.path.join(folder, "network.dpm"))
                difference = max(abs(a - b) for a, b in zip(page["input"], ours["input"]))
                probability_difference = max(abs(a - b) for a, b in
                                             zip(page["result"]["probabilities"], network["probabilities"]))
                shown = driver.find_element(By.ID, "digit").text
                print(json.dumps({"drawn": label, "page": page["result"]["digit"], "shown": shown,
                                  "page_confidence": round(page["result"]["confidence"], 4), "digitpad": ours["digit"],
                                  "views": page["result"]["views"], "points": sum(len(s) for s in page["strokes"]),
                                  "largest_input_difference": difference,
                                  "largest_probability_difference": probability_difference}))
                if page["result"]["digit"] != ours["digit"] or shown != str(ours["digit"]):
                    failures.append(f"{label}: the page read {page['result']['digit']}, DigitPad {ours['digit']}")
                if ours["digit"] != label:
                    failures.append(f"{label}: DigitPad read it as {ours['digit']}")
                if difference > TOLERANCE:
                    failures.append(f"{label}: the page's 28x28 input is {difference:.4f} from DigitPad's")
                if page["result"]["views"] != 6:
                    failures.append(f"{label}: the page read {page['result']['views']} views, not DigitPad's six")
                if probability_difference > PROBABILITY_TOLERANCE:
                    failures.append(f"{label}: the page's probabilities are {probability_difference:.2e} from the network's")
                driver.find_element(By.ID, "clear").click()
                WebDriverWait(driver, 10).until(lambda d: d.execute_script("return window.digitpad.strokes.length") == 0)
            failures += clear_while_reading_leaves_the_pad_blank(driver)
            failures += unloadable_models_are_named(driver, folder, server)
        finally:
            driver.quit()
            chromedriver.terminate()
            chromedriver.wait()
            server.shutdown()
    for failure in failures:
        print("FAIL:", failure)
    print(f"web page: {len(DIGITS)} digits drawn, {len(failures)} problems")
    return 1 if failures else 0


sys.exit(main())
