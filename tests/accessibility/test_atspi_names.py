"""What a screen reader sees: starts DigitPad with Qt's AT-SPI bridge on, walks the running app's
accessibility tree (python3-pyatspi, as Orca does) on every page, and fails on any interactive
control without a name, or on probability bars that are not ten named items.

    xvfb-run -a dbus-run-session -- python3 test_atspi_names.py PATH/TO/digitpad
"""
import os
import subprocess
import sys
import tempfile
import time

import pyatspi

INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "combo box", "spin button", "slider",
               "text", "table", "list", "tree", "page tab", "menu item", "canvas", "panel"}
NEEDS_FOCUS_TO_COUNT = {"canvas", "panel"}  # a custom widget counts when it takes focus
# On Linux Qt names these by their value ("Auto", "3000"); what they are comes from a label,
# the "labelled by" relation that a QLabel's buddy gives.
LABELLED = {"combo box", "spin button"}


def labelled(node):
    return any(r.getRelationType() == pyatspi.RELATION_LABELLED_BY for r in node.getRelationSet())


def find_app(name, seconds=90):
    end = time.time() + seconds
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name and app.childCount > 0:
                return app
        time.sleep(0.2)
    raise SystemExit(f"FAIL: no application '{name}' on the accessibility bus after {seconds} s")


def walk(node, seen, out, path=""):
    """Every object below `node`, once each, with a readable path."""
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is None:
            continue
        key = (child.path if hasattr(child, "path") else id(child))
        if key in seen:
            continue
        seen.add(key)
        where = f"{path} > {child.getRoleName()} '{child.name}'"
        out.append((child, where))
        walk(child, seen, out, where)


def unnamed_controls(app):
    objects = []
    walk(app, set(), objects)
    problems = []
    for node, where in objects:
        role = node.getRoleName()
        if role not in INTERACTIVE:
            continue
        states = node.getState()
        if role in NEEDS_FOCUS_TO_COUNT and not states.contains(pyatspi.STATE_FOCUSABLE):
            continue
        if role == "list" and node.parent and node.parent.getRoleName() == "combo box":
            continue  # a combo box's own pop-up list
        if role in LABELLED and not labelled(node):
            problems.append(where + " (no label: a screen reader says only its value)")
        elif not (node.name or "").strip():
            problems.append(where)
    return objects, problems


def main():
    app_path = sys.argv[1]
    home = tempfile.mkdtemp()
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=f"{home}/.config", XDG_DATA_HOME=f"{home}/.local/share",
               XDG_CACHE_HOME=f"{home}/.cache", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
    # The registry first: an app that starts before the session's accessibility bus answers may
    # never join it (seen as a 90 s wait when another test loaded the machine).
    pyatspi.Registry.getDesktop(0).childCount
    process = subprocess.Popen([app_path], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    failures = []
    try:
        app = find_app("DigitPad")
        frame = app.getChildAtIndex(0)
        objects = []
        walk(frame, set(), objects)
        tabs = next(node for node, _ in objects if node.getRoleName() == "page tab list"
                    and any(node.getChildAtIndex(i).name == "Draw" for i in range(node.childCount)))
        pages = [tabs.getChildAtIndex(i) for i in range(tabs.childCount) if tabs.getChildAtIndex(i).getRoleName() == "page tab"]
        total = 0
        for index, page in enumerate(pages):
            switch = page.queryAction()  # what a screen reader's "activate" does on a tab
            switch.doAction(0)
            time.sleep(0.5)
            walked, problems = unnamed_controls(frame)
            controls = sum(1 for node, _ in walked if node.getRoleName() in INTERACTIVE)
            total += controls
            print(f"page '{page.name}': {len(walked)} objects, {controls} controls, {len(problems)} unnamed")
            failures += [f"page '{page.name}': unnamed {p}" for p in problems]
            if page.name == "Draw":
                bars = [node for node, _ in walked if node.name == "Probability of each digit"]
                items = [bars[0].getChildAtIndex(i) for i in range(bars[0].childCount)] if bars else []
                named = [item.name for item in items if item is not None]
                print(f"  probability bars: {named}")
                if len(named) != 10 or any(not n.startswith(f"{d}: ") for d, n in enumerate(named)):
                    failures.append(f"the probability bars are not ten named items: {named}")
        print(f"{len(pages)} pages, {total} controls walked")
    finally:
        process.terminate()
        process.wait(timeout=30)
    for failure in dict.fromkeys(failures):
        print("FAIL:", failure)
    return 1 if failures else 0


sys.exit(main())
