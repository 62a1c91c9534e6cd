// The upload page: send the workbook to POST /api/validate?overview=true, show the report (findings
// to filter, search and sort, the workbook's rows, three charts) and fetch the coloured copy on
// request. Every word comes from the page's text tables (texts.json, inside the page), in Dutch or
// English. No framework, no build step, no external resources.
"use strict";

const TABLES = JSON.parse(document.getElementById("page-texts").textContent);
const LANG_KEY = "xlsmart-lang";
const PAGE_SIZE = 50;
const SVG_NS = "http://www.w3.org/2000/svg";
const LETTERS = ["S", "M", "A", "R", "T"];
const STATUSES = ["on_track", "achieved", "at_risk", "off_track", "missed", "not_started", "no_data"];
const SEVERITY_RANK = { error: 0, warning: 1 };

let lang = TABLES[document.documentElement.lang] ? document.documentElement.lang : "en";

const $ = (id) => document.getElementById(id);
const form = $("upload-form");
const fileInput = $("file");
const dropZone = $("drop-zone");
const statusLine = $("status");
const results = $("results");
const checkButton = $("check");
const downloadButton = $("download");

let chosenFile = null; // the file of the last check, kept in memory for the download
let lastSaid = null; // [key, values, problem] of the status line, to say it again in another language
const state = {
  report: null,
  findings: [], // the report's findings, each with its row and a lower-case text to search
  rowsByPlace: new Map(), // "sheet\u0000row" -> the overview's row
  worstByPlace: new Map(), // "sheet\u0000row" -> "error" | "warning"
  findingsPage: 0,
  rowsPage: 0,
};

// --- texts ---------------------------------------------------------------------------------------

// A value may be a function, called as the text is written: a count said again after the reader
// switches language is then counted in the new one.
function t(key, values = {}) {
  const text = TABLES[lang][key] ?? TABLES.en[key] ?? key;
  const value = (name) => (typeof values[name] === "function" ? values[name]() : values[name]);
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(value(name)) : whole));
}

function number(value, digits = 0) {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value);
}

function count(noun, n) {
  return t(`count.${noun}.${n === 1 ? "one" : "other"}`, { n: number(n) });
}

function applyTexts() {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t);
  for (const node of document.querySelectorAll("[data-t-attr]")) {
    for (const pair of node.dataset.tAttr.split(";")) {
      const [attribute, key] = pair.split(":");
      node.setAttribute(attribute, t(key));
    }
  }
  for (const button of document.querySelectorAll(".lang-choice")) {
    button.setAttribute("aria-pressed", String(button.dataset.lang === lang));
  }
}

function chooseLanguage(choice, remember) {
  if (!TABLES[choice]) return;
  lang = choice;
  if (remember) {
    try { localStorage.setItem(LANG_KEY, choice); } catch (ignored) { /* private mode: the cookie remembers */ }
    document.cookie = `xlsmart_lang=${choice}; Path=/; Max-Age=31536000; SameSite=Strict`;
  }
  applyTexts();
  if (lastSaid) say(...lastSaid);
  if (state.report) show(state.report, true);
}

function say(key, values = {}, problem = false) {
  lastSaid = [key, values, problem];
  statusLine.textContent = t(key, values);
  statusLine.classList.toggle("problem", problem);
}

// --- talking to the service ----------------------------------------------------------------------

function formData(file) {
  const data = new FormData();
  data.append("file", file, file.name);
  const asOf = $("as-of").value;
  const messages = $("lang").value;
  if (asOf) data.append("as_of", asOf);
  if (messages) data.append("lang", messages);
  return data;
}

// The service's own refusals, said in the reader's language; for a file it cannot read the
// server's words are shown, as they name the cause.
const SERVICE_ERRORS = {
  too_large: () => t("error.too_large"),
  busy: () => t("error.busy"),
  timeout: () => t("error.timeout"),
  request_timeout: () => t("error.request_timeout"),
  internal: () => t("error.internal"),
  worker_died: () => t("error.internal"),
};

async function errorText(response) {
  try {
    const body = await response.json();
    if (body && body.error) {
      const said = SERVICE_ERRORS[body.error.code];
      return said ? said() : body.error.message;
    }
  } catch (ignored) { /* not JSON: fall through */ }
  return t("say.answered", { status: response.status });
}

