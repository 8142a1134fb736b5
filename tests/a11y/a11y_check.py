#!/usr/bin/python3
"""Out-of-process accessibility check of K12 Teacher, as a screen reader sees it.

Run under Xvfb and `dbus-run-session -- ...` (run_a11y.sh does): creates a
profile with one class through the CLI, starts the window with
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 on xcb, walks its AT-SPI tree on the Today
page, a class's gradebook and its roster, and fails listing every focusable,
showing element without a name or with a meaningless role. Then it types a
score into a gradebook cell through AT-SPI (the cell editor's EditableText)
and reads the database back with `k12-teacher export gradebook`.
Any missing prerequisite is a failure, never a skip.
"""
import csv, io, os, shutil, subprocess, sys, tempfile, time

try:
    import pyatspi
except ImportError as e:
    sys.exit(f"FAIL: python3-pyatspi is missing ({e}); run scripts/setup")

if len(sys.argv) != 2 or not os.access(sys.argv[1], os.X_OK):
    sys.exit("FAIL: usage: a11y_check.py PATH/TO/k12-teacher (an executable)")
BIN = sys.argv[1]
PROFILE = tempfile.mkdtemp(prefix="k12-a11y-")
failures = []


def cli(*args):
    r = subprocess.run([BIN, "--profile", PROFILE, *args], capture_output=True, text=True, timeout=60)
    if r.returncode != 0:
        sys.exit(f"FAIL: k12-teacher {' '.join(args)}: exit {r.returncode}: {r.stderr.strip()}")
    return r.stdout.strip()


def make_class():
    cid = cli("class", "add", "Biology 9", "--subject", "Biology", "--term", "Fall")
    cli("student", "add", "--class", cid, "Ada", "Lovelace", "--number", "S1")
    cli("student", "add", "--class", cid, "Alan", "Turing", "--number", "S2")
    cli("category", "add", "--class", cid, "Tests", "--weight", "100")
    cli("assignment", "add", "--class", cid, "Quiz 1", "--points", "10", "--category", "Tests", "--due", "2026-11-01")
    cli("assignment", "add", "--class", cid, "Lab 1", "--points", "20", "--category", "Tests", "--due", "2026-11-20")
    cli("grade", "set", "--class", cid, "--assignment", "Quiz 1", "--student", "S1", "--points", "8")
    cli("grade", "set", "--class", cid, "--assignment", "Lab 1", "--student", "S2", "--missing")
    cli("assignment", "add", "--class", cid, "Essay", "--points", "20", "--category", "Tests", "--due", "2026-11-25")
    cli("grade", "set", "--class", cid, "--assignment", "Essay", "--student", "S1", "--excused")
    cli("grade", "set", "--class", cid, "--assignment", "Essay", "--student", "S2", "--points", "15")
    cli("grade", "set", "--class", cid, "--assignment", "Essay", "--student", "S2", "--late")
    return cid


def exported_scores(cid):
    rows = list(csv.reader(io.StringIO(cli("export", "gradebook", "--class", cid, "--out", "-").lstrip("\ufeff"))))
    header = rows[0]
    return {(r[0], header[i]): r[i] for r in rows[2:] for i in range(2, len(r))}


def wait_for(what, pred, seconds=15.0):
    end = time.time() + seconds
    while time.time() < end:
        try:
            v = pred()
        except Exception:  # the tree changes under us while the app builds it
            v = None
        if v:
            return v
        time.sleep(0.2)
    sys.exit(f"FAIL: timed out after {seconds:.0f} s waiting for {what}")


def find_app():
    d = pyatspi.Registry.getDesktop(0)
    for i in range(d.childCount):
        a = d.getChildAtIndex(i)
        if a is not None and a.name == "k12-teacher":
            return a
    return None


def showing(o):
    return o.getState().contains(pyatspi.STATE_SHOWING)


# Roles that tell a screen reader nothing about what the element does.
MEANINGLESS = {pyatspi.ROLE_UNKNOWN, pyatspi.ROLE_FILLER, pyatspi.ROLE_PANEL, pyatspi.ROLE_INVALID,
               pyatspi.ROLE_REDUNDANT_OBJECT}


def path_of(o):
    parts = []
    while o is not None and o.getRole() != pyatspi.ROLE_APPLICATION:
        parts.append(f"{o.getRoleName()}[{o.getIndexInParent()}]")
        o = o.parent
    return "/".join(reversed(parts))


