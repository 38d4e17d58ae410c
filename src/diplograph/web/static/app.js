// diplograph dashboard: plain JavaScript over the JSON API of `diplograph serve`.
// No framework and nothing fetched from elsewhere; the chart is SVG drawn here.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const EVENT_LIMIT = 200;
const state = { a: null, b: null, modality: "asserted", month: null, seq: { chart: 0, events: 0, agreements: 0 } };

// --- small helpers ----------------------------------------------------------------------------
function $(id) { return document.getElementById(id); }

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "text") node.textContent = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

async function getJSON(url) {
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  let body = null;
  try { body = await r.json(); } catch (e) { body = null; }
  if (!r.ok) throw new Error((body && body.detail) || `${r.status} ${r.statusText}`);
  return body;
}

function showMessage(text) {
  const m = $("message");
  m.textContent = text || "";
  m.hidden = !text;
}

function plural(n, word) { return `${n} ${word}${n === 1 ? "" : "s"}`; }

function signed(v) { return v === null || v === undefined ? "" : (v > 0 ? "+" : "") + Number(v).toFixed(1); }

function dyadParam() { return `${encodeURIComponent(state.a)},${encodeURIComponent(state.b)}`; }

// Every month from first to last, "YYYY-MM".
function monthsBetween(first, last) {
  const out = [];
  let [y, m] = first.split("-").map(Number);
  const [ly, lm] = last.split("-").map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

// --- the chart ---------------------------------------------------------------------------------
function drawChart(report) {
  const box = $("chart");
  box.replaceChildren();
  const rows = report.series || [];
  const note = $("chart-note");
  if (!rows.length) {
    note.textContent = report.note || `No asserted events between ${report.dyad[0]} and ${report.dyad[1]} dated to a month.`;
    box.dataset.months = "0";
    return;
  }
  const have = new Map(rows.map((r) => [r.period, r]));
  const months = monthsBetween(rows[0].period, rows[rows.length - 1].period);
  const W = 900, H = 330, L = 44, R = 56, T = 26, B = 30;
  const pw = W - L - R, ph = H - T - B, y0 = T + ph / 2;
  const coop = (r) => (r ? r.verbal_coop + r.material_coop : 0);
  const conf = (r) => (r ? r.verbal_conflict + r.material_conflict : 0);
  const maxCount = Math.max(1, ...rows.map(coop), ...rows.map(conf));
  const maxG = Math.max(1, ...rows.map((r) => Math.abs(r.goldstein_sum || 0)));
  const step = pw / months.length;
  const bw = Math.max(1, step * 0.8);
  const yc = (n) => (n * (ph / 2)) / maxCount;
  const yg = (v) => y0 - (v * (ph / 2)) / maxG;
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": `${report.dyad.join("–")} by month` });

  // grid and axes
  for (const f of [-1, -0.5, 0.5, 1]) {
    const y = y0 - f * (ph / 2);
    root.append(svg("line", { class: "grid", x1: L, x2: L + pw, y1: y, y2: y }));
    root.append(svg("text", { x: L - 6, y: y + 4, "text-anchor": "end" }, String(Math.round(Math.abs(f) * maxCount * 10) / 10)));
    root.append(svg("text", { x: L + pw + 6, y: y + 4 }, signed(f * maxG)));
  }
  root.append(svg("line", { class: "axis", x1: L, x2: L + pw, y1: y0, y2: y0 }));
  root.append(svg("text", { x: L - 6, y: y0 + 4, "text-anchor": "end" }, "0"));
  root.append(svg("text", { x: 4, y: 12 }, "events: cooperation ↑ conflict ↓"));
  root.append(svg("text", { x: W - 4, y: 12, "text-anchor": "end" }, "Goldstein sum"));

  // year ticks: label every k-th year so labels do not collide
  const years = months.filter((m) => m.endsWith("-01"));
  const every = Math.max(1, Math.ceil((years.length * 36) / pw));
  years.forEach((m, i) => {
    const x = L + months.indexOf(m) * step;
    root.append(svg("line", { class: "axis", x1: x, x2: x, y1: T + ph, y2: T + ph + 4 }));
    if (i % every === 0) root.append(svg("text", { x: x, y: H - 10, "text-anchor": "start" }, m.slice(0, 4)));
  });
  if (!months[0].endsWith("-01") && (!years.length || months.indexOf(years[0]) * step > 40)) {
    root.append(svg("text", { x: L, y: H - 10, "text-anchor": "start" }, months[0]));
  }

  // bars, with a full-height target per month that lists its events when clicked
  const points = [];
  months.forEach((m, i) => {
    const r = have.get(m);
    const x = L + i * step + (step - bw) / 2;
    const hit = svg("rect", { class: "month-hit", x: L + i * step, y: T, width: step, height: ph, "data-month": m });
    if (state.month === m) hit.classList.add("selected");
    const c = coop(r), k = conf(r);
    hit.append(svg("title", {}, r
      ? `${m}: ${c} cooperation, ${k} conflict (${r.events} events), Goldstein sum ${signed(r.goldstein_sum)}`
      : `${m}: no events`));
    hit.addEventListener("click", () => selectMonth(r ? m : null));
    root.append(hit);
    if (c) root.append(svg("rect", { class: "bar coop", x, y: y0 - yc(c), width: bw, height: yc(c), "data-month": m, "data-count": c }));
    if (k) root.append(svg("rect", { class: "bar conflict", x, y: y0, width: bw, height: yc(k), "data-month": m, "data-count": k }));
    if (r) points.push([L + i * step + step / 2, yg(r.goldstein_sum || 0), m, r.goldstein_sum]);
  });
  if (points.length > 1) root.append(svg("polyline", { class: "net", points: points.map((p) => `${p[0]},${p[1]}`).join(" ") }));
  for (const [x, y, m, g] of points) {
    const dot = svg("circle", { class: "point", cx: x, cy: y, r: 3, "data-month": m, "data-goldstein": g });
    dot.append(svg("title", {}, `${m}: Goldstein sum ${signed(g)}`));
    root.append(dot);
  }
  box.append(root);
  box.append(el("p", { class: "legend muted" },
    el("span", {}, el("span", { class: "swatch", style: "background:var(--coop)" }), "cooperation (quad classes 1–2)"),
    el("span", {}, el("span", { class: "swatch", style: "background:var(--conflict)" }), "conflict (quad classes 3–4)"),
    el("span", {}, el("span", { class: "swatch", style: "background:var(--net)" }), "Goldstein sum")));
  box.dataset.months = String(months.length);
  const dated = rows.reduce((n, r) => n + r.events, 0);
  note.textContent = `${dated} asserted events dated to a month` +
    (report.undated ? `; ${report.undated} more have no month (undated, or dated to the year only).` : ".");
}

async function loadChart() {
  const seq = ++state.seq.chart;
  const report = await getJSON(`/api/dyad/${encodeURIComponent(state.a)}/${encodeURIComponent(state.b)}?by=month&top=0`);
  if (seq !== state.seq.chart) return;
  $("chart-title").textContent = `${report.names[state.a]} – ${report.names[state.b]}: cooperation and conflict by month`;
  drawChart(report);
}

// --- events ------------------------------------------------------------------------------------
function sourceLine(e) {
  const title = e.title || e.doc_id;
  const link = e.url && /^https?:\/\//.test(e.url) ? el("a", { href: e.url, target: "_blank", rel: "noopener", text: title }) : title;
  return el("span", { class: "source" }, link, e.published ? ` (${e.published})` : "");
}

function eventRow(e) {
  const who = (code, entity) => el("span", { title: entity || "" , text: code || "?" });
  return el("tr", { dataset: { id: e.id, modality: e.modality } },
    el("td", { class: "date", text: e.date || "undated", title: e.date_basis ? `date from the ${e.date_basis}` : "" }),
    el("td", { class: "type", text: e.type + (e.mode ? ` (${e.mode})` : ""), title: `CAMEO ${e.cameo || "?"}` }),
    el("td", {}, el("span", { class: `modality ${e.modality}`, text: e.modality })),
    el("td", { class: "actors" }, who(e.source, e.source_entity), " → ", who(e.target, e.target_entity)),
    el("td", { class: "num", text: signed(e.goldstein) }),
    el("td", { class: "evidence" }, el("span", { class: "sentence", text: e.sentence }), sourceLine(e)));
}

async function loadEvents() {
  const seq = ++state.seq.events;
  const params = new URLSearchParams({ modality: state.modality, limit: String(EVENT_LIMIT) });
  if (state.month) params.set("month", state.month);
  const data = await getJSON(`/api/events?dyad=${dyadParam()}&${params}`);
  if (seq !== state.seq.events) return;
  const table = $("events");
  table.tBodies[0].replaceChildren(...data.events.map(eventRow));
  const what = state.modality === "all" ? "events of every modality" : `${state.modality} events`;
  const when = state.month ? ` in ${state.month}` : "";
  $("events-summary").textContent = data.total
    ? `${what}${when}: showing ${data.count} of ${data.total}, newest first.`
    : (data.note ? `No ${what}${when}: ${data.note}.` : `No ${what}${when} between ${state.a} and ${state.b}.`);
  $("clear-month").hidden = !state.month;
  table.dataset.query = `${state.a},${state.b}|${state.modality}|${state.month || ""}`;
  table.dataset.total = String(data.total);
}

function selectMonth(month) {
  state.month = state.month === month ? null : month;
  for (const r of document.querySelectorAll("#chart .month-hit")) r.classList.toggle("selected", r.dataset.month === state.month);
  loadEvents().catch((e) => showMessage(`Events: ${e.message}`));
}

// --- agreements --------------------------------------------------------------------------------
function stepItem(label, when, title, missing) {
  return el("li", { class: missing ? "missing" : null, title: title || null, dataset: { step: label } },
    el("span", { class: "label", text: label }), el("span", { class: "when", text: when }));
}

function agreementCard(ag) {
  const steps = el("ol", { class: "steps" });
  const s = ag.signed;
  steps.append(s ? stepItem("signed", s.date || `date not given (reported ${s.reported || "?"})`, plural(s.sources.length, "source"))
    : stepItem("signed", "not reported", null, true));
  for (const party of ag.parties) {
    const r = ag.ratifications.find((x) => x.party === party);
    if (r) {
      const detail = r.steps.map((st) => `${st.date || "?"}${st.actors ? " " + st.actors.join(", ") : ""}`).join("; ");
      steps.append(stepItem(`ratified ${party}`, r.date || "date not given", detail));
    } else {
      steps.append(stepItem(`ratified ${party}`, "not reported", null, true));
    }
  }
  const f = ag.entry_into_force;
  steps.append(f ? stepItem("in force", f.date || "date not given", plural(f.sources.length, "source")) : stepItem("in force", "not reported", null, true));
  if (ag.withdrawal) steps.append(stepItem("withdrawal", ag.withdrawal.date || "date not given"));
  const yes = ag.obligations.filter((o) => o.present).map((o) => o.obligation.replace(/_/g, " "));
  const no = ag.obligations.filter((o) => !o.present).map((o) => o.obligation.replace(/_/g, " "));
  const docs = new Set(ag.sources.map((c) => c.doc_id)).size;
  return el("div", { class: "agreement", dataset: { id: ag.id } },
    el("h3", { text: ag.name }),
    el("div", { class: "muted", text: `${ag.kind || "agreement"} · parties ${ag.parties.join(", ")} · ${plural(ag.sources.length, "source sentence")} in ${plural(docs, "document")}` }),
    steps,
    yes.length || no.length ? el("div", { class: "muted", text: "obligations: " + [yes.join(", "), no.length ? "not: " + no.join(", ") : ""].filter(Boolean).join("; ") }) : null);
}

async function loadAgreements() {
  const seq = ++state.seq.agreements;
  const data = await getJSON(`/api/agreements?a=${encodeURIComponent(state.a)}&b=${encodeURIComponent(state.b)}`);
  if (seq !== state.seq.agreements) return;
  const box = $("agreements");
  box.replaceChildren(...data.agreements.map(agreementCard));
  if (!data.agreements.length) box.append(el("p", { class: "muted", text: `No agreements between ${state.a} and ${state.b} recognised in the events.` }));
}

// --- wiring ------------------------------------------------------------------------------------
async function loadDyad() {
  const [a, b] = $("dyad-picker").value.split(",");
  state.a = a; state.b = b; state.month = null;
  history.replaceState(null, "", `#${a},${b}`);
  $("brief-link").href = `/api/brief/${encodeURIComponent(a)}/${encodeURIComponent(b)}?format=html`;
  document.body.dataset.dyad = "";
  showMessage("");
  const results = await Promise.allSettled([loadChart(), loadAgreements(), loadEvents()]);
  const failed = results.filter((r) => r.status === "rejected").map((r) => r.reason.message);
  if (failed.length) showMessage(failed.join("; "));
  document.body.dataset.dyad = `${a},${b}`;
}

async function init() {
  try {
    const info = await getJSON("/api/info");
    $("db-info").textContent = `${info.db}: ${info.documents} documents, ${info.events} events` +
      (info.first_month ? `, ${info.first_month} to ${info.last_month}` : "");
    const data = await getJSON("/api/dyads?limit=300");
    const picker = $("dyad-picker");
    picker.replaceChildren(...data.dyads.map((d) =>
      el("option", { value: `${d.a},${d.b}`, text: `${d.name_a} – ${d.name_b} (${d.events})` })));
    if (!data.dyads.length) {
      showMessage("No asserted events between two actors are stored yet: run `diplograph ingest PATH` or `diplograph demo`.");
      document.body.dataset.dyad = "none";
      return;
    }
    const wanted = decodeURIComponent(location.hash.slice(1)).toUpperCase();
    const values = data.dyads.map((d) => `${d.a},${d.b}`);
    picker.value = values.includes(wanted) ? wanted : (values.includes("IRN,RUS") ? "IRN,RUS" : values[0]);
    picker.addEventListener("change", () => loadDyad());
    $("modality").addEventListener("change", (ev) => {
      state.modality = ev.target.value;
      loadEvents().catch((e) => showMessage(`Events: ${e.message}`));
    });
    $("clear-month").addEventListener("click", () => selectMonth(state.month));
    await loadDyad();
  } catch (e) {
    showMessage(`Cannot read the API: ${e.message}`);
  }
}

document.addEventListener("DOMContentLoaded", init);