async function check(file) {
  if (!file) {
    say("say.choose", {}, true);
    return;
  }
  chosenFile = file;
  checkButton.disabled = true;
  say("say.checking", { name: file.name });
  try {
    const response = await fetch("/api/validate?overview=true", { method: "POST", body: formData(file) });
    if (!response.ok) {
      results.hidden = true;
      say("say.not_checked", { name: file.name, why: await errorText(response) }, true);
      return;
    }
    const report = await response.json();
    show(report, false);
    const { errors, warnings } = report.summary;
    say("say.checked", { name: report.file, errors: () => count("errors", errors), warnings: () => count("warnings", warnings) });
  } catch (failure) {
    say("say.unreachable", { why: failure.message }, true);
  } finally {
    checkButton.disabled = false;
  }
}

// The saved name and type come from the server's Content-Disposition (an .xlsm stays .xlsm):
// a Blob's type is lower-cased by the browser, so it cannot tell the two apart.
function nameFromDisposition(header) {
  if (!header) return null;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (encoded) {
    try { return decodeURIComponent(encoded[1].trim()); } catch (ignored) { /* fall back to filename= */ }
  }
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(header) || /filename\s*=\s*([^;]+)/i.exec(header);
  return plain ? plain[1].trim() : null;
}

async function download() {
  if (!chosenFile) return;
  downloadButton.disabled = true;
  say("say.colouring", { name: chosenFile.name });
  try {
    const response = await fetch("/api/validate?output=xlsx", { method: "POST", body: formData(chosenFile) });
    if (!response.ok) {
      say("say.not_coloured", { name: chosenFile.name, why: await errorText(response) }, true);
      return;
    }
    const name = nameFromDisposition(response.headers.get("Content-Disposition")) || chosenFile.name;
    const type = response.headers.get("Content-Type") || "application/octet-stream";
    const blob = new Blob([await response.arrayBuffer()], { type });
    const link = element("a", { href: URL.createObjectURL(blob), download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    say("say.downloaded", { name });
  } catch (failure) {
    say("say.unreachable", { why: failure.message }, true);
  } finally {
    downloadButton.disabled = false;
  }
}

// --- building the page ---------------------------------------------------------------------------

function element(tag, attributes = {}, text = null) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== null) node.textContent = text;
  return node;
}

function option(value, text) {
  const node = element("option", { value }, text);
  return node;
}

function place(sheet, row) {
  return `${sheet}\u0000${row}`;
}

function show(report, again) {
  const previous = again ? filters() : null;
  state.report = report;
  state.rowsByPlace = new Map((report.overview || []).map((row) => [place(row.sheet, row.row), row]));
  state.worstByPlace = new Map();
  for (const finding of report.findings) {
    const key = place(finding.sheet, finding.row);
    if (finding.severity === "error" || !state.worstByPlace.has(key)) state.worstByPlace.set(key, finding.severity);
  }
  state.findings = report.findings.map((finding, position) => {
    const row = state.rowsByPlace.get(place(finding.sheet, finding.row)) || null;
    const words = [finding.cell, finding.code, finding.message, row && row.id, row && row.text];
    return { finding, row, position, search: words.filter(Boolean).join(" ").toLocaleLowerCase() };
  });
  const { errors, warnings, rows } = report.summary;
  $("summary").textContent = t("summary", {
    rows: count("rows", rows), errors: count("errors", errors), warnings: count("warnings", warnings),
  });
  $("summary-cut").hidden = !report.truncated;
  fillFilters(previous);
  drawCharts(report.overview || []);
  if (!again) {
    state.findingsPage = 0;
    state.rowsPage = 0;
  }
  renderFindings();
  renderRows();
  results.hidden = false;
}

function sheetsInOrder() {
  const names = state.report.sheets.map((sheet) => sheet.name);
  for (const finding of state.report.findings) if (!names.includes(finding.sheet)) names.push(finding.sheet);
  return names;
}

function fillFilters(previous) {
  const sheet = $("filter-sheet");
  sheet.replaceChildren(option("", t("filter.sheet.all")), ...sheetsInOrder().map((name) => option(name, name)));
  const codes = [...new Set(state.report.findings.map((f) => f.code))].sort();
  $("filter-code").replaceChildren(option("", t("filter.code.all")), ...codes.map((code) => option(code, code)));
  const rowsSheet = $("rows-sheet");
  rowsSheet.replaceChildren(...state.report.sheets.map((s) => option(s.name, s.name)));
  if (previous) {
    sheet.value = previous.sheet;
    $("filter-code").value = previous.code;
    rowsSheet.value = previous.rowsSheet;
  } else {
    $("filter-severity").value = "";
    $("filter-search").value = "";
    $("filter-sort").value = "position";
    $("rows-failing").checked = false;
  }
}

function filters() {
  return {
    sheet: $("filter-sheet").value,
    severity: $("filter-severity").value,
    code: $("filter-code").value,
    query: $("filter-search").value.trim().toLocaleLowerCase(),
    sort: $("filter-sort").value,
    rowsSheet: $("rows-sheet").value,
  };
}

