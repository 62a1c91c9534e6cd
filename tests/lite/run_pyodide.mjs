// Runs Python inside real Pyodide under Node, as xlwings Lite runs it inside Excel.
//
//   node tests/lite/run_pyodide.mjs job.json
//
// job.json: {
//   "micropip": "/abs/micropip-X-py3-none-any.whl",   // from PyPI (the npm package has none)
//   "wheels": "/abs/cache/dir",                        // mounted at /wheels
//   "install": ["emfs:/wheels/a.whl", ...],            // micropip.install, in this order
//   "mounts": {"/lite": "/abs/tests/lite"},            // more host folders to mount
//   "env": {"NAME": "value"},                          // os.environ before anything is imported
//   "program": "/abs/program.py",                      // run with runPythonAsync; its last
//                                                      // expression must be a JSON string
//   "out": "/abs/result.json"                          // where that string is written
// }
//
// Pyodide's own CDN is unreachable here, and packages only it has must not be needed: the lock
// file is loaded with no packages, so micropip looks every name up on PyPI (and fails loudly if
// the base install needed a package PyPI has no pure or Pyodide wheel of).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { loadPyodide } from "pyodide";

const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
const require = createRequire(import.meta.url);
const indexURL = path.dirname(require.resolve("pyodide/package.json")) + path.sep;
const lock = JSON.parse(readFileSync(path.join(indexURL, "pyodide-lock.json"), "utf8"));
lock.packages = {};

const started = performance.now();
const log = (text) => process.stderr.write(text + "\n");
const pyodide = await loadPyodide({
  indexURL,
  lockFileContents: lock,
  env: job.env || {},
  stdout: log,
  stderr: log,
});
const booted = performance.now();

const mount = (target, host) => {
  pyodide.FS.mkdirTree(target);
  pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: host }, target);
};
mount("/wheels", job.wheels);
for (const [target, host] of Object.entries(job.mounts || {})) mount(target, host);

await pyodide.loadPackage(job.micropip, { messageCallback: () => {}, errorCallback: log });
const micropip = pyodide.pyimport("micropip");
for (const requirement of job.install || []) {
  await micropip.install(requirement);
}
const installed = performance.now();

let result;
try {
  result = await pyodide.runPythonAsync(readFileSync(job.program, "utf8"), { filename: job.program });
} catch (error) {
  log(String(error.message || error));  // the Python traceback, without Node's dump of the wasm stack
  process.exit(1);
}
writeFileSync(job.out, String(result));
log(`pyodide ${pyodide.version}: boot ${(booted - started).toFixed(0)} ms, ` +
    `install ${(installed - booted).toFixed(0)} ms, program ${(performance.now() - installed).toFixed(0)} ms`);
