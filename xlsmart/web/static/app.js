// The upload page: send the workbook to POST /api/validate, show the JSON report, and fetch the
// coloured copy (?output=xlsx) on request. No framework, no build step, no external resources.
"use strict";

const STATUS_CODES = [
  ["K06", "at_risk", "At risk"],
  ["K07", "off_track", "Off track"],
  ["K08", "missed", "Missed"],
];
const SVG_NS = "http://www.w3.org/2000/svg";

const form = document.getElementById("upload-form");
const fileInput = document.getElementById("file");
const dropZone = document.getElementById("drop-zone");
const statusLine = document.getElementById("status");
const results = document.getElementById("results");
const checkButton = document.getElementById("check");
const downloadButton = document.getElementById("download");

let chosenFile = null; // the file of the last check, kept in memory for the download

function say(text, problem = false) {
  statusLine.textContent = text;
  statusLine.classList.toggle("problem", problem);
}

function formData(file) {
  const data = new FormData();
  data.append("file", file, file.name);
  const asOf = document.getElementById("as-of").value;
  const lang = document.getElementById("lang").value;
  if (asOf) data.append("as_of", asOf);
  if (lang) data.append("lang", lang);
  return data;
}

async function errorText(response) {
  try {
    const body = await response.json();
    if (body && body.error) return body.error.message;
  } catch (ignored) { /* not JSON: fall through */ }
  return `the server answered ${response.status}`;
}

async function check(file) {
  if (!file) {
    say("Choose a workbook first.", true);
    return;
  }
  chosenFile = file;
  checkButton.disabled = true;
  say(`Checking ${file.name}…`);
  try {
    const response = await fetch("/api/validate", { method: "POST", body: formData(file) });
    if (!response.ok) {
      results.hidden = true;
      say(`Could not check ${file.name}: ${await errorText(response)}`, true);
      return;
    }
    const report = await response.json();
    show(report);
    const { errors, warnings } = report.summary;
    say(`Checked ${report.file}: ${errors} error(s), ${warnings} warning(s).`);
  } catch (failure) {
    say(`Could not reach the server: ${failure.message}`, true);
  } finally {
    checkButton.disabled = false;
  }
}

function element(tag, attributes = {}, text = null) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== null) node.textContent = text;
  return node;
}

function show(report) {
  const { errors, warnings, rows } = report.summary;
  document.getElementById("summary").textContent =
    `${rows} row(s) read: ${errors} error(s), ${warnings} warning(s)` +
    (report.truncated ? " (the list was cut short)." : ".");
  drawKpiChart(report.findings);
  const holder = document.getElementById("findings");
  holder.replaceChildren();
  if (report.findings.length === 0) {
    holder.append(element("p", {}, "No findings: every row passed."));
  }
  for (const [sheet, findings] of groupBySheet(report.findings)) {
    holder.append(findingsTable(sheet, findings));
  }
  results.hidden = false;
}

function groupBySheet(findings) {
  const groups = new Map();
  for (const finding of findings) {
    if (!groups.has(finding.sheet)) groups.set(finding.sheet, []);
    groups.get(finding.sheet).push(finding);
  }
  return groups;
}

function findingsTable(sheet, findings) {
  const table = element("table", { class: "findings", "data-sheet": sheet });
  table.append(element("caption", {}, `${sheet}: ${findings.length} finding(s)`));
  const head = element("thead");
  const headRow = element("tr");
  for (const title of ["Cell", "Severity", "Code", "Message"]) {
    headRow.append(element("th", { scope: "col" }, title));
  }
  head.append(headRow);
  const body = element("tbody");
  for (const finding of findings) {
    const row = element("tr", { class: finding.severity, "data-code": finding.code });
    row.append(element("th", { scope: "row" }, finding.cell));
    const severity = element("td");
    severity.append(element("span", { class: `badge ${finding.severity}` },
      finding.severity === "error" ? "Error" : "Warning"));
    row.append(severity, element("td", {}, finding.code), element("td", {}, finding.message));
    body.append(row);
  }
  table.append(head, body);
  return table;
}

function kpiStatusCounts(findings) {
  // One status per KPI row: count distinct rows, not findings.
  return STATUS_CODES.map(([code, key, label]) => {
    const rows = new Set(findings.filter((f) => f.code === code).map((f) => `${f.sheet}!${f.row}`));
    return { key, label, count: rows.size };
  });
}

function drawKpiChart(findings) {
  const counts = kpiStatusCounts(findings);
  const largest = Math.max(1, ...counts.map((c) => c.count));
  const barHeight = 22, gap = 10, labelWidth = 90, width = 360;
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${counts.length * (barHeight + gap)}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", "KPI status: " + counts.map((c) => `${c.label} ${c.count}`).join(", "));
  counts.forEach((c, i) => {
    const y = i * (barHeight + gap);
    const label = document.createElementNS(SVG_NS, "text");
    label.setAttribute("x", "0");
    label.setAttribute("y", String(y + barHeight * 0.7));
    label.setAttribute("class", "label");
    label.textContent = c.label;
    const bar = document.createElementNS(SVG_NS, "rect");
    bar.setAttribute("x", String(labelWidth));
    bar.setAttribute("y", String(y));
    bar.setAttribute("height", String(barHeight));
    bar.setAttribute("width", String(Math.max(2, ((width - labelWidth - 40) * c.count) / largest)));
    bar.setAttribute("class", `bar-${c.key}`);
    const value = document.createElementNS(SVG_NS, "text");
    value.setAttribute("x", String(labelWidth + 6 + ((width - labelWidth - 40) * c.count) / largest));
    value.setAttribute("y", String(y + barHeight * 0.7));
    value.setAttribute("class", "label");
    value.textContent = String(c.count);
    svg.append(label, bar, value);
  });
  document.getElementById("kpi-bars").replaceChildren(svg);
}

function checkedName(name, contentType) {
  const stem = name.replace(/\.(xlsx|xlsm|xls)$/i, "") || "workbook";
  return `${stem}-checked${contentType.includes("macroEnabled") ? ".xlsm" : ".xlsx"}`;
}

async function download() {
  if (!chosenFile) return;
  downloadButton.disabled = true;
  say(`Colouring ${chosenFile.name}…`);
  try {
    const response = await fetch("/api/validate?output=xlsx", { method: "POST", body: formData(chosenFile) });
    if (!response.ok) {
      say(`Could not colour ${chosenFile.name}: ${await errorText(response)}`, true);
      return;
    }
    const blob = await response.blob();
    const link = element("a", { href: URL.createObjectURL(blob), download: checkedName(chosenFile.name, blob.type) });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    say(`Downloaded ${link.download}.`);
  } catch (failure) {
    say(`Could not reach the server: ${failure.message}`, true);
  } finally {
    downloadButton.disabled = false;
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  check(fileInput.files[0] || chosenFile);
});
fileInput.addEventListener("change", () => {
  if (fileInput.files[0]) check(fileInput.files[0]);
});
dropZone.addEventListener("click", () => fileInput.click());
dropZone.addEventListener("keydown", (event) => {
  if (event.key === "Enter" || event.key === " ") {
    event.preventDefault();
    fileInput.click();
  }
});
dropZone.addEventListener("dragover", (event) => {
  event.preventDefault();
  dropZone.classList.add("dragging");
});
dropZone.addEventListener("dragleave", () => dropZone.classList.remove("dragging"));
dropZone.addEventListener("drop", (event) => {
  event.preventDefault();
  dropZone.classList.remove("dragging");
  const file = event.dataTransfer.files[0];
  if (file) check(file);
});
downloadButton.addEventListener("click", download);