function chosenFindings() {
  const { sheet, severity, code, query, sort } = filters();
  const words = query.split(/\s+/).filter(Boolean);
  const chosen = state.findings.filter((item) => (!sheet || item.finding.sheet === sheet)
    && (!severity || item.finding.severity === severity)
    && (!code || item.finding.code === code)
    && words.every((word) => item.search.includes(word)));
  const byPosition = (a, b) => a.position - b.position;
  const orders = {
    position: byPosition,
    severity: (a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || byPosition(a, b),
    code: (a, b) => a.finding.code.localeCompare(b.finding.code) || byPosition(a, b),
    id: (a, b) => ((a.row && a.row.id) || "\uffff").localeCompare((b.row && b.row.id) || "\uffff", lang, { numeric: true })
      || byPosition(a, b),
  };
  return chosen.sort(orders[sort] || byPosition);
}

function pageOf(items, page) {
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const at = Math.min(Math.max(0, page), pages - 1);
  return { at, pages, shown: items.slice(at * PAGE_SIZE, (at + 1) * PAGE_SIZE) };
}

function setPager(pager, at, pages) {
  pager.hidden = pages <= 1;
  pager.querySelector(".previous").disabled = at === 0;
  pager.querySelector(".next").disabled = at >= pages - 1;
}

function shownCount(total, at, size) {
  if (total === 0) return "";
  return t("findings.shown", { first: number(at * PAGE_SIZE + 1), last: number(at * PAGE_SIZE + size), total: number(total) });
}

function badge(severity) {
  return element("span", { class: `badge ${severity}` }, t(`severity.${severity}`));
}

function smartMarks(row) {
  const holder = element("span", { class: "marks" });
  for (const mark of row.smart || []) {
    const verdict = t(mark.passed ? "smart.passed" : "smart.failed");
    const node = element("span", { class: `mark ${mark.passed ? "pass" : "fail"}`, title: `${t(`smart.${mark.letter}`)}: ${verdict}` });
    node.append(element("span", { "aria-hidden": "true" }, mark.letter),
      element("span", { class: "visually-hidden" }, `${t(`smart.${mark.letter}`)}: ${verdict}`));
    holder.append(node);
  }
  return holder;
}

function smartDetails(row) {
  const details = element("details", { class: "why" });
  details.append(element("summary", {}, t("smart.score", { score: row.score })));
  const list = element("ul");
  for (const mark of row.smart || []) {
    const item = element("li", { class: mark.passed ? "pass" : "fail" });
    item.append(element("strong", {}, `${mark.letter} ${t(mark.passed ? "smart.passed" : "smart.failed")}: `), mark.reason);
    list.append(item);
  }
  details.append(list);
  return details;
}

function judgement(row) {
  const holder = element("div", { class: "judged" });
  if (row.kind === "goals" && row.smart && row.smart.length) {
    holder.append(smartMarks(row), smartDetails(row));
  } else if (row.kind === "kpis") {
    holder.append(element("span", { class: `kpi-status kpi-${row.status || "none"}` }, t(`status.${row.status || "none"}`)));
  } else if (row.kind === "budgets") {
    const amount = (value) => (value === null || value === undefined ? t("value.empty") : number(value, 2));
    holder.append(element("span", {}, t("budget.amounts", { planned: amount(row.planned), spent: amount(row.actual) })));
  }
  return holder;
}

function rowLabel(row) {
  const holder = element("div", { class: "row-label" });
  if (row && row.id) holder.append(element("strong", { class: "row-id" }, row.id));
  if (row && row.text) holder.append(element("span", { class: "row-text" }, row.text));
  return holder;
}

function headerRow(keys) {
  const head = element("thead");
  const line = element("tr");
  for (const key of keys) line.append(element("th", { scope: "col" }, t(key)));
  head.append(line);
  return head;
}

function cell(tag, labelKey, attributes = {}) {
  return element(tag, { "data-label": t(labelKey), ...attributes });
}

function renderFindings() {
  const holder = $("findings");
  const chosen = chosenFindings();
  const { at, pages, shown } = pageOf(chosen, state.findingsPage);
  state.findingsPage = at;
  const total = state.report.findings.length;
  $("findings-count").textContent = total === 0 ? "" : `${count("findings", chosen.length)} · ${shownCount(chosen.length, at, shown.length)}`;
  setPager($("findings-pager"), at, pages);
  if (total === 0) {
    holder.replaceChildren(element("p", { class: "empty" }, t("findings.none")));
    return;
  }
  if (chosen.length === 0) {
    holder.replaceChildren(element("p", { class: "empty" }, t("findings.nomatch")));
    return;
  }
  const table = element("table", { class: "findings cards" });
  table.append(element("caption", { class: "visually-hidden" }, t("findings.title")));
  table.append(headerRow(["column.cell", "column.row", "column.severity", "column.code", "column.message"]));
  const body = element("tbody");
  for (const { finding, row } of shown) {
    const line = element("tr", { class: finding.severity, "data-code": finding.code, "data-sheet": finding.sheet,
      "data-row": String(finding.row) });
    const where = cell("th", "column.cell", { scope: "row", class: "cell-ref" });
    where.textContent = finding.cell;
    const what = cell("td", "column.row", { class: "wide" });
    what.append(rowLabel(row));
    if (row && row.kind === "goals" && row.smart && row.smart.length) what.append(smartMarks(row), smartDetails(row));
    const severity = cell("td", "column.severity");
    severity.append(badge(finding.severity));
    const code = cell("td", "column.code");
    code.textContent = finding.code;
    const message = cell("td", "column.message", { class: "message wide" });
    message.textContent = finding.message;
    line.append(where, what, severity, code, message);
    body.append(line);
  }
  table.append(body);
  holder.replaceChildren(table);
}

function chosenRows() {
  const sheet = $("rows-sheet").value;
  const failing = $("rows-failing").checked;
  return (state.report.overview || []).filter((row) => row.sheet === sheet
    && (!failing || state.worstByPlace.has(place(row.sheet, row.row))));
}

function renderRows() {
  const holder = $("rows");
  const chosen = chosenRows();
  const { at, pages, shown } = pageOf(chosen, state.rowsPage);
  state.rowsPage = at;
  $("rows-count").textContent = chosen.length ? `${count("rows", chosen.length)} · ${shownCount(chosen.length, at, shown.length)}` : "";
  setPager($("rows-pager"), at, pages);
  if (chosen.length === 0) {
    holder.replaceChildren(element("p", { class: "empty" }, t("rows.none")));
    return;
  }
  const table = element("table", { class: "rows cards" });
  table.append(element("caption", { class: "visually-hidden" }, t("rows.title")));
  table.append(headerRow(["column.row", "column.id", "column.text", "column.judged", "column.found"]));
  const body = element("tbody");
  for (const row of shown) {
    const worst = state.worstByPlace.get(place(row.sheet, row.row)) || "none";
    const line = element("tr", { class: `row-${worst}`, "data-row": String(row.row), "data-id": row.id || "" });
    const number_ = cell("th", "column.row", { scope: "row", class: "cell-ref" });
    number_.textContent = String(row.row);
    const id = cell("td", "column.id");
    id.textContent = row.id || t("value.empty");
    const text = cell("td", "column.text", { class: "wide" });
    text.textContent = row.text || t("value.empty");
    const judged = cell("td", "column.judged", { class: "wide" });
    judged.append(judgement(row));
    const found = cell("td", "column.found");
    found.append(worst === "none" ? element("span", { class: "badge none" }, t("severity.none")) : badge(worst));
    line.append(number_, id, text, judged, found);
    body.append(line);
  }
  table.append(body);
  holder.replaceChildren(table);
}

// --- pictures: plain SVG, numbers straight from the report's overview ---------------------------------

function svg(tag, attributes = {}, text = null) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== null) node.textContent = text;
  return node;
}