def column_header_named(cell):
    """An empty table cell is read as its column header plus "blank": fine when that header has a name.

    Qt lists a table's column headers first, then each row as an optional row header and its cells."""
    siblings = [cell.parent.getChildAtIndex(i) for i in range(cell.parent.childCount)]
    headers = [o for o in siblings if o.getRole() == pyatspi.ROLE_TABLE_COLUMN_HEADER]
    if not headers:
        return False
    i = cell.getIndexInParent()
    if any(o.getRole() == pyatspi.ROLE_TABLE_ROW_HEADER for o in siblings):
        column = 0
        while siblings[i - 1 - column].getRole() == pyatspi.ROLE_TABLE_CELL:
            column += 1
    else:
        column = (i - siblings.index(headers[0]) - len(headers)) % len(headers)
    return column < len(headers) and bool(headers[column].name.strip())


def audit(root, page):
    """Every focusable element that is showing (with all its ancestors) needs a name and a role."""
    offenders, count = [], 0
    stack = [root]
    while stack:
        o = stack.pop()
        if o is None or not showing(o):
            continue  # a hidden subtree is not on this page
        st = o.getState()
        if st.contains(pyatspi.STATE_FOCUSABLE):
            count += 1
            role = o.getRole()
            name = (o.name or "").strip()
            if role == pyatspi.ROLE_TABLE_CELL and not name and column_header_named(o):
                pass
            elif not name:
                offenders.append(f"{page}: unnamed {o.getRoleName()} at {path_of(o)}")
            elif role in MEANINGLESS and o.childCount == 0:
                # A named container whose focus goes to a child (QTabWidget's focus proxy is its tab bar)
                # is passed; a focusable leaf with no role tells the listener nothing.
                offenders.append(f"{page}: '{name}' has the meaningless role {o.getRoleName()} at {path_of(o)}")
        for i in range(o.childCount - 1, -1, -1):
            stack.append(o.getChildAtIndex(i))
    print(f"{page}: {count} focusable elements showing, {len(offenders)} without a name or role")
    for o in offenders:
        print(f"  {o}")
    return offenders


def find(root, pred):
    return pyatspi.findDescendant(root, lambda o: o is not None and showing(o) and pred(o))


