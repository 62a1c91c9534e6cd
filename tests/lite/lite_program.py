# Runs inside Pyodide (run_pyodide.mjs), with xlsmart and xlwings installed by micropip and the
# environment xlwings Lite sets. /job/payload.json says what to do; the result is this file's last
# expression, a JSON string. Nothing here judges a result: the pytest side compares.
import json
import sys
import threading
import time
import types

started_threads = []
_start = threading.Thread.start


def _record_start(self, *args, **kwargs):
    started_threads.append(self.name)
    return _start(self, *args, **kwargs)


threading.Thread.start = _record_start
HEAVY = ("numpy", "pandas", "lxml", "openpyxl", "python_calamine", "isal", "fastapi", "uvicorn")
before = set(sys.modules)

with open("/job/payload.json") as payload_file:
    payload = json.load(payload_file)

import xlwings as xw  # noqa: E402
import xlwings.server  # noqa: E402

after_xlwings = set(sys.modules)


def load_main(path):
    """main.py as xlwings Lite loads it: the module's source run into a module named main."""
    module = types.ModuleType("main")
    with open(path) as source:
        exec(compile(source.read(), path, "exec"), module.__dict__)
    sys.modules["main"] = module
    return module


main = load_main(payload["main"])
import xlsmart.lite  # noqa: E402  (main.py imported it already; named here for the direct calls)

sys.path.insert(0, "/lite")
import standin  # noqa: E402


async def run():
    out = {"python": sys.version.split()[0], "xlwings": xw.__version__}
    meta = xlwings.server.custom_functions_meta(main)
    out["functions"] = {f["name"]: [p["name"] for p in f["parameters"]] for f in meta["functions"]}
    out["scripts"] = sorted(s["function_name"] for s in xlwings.server.custom_scripts_meta(main))
    if "goals" in payload:  # the core itself, on real sentences
        import datetime

        day = datetime.date.fromisoformat(payload["as_of"])
        results = []
        for text in payload["goals"]:
            r = xlsmart.smart_check(text, today=day)
            results.append([r.score, r.failed, r.gaps()])
        out["goals"] = results
        out["kpi"] = [xlsmart.kpi_status(*args, as_of=day) for args in payload["kpis"]]
    calls = []
    for name, args in payload.get("calls", []):
        direct = getattr(xlsmart.lite, name)(*[standin.decode(a) for a in args])
        matrices = [a if isinstance(a, list) else [[a]] for a in args]
        data = {"func_name": name, "args": matrices, "version": xw.__version__, "client": "Office.js",
                "runtime": "1.4", "culture_info_name": "en-US", "date_format": None}
        via_lite = await xlwings.server.custom_functions_call(data, main)
        calls.append({"direct": direct, "lite": via_lite})
    out["calls"] = calls
    if "book" in payload:
        book = standin.Book.from_json(payload["book"])
        timings = []
        for step in payload.get("steps", ["validate"]):
            mark = len(book.actions)
            t0 = time.perf_counter()
            await xlwings.server.custom_scripts_call(main, step, typehint_to_value={xw.Book: book})
            timings.append(time.perf_counter() - t0)
            out.setdefault("steps", []).append({"step": step, "actions": [list(a) for a in book.actions[mark:]],
                                                "state": book.state(), "reads": book.reads})
        out["script_seconds"] = timings
    if payload.get("real_book"):
        # The script once more, on xlwings' own Lite book (xlwings/pro/_xlremote.py) built from the
        # JSON Excel sends, with the one JS call it makes for fills answered here ("no fill").
        import js

        js.eval("""globalThis.xlwings = {getRangeData: async (sheet, address, keys) => {
            const [a, b] = address.replaceAll('$', '').split(':');
            const cell = (ref) => { const m = /^([A-Z]+)(\\d+)$/.exec(ref);
                let col = 0; for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
                return [Number(m[2]), col]; };
            const [r1, c1] = cell(a), [r2, c2] = b ? cell(b) : [r1, c1];
            globalThis.xlwingsReads = (globalThis.xlwingsReads || 0) + 1;
            return {colors: Array.from({length: r2 - r1 + 1}, () => Array(c2 - c1 + 1).fill(null))};
        }};""")

        def office_value(v):
            if isinstance(v, dict) and "$date" in v:
                return v["$date"][:19] + ".000Z"
            return "" if v is None else v

        sheets = [{"name": spec["name"], "values": [[office_value(v) for v in row] for row in spec["values"]] or [[""]],
                   "pictures": [], "tables": []} for spec in payload["book"]["sheets"]]
        real = xw.Book(json={"client": "Office.js", "version": xw.__version__, "names": [], "sheets": sheets,
                             "book": {"name": payload["book"]["name"], "active_sheet_index": 0, "selection": "A1"}})
        await xlwings.server.custom_scripts_call(main, "validate", typehint_to_value={xw.Book: real})
        out["real_book"] = {"actions": real.json()["actions"], "reads": int(js.globalThis.xlwingsReads),
                            "sheets": [s["name"] for s in sheets]}
    if "bench" in payload:
        bench = {}
        for name, args, repeat in payload["bench"]:
            values = [standin.decode(a) for a in args]
            function = getattr(xlsmart.lite, name)
            matrices = [a if isinstance(a, list) else [[a]] for a in args]
            data = {"func_name": name, "args": matrices, "version": xw.__version__, "client": "Office.js",
                    "runtime": "1.4", "culture_info_name": "en-US", "date_format": None}
            function(*values)  # warm: first-call imports and caches are not what a recalculation pays
            await xlwings.server.custom_functions_call(data, main)
            direct = lite = float("inf")
            for _ in range(3):
                t0 = time.perf_counter()
                for _ in range(repeat):
                    function(*values)
                direct = min(direct, (time.perf_counter() - t0) / repeat)
                t0 = time.perf_counter()
                for _ in range(repeat):
                    await xlwings.server.custom_functions_call(data, main)
                lite = min(lite, (time.perf_counter() - t0) / repeat)
            bench[name] = {"direct": direct, "lite": lite}
        out["bench"] = bench
    lite_threads = list(started_threads)
    out["heavy_loaded_by_xlsmart"] = sorted(m for m in set(sys.modules) - after_xlwings if m.split(".")[0] in HEAVY)
    out["heavy_loaded"] = sorted({m.split(".")[0] for m in sys.modules if m.split(".")[0] in HEAVY})
    if "files" in payload:  # the command line's path on workbook files, here where threads cannot start
        import datetime

        from xlsmart import validation  # not "import xlsmart.validation": that makes xlsmart local here
        from xlsmart.errors import XlsmartError

        day = datetime.date.fromisoformat(payload["as_of"])
        out["files"] = {}
        for path in payload["files"]:
            report = validation.validate(path, as_of=day)
            out["files"][path] = [[f.sheet, f.row, f.code, f.message] for f in report.findings]
        try:
            validation.validate_file(payload["files"][0], "/tmp/copy.xlsx", as_of=day)
            out["copy"] = "written"
        except XlsmartError as error:
            out["copy"] = str(error)
        out["file_threads_started"] = started_threads[len(lite_threads):]
    out["threads_started"] = lite_threads
    out["threads_alive"] = threading.active_count()
    return out


json.dumps(await run(), default=repr)  # noqa: F704 - runPythonAsync allows top-level await