// Horizontal bars: one group per label, one bar per series in it.
function barChart(figure, groups, series, summary) {
  const holder = figure.querySelector(".bars");
  if (groups.length === 0) {
    holder.replaceChildren(element("p", { class: "hint" }, t("chart.empty")));
    return;
  }
  const bar = 16, gap = 4, groupGap = 10, labelWidth = 130, width = 380, valueRoom = 70;
  const largest = Math.max(1, ...groups.flatMap((g) => g.values));
  const groupHeight = series.length * (bar + gap) - gap + groupGap;
  const legend = series.length > 1 ? 22 : 0;
  const chart = svg("svg", { viewBox: `0 0 ${width} ${legend + groups.length * groupHeight}`, role: "img", "aria-label": summary });
  if (legend) series.forEach((name, i) => {
    const x = labelWidth + i * 110;
    chart.append(svg("rect", { x, y: 2, width: 12, height: 12, class: `series-${i}` }),
      svg("text", { x: x + 16, y: 12, class: "label" }, name));
  });
  groups.forEach((group, g) => {
    const top = legend + g * groupHeight;
    const name = svg("text", { x: 0, y: top + (series.length * (bar + gap)) / 2 + 3, class: "label" }, clip(group.label, 18));
    if (name.textContent !== group.label) name.append(svg("title", {}, group.label)); // the whole name on hover
    chart.append(name);
    group.values.forEach((value, i) => {
      const y = top + i * (bar + gap);
      const length = Math.max(value > 0 ? 2 : 0, ((width - labelWidth - valueRoom) * Math.max(0, value)) / largest);
      chart.append(svg("rect", { x: labelWidth, y, width: length, height: bar,
        class: group.classes ? group.classes[i] : `series-${i}`, "data-key": group.key ?? group.label, "data-series": i,
        "data-value": value }));
      chart.append(svg("text", { x: labelWidth + length + 4, y: y + bar - 4, class: "label value" }, group.shown[i]));
    });
  });
  holder.replaceChildren(chart);
}