def click(o):
    ext = o.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    pyatspi.Registry.generateMouseEvent(ext.x + ext.width // 2, ext.y + ext.height // 2, "b1c")


def press(keysym):
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
    time.sleep(0.15)


def select_class(frame):
    lst = wait_for("the sidebar's class list", lambda: find(
        frame, lambda o: o.getRole() == pyatspi.ROLE_LIST and o.childCount > 0
        and o.getChildAtIndex(0).name == "Biology 9"))
    item = lst.getChildAtIndex(0)
    # A click on the item, as a pointer user does (the sidebar opens the class on a click).
    ext = item.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    pyatspi.Registry.generateMouseEvent(ext.x + ext.width // 2, ext.y + ext.height // 2, "b1c")
    wait_for("the class's gradebook", lambda: find(frame, lambda o: o.getRole() == pyatspi.ROLE_TABLE_CELL
                                                   and o.name.startswith("Turing, Alan; Quiz 1")))


def open_tab(frame, title, landmark):
    tab = wait_for(f"the {title} tab", lambda: find(
        frame, lambda o: o.getRole() == pyatspi.ROLE_PAGE_TAB and o.name == title))
    tab.queryAction().doAction(0)  # a page tab's one action, "press"
    wait_for(f"the {title} page", lambda: find(frame, landmark))
    time.sleep(0.5)


def focus_after(trigger, pred, seconds=5.0):
    """The source of the first focus event after trigger() that pred accepts, or None."""
    from gi.repository import GLib
    found, loop = [], GLib.MainLoop()

    def on_focus(event):
        if event.detail1 == 1 and event.source is not None and pred(event.source) and not found:
            found.append(event.source)
            loop.quit()

    pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
    GLib.idle_add(lambda: (trigger(), False)[1])
    GLib.timeout_add(int(seconds * 1000), loop.quit)
    loop.run()
    pyatspi.Registry.deregisterEventListener(on_focus, "object:state-changed:focused")
    return found[0] if found else None


def type_score(frame, cid):
    cell = wait_for("the cell of Turing, Alan for Quiz 1", lambda: find(
        frame, lambda o: o.getRole() == pyatspi.ROLE_TABLE_CELL and o.name.startswith("Turing, Alan; Quiz 1")))
    if "not graded" not in cell.name:
        failures.append(f"gradebook: the empty cell announces '{cell.name}', not 'not graded'")
    # Every flag a cell's colour shows is also said: missing, excused, late.
    for who, column, flag in (("Turing, Alan", "Lab 1", "missing"), ("Lovelace, Ada", "Essay", "excused"),
                              ("Turing, Alan", "Essay", "late")):
        c = find(frame, lambda o: o.getRole() == pyatspi.ROLE_TABLE_CELL and o.name.startswith(f"{who}; {column};"))
        if c is None or flag not in c.name.lower() or (flag == "excused" and "not graded" in c.name):
            failures.append(f"gradebook: the {flag} cell of {who} for {column} announces '{c.name if c else None}'")
        else:
            print(f"gradebook: the {flag} cell announces '{c.name}'")
    final = find(frame, lambda o: o.getRole() == pyatspi.ROLE_TABLE_CELL and o.name.startswith("Lovelace, Ada; Final %"))
    if final is None or "80" not in final.name:
        failures.append("gradebook: the Final % cell of Lovelace, Ada does not announce student, column and value "
                        "(no cell named 'Lovelace, Ada; Final %; 80...')")
    # Focus the cell as a screen reader's review cursor does: its table takes the focus, the cell is clicked.
    ext = cell.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    pyatspi.Registry.generateMouseEvent(ext.x + ext.width // 2, ext.y + ext.height // 2, "b1c")
    time.sleep(0.3)
    # Typing in a cell opens its editor (F2 is the window's Edit Class... shortcut). Qt's table does not list
    # the editor among its children, so it is found the way a screen reader finds it: by the focus event.
    editor = focus_after(lambda: press(ord("5")), lambda o: "EditableText" in pyatspi.utils.listInterfaces(o))
    if editor is None:
        failures.append("gradebook: typing in a cell gave no focused editable text (no focus event)")
        return
    # The text is then set through the editor's EditableText, as a screen reader's text entry does.
    if not editor.queryEditableText().setTextContents("7"):
        failures.append("gradebook: the cell editor refused setTextContents")
    press(0xff0d)  # Return commits
    try:
        wait_for("the typed score in the database", lambda: exported_scores(cid).get(("Turing, Alan", "Quiz 1")) == "7")
    except SystemExit as e:
        failures.append(f"gradebook: typing 7 through AT-SPI did not reach the database ({e}); export has "
                        f"{exported_scores(cid).get(('Turing, Alan', 'Quiz 1'))!r}")
        return
    updated = wait_for("the cell's new announcement", lambda: find(
        frame, lambda o: o.getRole() == pyatspi.ROLE_TABLE_CELL and o.name.startswith("Turing, Alan; Quiz 1")
        and "7 of 10" in o.name))
    print(f"gradebook: typed 7 through AT-SPI, database has it, the cell announces '{updated.name}'")


def audit_dialog(app, frame, menu_path):
    """Opens a dialog through its menu item's AT-SPI action, audits it, closes it with its Cancel button."""
    # Clicked like a pointer user does: the item's AT-SPI action would not return until the modal dialog closes.
    before = app.childCount
    for name in menu_path:
        item = wait_for(f"the menu item {' > '.join(menu_path)}", lambda n=name: find(
            app, lambda o: o.getRole() == pyatspi.ROLE_MENU_ITEM and o.name == n))
        click(item)
        time.sleep(0.3)
    dialog = wait_for(f"the dialog of {menu_path[-1]}", lambda: app.getChildAtIndex(app.childCount - 1)
                      if app.childCount > before and showing(app.getChildAtIndex(app.childCount - 1)) else None)
    time.sleep(0.5)
    page = f"dialog {menu_path[-1]}"
    found = audit(dialog, page)
    # A wizard (the walkthrough): each page that can be reached without typing anything.
    for step in range(2, 6):
        next_button = find(dialog, lambda o: o.getRole() == pyatspi.ROLE_PUSH_BUTTON and o.name.startswith("Next")
                           and o.getState().contains(pyatspi.STATE_SENSITIVE))
        if next_button is None:
            break
        next_button.queryAction().doAction(0)
        time.sleep(0.7)
        found += audit(dialog, f"{page} page {step}")
    # A dialog in pages (Grading Settings' tabs, Preferences' list): every page, each opened by its
    # tab's action (or a click on the list's item).
    tabs = [] if dialog is None else pyatspi.findAllDescendants(
        dialog, lambda o: o is not None and o.getRole() == pyatspi.ROLE_PAGE_TAB and showing(o))
    for tab in tabs[1:]:
        tab.queryAction().doAction(0)
        time.sleep(0.5)
        found += audit(dialog, f"{page} tab {tab.name}")
    pages = find(dialog, lambda o: o.getRole() == pyatspi.ROLE_LIST and o.name == "Settings pages")
    if pages is not None:
        for i in range(1, pages.childCount):
            click(pages.getChildAtIndex(i))  # Qt's list gives AT-SPI no Selection: chosen as a pointer does
            time.sleep(0.5)
            found += audit(dialog, f"{page} page {pages.getChildAtIndex(i).name}")
    cancel = find(dialog, lambda o: o.getRole() == pyatspi.ROLE_PUSH_BUTTON and o.name in ("Cancel", "Close"))
    if cancel is None:
        found.append(f"{page}: no Cancel or Close button to leave it")
        return found
    cancel.queryAction().doAction(0)
    wait_for(f"{page} to close", lambda: app.childCount == before or not showing(dialog))
    return found


def main():
    cid = make_class()
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
    app_proc = subprocess.Popen([BIN, "--profile", PROFILE], env=env)
    try:
        app = wait_for("k12-teacher on the AT-SPI bus (is at-spi2-core installed?)",
                       lambda: find_app() or (app_proc.poll() is not None and sys.exit("FAIL: the app exited")), 30)
        frame = wait_for("the main window", lambda: app.getChildAtIndex(0) if app.childCount else None)
        wait_for("the Today page", lambda: find(frame, lambda o: o.getRole() == pyatspi.ROLE_TREE and o.name == "Today"))
        time.sleep(0.5)
        offenders = audit(frame, "Today")
        select_class(frame)
        time.sleep(0.5)
        offenders += audit(frame, "Gradebook")
        type_score(frame, cid)
        open_tab(frame, "Roster", lambda o: o.getRole() == pyatspi.ROLE_TABLE_COLUMN_HEADER and o.name == "Family name")
        offenders += audit(frame, "Roster")
        # Each page is known by something only it shows (Qt does not report a page tab's selected state).
        for title, role, landmark in (("Insight", pyatspi.ROLE_PAGE_TAB, "At risk"),
                                      ("Mastery", pyatspi.ROLE_LABEL, "Method:"),
                                      ("Plans", pyatspi.ROLE_CHECK_BOX, "Week View")):
            open_tab(frame, title, lambda o, r=role, n=landmark: o.getRole() == r and o.name.startswith(n))
            offenders += audit(frame, title)
        open_tab(frame, "Gradebook", lambda o: o.getRole() == pyatspi.ROLE_TABLE and o.name == "Gradebook")
        for menu_path in (("Students", "Add Student..."), ("Class", "Add Assignment..."),
                          ("Class", "Add Category..."), ("Class", "Edit Class..."), ("File", "New Class..."),
                          ("Help", "Getting Started Walkthrough..."), ("Settings", "Preferences..."),
                          # The rest the menus open (issue 21): each audited on every page it has.
                          ("Class", "Grading Settings..."),
                          ("Class", "Send Missing-Work Notice..."), ("File", "Backups..."), ("File", "New Term..."),
                          ("File", "Import Scores..."), ("File", "Export Gradebook..."), ("File", "Export the Year..."),
                          ("Grades", "Curve Assignment..."), ("Grades", "Grade by Assignment..."),
                          ("Grades", "Grade by Standard..."), ("Edit", "Turned In On...")):
            offenders += audit_dialog(app, frame, menu_path)
        failures.extend(offenders)
    finally:
        app_proc.terminate()
        app_proc.wait(timeout=20)
    if failures:
        print(f"FAIL: {len(failures)} problem(s) (profile kept in {PROFILE}):\n  " + "\n  ".join(failures))
        sys.exit(1)
    shutil.rmtree(PROFILE)
    print("PASS")


if __name__ == "__main__":
    main()