function clip(text, width) {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

function drawCharts(overview) {
  const kpis = overview.filter((row) => row.kind === "kpis");
  const byStatus = new Map(STATUSES.map((status) => [status, 0]));
  for (const row of kpis) if (row.status) byStatus.set(row.status, byStatus.get(row.status) + 1);
  const kpiGroups = kpis.length ? STATUSES.map((status) => ({
    key: status, label: t(`status.${status}`), values: [byStatus.get(status)], shown: [number(byStatus.get(status))],
    classes: [`status-bar status-${status}`],
  })) : [];
  barChart($("kpi-chart"), kpiGroups, [t("chart.kpi")],
    `${t("chart.kpi")}: ${kpiGroups.map((g) => `${g.label} ${g.shown[0]}`).join(", ")}`);
  const untargeted = kpis.filter((row) => !row.status).length;
  const note = $("kpi-chart").querySelector(".chart-note");
  note.hidden = untargeted === 0;
  note.textContent = untargeted ? t("chart.kpi.untargeted", { n: number(untargeted) }) : "";

  const budgets = new Map();
  for (const row of overview.filter((r) => r.kind === "budgets")) {
    const label = row.group || t("chart.budget.none");
    const sums = budgets.get(label) || [0, 0];
    sums[0] += row.planned || 0;
    sums[1] += row.actual || 0;
    budgets.set(label, sums);
  }
  const budgetGroups = [...budgets].map(([label, sums]) => ({ key: label, label, values: sums, shown: sums.map((v) => number(v)) }));
  const planned = t("chart.budget.planned"), spent = t("chart.budget.spent");
  barChart($("budget-chart"), budgetGroups, [planned, spent],
    `${t("chart.budget")}: ${budgetGroups.map((g) => `${g.label} ${planned} ${g.shown[0]}, ${spent} ${g.shown[1]}`).join("; ")}`);

  const goals = overview.filter((row) => row.kind === "goals" && row.score !== null && row.score !== undefined);
  const scores = [0, 1, 2, 3, 4, 5].map((score) => goals.filter((row) => row.score === score).length);
  const smartGroups = goals.length ? scores.map((n, score) => ({
    key: String(score), label: t("chart.smart.bar", { score }), values: [n], shown: [number(n)], classes: [`score-bar score-${score}`],
  })) : [];
  barChart($("smart-chart"), smartGroups, [t("chart.smart")],
    `${t("chart.smart")}: ${smartGroups.map((g) => `${g.label}: ${g.shown[0]}`).join(", ")}`);
}

// --- wiring --------------------------------------------------------------------------------------

let searchTimer = null;
function refilter() {
  state.findingsPage = 0;
  renderFindings();
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
for (const id of ["filter-sheet", "filter-severity", "filter-code", "filter-sort"]) $(id).addEventListener("change", refilter);
$("filter-search").addEventListener("input", () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(refilter, 150);
});
for (const id of ["rows-sheet", "rows-failing"]) {
  $(id).addEventListener("change", () => {
    state.rowsPage = 0;
    renderRows();
  });
}
for (const [pagerId, key, render] of [["findings-pager", "findingsPage", renderFindings], ["rows-pager", "rowsPage", renderRows]]) {
  const pager = $(pagerId);
  pager.querySelector(".previous").addEventListener("click", () => { state[key] -= 1; render(); });
  pager.querySelector(".next").addEventListener("click", () => { state[key] += 1; render(); });
}
for (const button of document.querySelectorAll(".lang-choice")) {
  button.addEventListener("click", () => chooseLanguage(button.dataset.lang, true));
}

let remembered = null;
try { remembered = localStorage.getItem(LANG_KEY); } catch (ignored) { /* storage blocked */ }
if (remembered && remembered !== lang) chooseLanguage(remembered, true);
else applyTexts();
$("findings-pager").hidden = true;
$("rows-pager").hidden = true;
