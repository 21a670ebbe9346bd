/* kite live preview page script (see lsp/PROTOCOL.md, "The preview page").
   Receives PreviewUpdates from its host — postMessage in a VS Code webview,
   server-sent events from `kite preview` in a browser — draws the SVG with
   its source map (hover, click to reveal, highlight), the error banner, the
   status line and the constraints panel, and sends the page's messages back.
   Test hooks: body data-revision, data-stale, data-status, data-connection,
   data-last-reveal. */
(() => {
  "use strict";

  const $ = (id) => document.getElementById(id);
  const ui = {
    status: $("kite-status"), variation: $("kite-variation"), metrics: $("kite-metrics"),
    newVariation: $("kite-new-variation"), pin: $("kite-pin"), reveal: $("kite-reveal"),
    connection: $("kite-connection"), banner: $("kite-banner"), bannerTitle: $("kite-banner-title"),
    errors: $("kite-errors"), canvas: $("kite-canvas"), diagram: $("kite-diagram"),
    count: $("kite-constraint-count"), empty: $("kite-constraint-empty"),
    list: $("kite-constraint-list"), tooltip: $("kite-tooltip"), note: $("kite-note"),
  };
  const state = {
    trio: null, revision: null, svg: null, shapes: [], unsatisfied: [],
    pinned: false, highlight: [], hovered: null, noteTimer: 0,
  };
  let transport = null;

  // ---- small helpers -------------------------------------------------------

  const list = (value) => (Array.isArray(value) ? value : []);
  const isObject = (value) => value !== null && typeof value === "object";

  function make(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function basename(uri) {
    const path = String(uri || "").split(/[?#]/)[0];
    const name = path.slice(path.lastIndexOf("/") + 1);
    try { return decodeURIComponent(name); } catch (_) { return name; }
  }

  /** "sets.style:12:3": file name and 1-based line:column of an LSP Location. */
  function describeLocation(location) {
    if (!isObject(location)) return "";
    const start = (isObject(location.range) && isObject(location.range.start)) ? location.range.start : {};
    const line = Number.isFinite(start.line) ? start.line + 1 : 1;
    const col = Number.isFinite(start.character) ? start.character + 1 : 1;
    return `${basename(location.uri)}:${line}:${col}`;
  }

  function formatResidual(residual) {
    const n = Number(residual);
    return Number.isFinite(n) ? n.toPrecision(3) : String(residual);
  }

  function shapeElements(n) {
    return Number.isInteger(n) ? Array.from(ui.diagram.querySelectorAll(`[data-kite-shape="${n}"]`)) : [];
  }

  function shapeIndexOf(target) {
    const node = target && target.closest ? target.closest("[data-kite-shape]") : null;
    if (!node || !ui.diagram.contains(node)) return null;
    const n = parseInt(node.getAttribute("data-kite-shape"), 10);
    return Number.isInteger(n) ? n : null;
  }

  // ---- transport -----------------------------------------------------------

  function connectWebview() {
    const vscode = acquireVsCodeApi();
    window.addEventListener("message", (event) => handleMessage(event.data));
    return { send(msg) { vscode.postMessage(msg); return Promise.resolve(null); }, browser: false };
  }

  function connectBrowser() {
    const source = new EventSource("/events");
    const parse = (event) => { try { return JSON.parse(event.data); } catch (_) { return null; } };
    source.addEventListener("open", () => setConnection("connected"));
    source.addEventListener("error", () => setConnection("reconnecting"));
    source.addEventListener("update", (event) => handleMessage({ type: "update", update: parse(event) }));
    source.addEventListener("highlight", (event) => {
      const data = parse(event) || {};
      handleMessage({ type: "highlight", shapes: data.shapes, trio: data.trio });
    });
    setConnection("reconnecting");
    const send = (msg) => fetch("/action", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(msg),
    }).then((response) => (response.ok ? response.json() : null)).catch(() => null);
    return { send, browser: true };
  }

  function setConnection(connection) {
    ui.connection.hidden = false;
    ui.connection.dataset.state = connection;
    ui.connection.textContent = connection === "connected" ? "connected" : "reconnecting…";
    document.body.dataset.connection = connection;
  }

  function send(msg) {
    return transport ? transport.send(msg) : Promise.resolve(null);
  }

  // ---- messages from the host ----------------------------------------------

  function handleMessage(msg) {
    if (!isObject(msg)) return;
    if (msg.type === "update" && isObject(msg.update)) applyUpdate(msg.update);
    else if (msg.type === "highlight") {
      if (typeof msg.trio === "string" && state.trio !== null && msg.trio !== state.trio) return;
      setHighlight(list(msg.shapes));
    }
  }

  function applyUpdate(update) {
    const trio = typeof update.trio === "string" ? update.trio : null;
    const revision = Number.isFinite(update.revision) ? update.revision : null;
    if (trio !== state.trio) resetForTrio(trio);
    else if (revision !== null && state.revision !== null && revision < state.revision) return;
    if (revision !== null) state.revision = revision;

    const stale = update.stale === true;
    if (typeof update.svg === "string") {
      state.shapes = list(update.shapes);
      if (update.svg !== state.svg) renderDiagram(update.svg);
    } else if (!stale || state.svg === null) {
      state.shapes = list(update.shapes);
      renderEmpty();
    }
    state.unsatisfied = list(update.unsatisfied);
    state.pinned = update.pinned === true;

    document.body.classList.toggle("kite-is-stale", stale);
    renderToolbar(update);
    renderBanner(stale ? list(update.errors) : []);
    renderPanel(state.unsatisfied);
    markShapes("kite-highlight", state.highlight);

    document.body.dataset.revision = state.revision === null ? "" : String(state.revision);
    document.body.dataset.stale = String(stale);
    document.body.dataset.status = typeof update.status === "string" ? update.status : "";
  }

  function resetForTrio(trio) {
    state.trio = trio;
    state.revision = null;
    state.svg = null;
    state.highlight = [];
    hideHover();
    ui.reveal.textContent = "";
    renderEmpty();
  }

  // ---- rendering: diagram ---------------------------------------------------

  function renderDiagram(svgText) {
    hideHover();
    ui.diagram.innerHTML = svgText; // produced by our own server: trusted
    const svg = ui.diagram.querySelector("svg");
    if (!svg) { renderEmpty(); return; }
    state.svg = svgText;
    fitSvg(svg);
    const kinds = new Set(state.shapes.map((shape) => (isObject(shape) ? shape.kind : null)).filter(Boolean));
    ui.diagram.setAttribute("aria-label", `Diagram with ${state.shapes.length} shapes` +
      (kinds.size ? ` (${Array.from(kinds).join(", ")})` : ""));
  }

  /** Lets CSS scale the SVG to the panel width, keeping its aspect ratio. */
  function fitSvg(svg) {
    const width = parseFloat(svg.getAttribute("width"));
    const height = parseFloat(svg.getAttribute("height"));
    if (!svg.hasAttribute("viewBox") && width > 0 && height > 0) {
      svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    }
    if (!svg.hasAttribute("preserveAspectRatio")) svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
  }

  function renderEmpty() {
    state.svg = null;
    ui.diagram.replaceChildren(make("p", "kite-empty", "No diagram yet"));
    ui.diagram.setAttribute("aria-label", "No diagram yet");
  }

  // ---- rendering: toolbar / status line ---------------------------------------

  function renderToolbar(update) {
    const status = typeof update.status === "string" ? update.status : "";
    const unsatisfied = state.unsatisfied.length;
    let text = status || "unknown";
    if (status === "errors") text = `errors (${list(update.errors).length})`;
    else if (unsatisfied > 0) text = `${unsatisfied} unsatisfied` + (status && status !== "converged" ? ` · ${status}` : "");
    ui.status.textContent = text;
    ui.status.dataset.state = status === "converged" && unsatisfied === 0 ? "ok"
      : (status === "errors" || status === "nan") ? "error" : "warn";

    ui.variation.textContent = typeof update.variation === "string" ? update.variation : "";
    renderPin();

    const metrics = [];
    if (Number.isFinite(update.steps)) metrics.push(`${update.steps} ${update.steps === 1 ? 'step' : 'steps'}`);
    if (Number.isFinite(update.layoutMs)) metrics.push(`${update.layoutMs.toFixed(1)} ms`);
    if (update.warm === true) metrics.push("warm");
    ui.metrics.textContent = metrics.join(" · ");
  }

  function renderPin() {
    ui.pin.setAttribute("aria-pressed", String(state.pinned));
    ui.pin.textContent = state.pinned ? "Pinned" : "Pin";
  }

  // ---- rendering: error banner ------------------------------------------------

  function locationButton(location, parts) {
    const button = make("button", "kite-link");
    button.type = "button";
    parts.forEach((part) => button.append(part));
    const where = describeLocation(location);
    if (where) button.append(make("span", "kite-where", where));
    button.addEventListener("click", () => openLocation(location));
    return button;
  }

  function renderBanner(errors) {
    ui.banner.hidden = errors.length === 0 && !document.body.classList.contains("kite-is-stale");
    ui.bannerTitle.textContent = state.svg === null
      ? "The trio has errors." : "The trio has errors; showing the last good diagram.";
    ui.errors.replaceChildren(...errors.filter(isObject).map((error) => {
      const item = make("li");
      item.append(locationButton(error.location, [
        make("span", "kite-code", error.code || "error"), make("span", "kite-message", error.message || ""),
      ]));
      return item;
    }));
  }

  // ---- rendering: constraints panel -------------------------------------------

  function renderPanel(unsatisfied) {
    ui.count.textContent = String(unsatisfied.length);
    ui.empty.hidden = unsatisfied.length > 0;
    ui.list.replaceChildren(...unsatisfied.filter(isObject).map((constraint) => {
      const objects = list(constraint.objects).join(", ");
      const button = locationButton(constraint.location, [
        make("span", "kite-fn", `${constraint.function || "?"}(${objects})`),
        make("span", "kite-residual", `residual ${formatResidual(constraint.residual)}`),
      ]);
      const shapes = list(constraint.shapes);
      const on = () => markShapes("kite-focus", shapes);
      const off = () => markShapes("kite-focus", []);
      button.addEventListener("mouseenter", on);
      button.addEventListener("focus", on);
      button.addEventListener("mouseleave", off);
      button.addEventListener("blur", off);
      const item = make("li");
      item.append(button);
      return item;
    }));
  }

  // ---- highlight ----------------------------------------------------------------

  /** Puts `className` on exactly the elements of `shapes`; returns the first one. */
  function markShapes(className, shapes) {
    ui.diagram.querySelectorAll(`.${className}`).forEach((node) => node.classList.remove(className));
    const nodes = shapes.flatMap(shapeElements);
    nodes.forEach((node) => node.classList.add(className));
    return nodes[0] || null;
  }

  function setHighlight(shapes) {
    state.highlight = shapes.filter(Number.isInteger);
    const first = markShapes("kite-highlight", state.highlight);
    if (first && isOffScreen(first)) first.scrollIntoView({ block: "center", inline: "center" });
  }

  function isOffScreen(node) {
    const box = node.getBoundingClientRect();
    const view = ui.canvas.getBoundingClientRect();
    return box.bottom < view.top || box.top > view.bottom || box.right < view.left || box.left > view.right;
  }

  // ---- tooltip ------------------------------------------------------------------

  function tooltipContent(n) {
    const shape = isObject(state.shapes[n]) ? state.shapes[n] : {};
    const nodes = [make("div", "kite-tip-path", shape.path || `shape ${n}`)];
    if (shape.kind) nodes.push(make("div", "kite-tip-kind", shape.kind));
    const names = list(shape.objects).map((object) => (isObject(object) ? object.name : object)).filter(Boolean);
    if (names.length) nodes.push(make("div", "kite-tip-objects", `objects: ${names.join(", ")}`));
    const failing = state.unsatisfied.filter((c) => isObject(c) && list(c.shapes).includes(n));
    if (failing.length) {
      const items = make("ul", "kite-tip-constraints");
      failing.forEach((c) => items.append(make("li", null,
        `${c.function || "?"} — residual ${formatResidual(c.residual)}`)));
      nodes.push(items);
    }
    return nodes;
  }

  function showHover(n, event) {
    if (state.hovered !== n) {
      state.hovered = n;
      markShapes("kite-hover", [n]);
      ui.tooltip.replaceChildren(...tooltipContent(n));
      ui.tooltip.hidden = false;
    }
    moveTooltip(event);
  }

  function moveTooltip(event) {
    if (ui.tooltip.hidden) return;
    const gap = 14;
    const box = ui.tooltip.getBoundingClientRect();
    let left = event.clientX + gap;
    let top = event.clientY + gap;
    if (left + box.width > window.innerWidth - 4) left = Math.max(4, event.clientX - gap - box.width);
    if (top + box.height > window.innerHeight - 4) top = Math.max(4, event.clientY - gap - box.height);
    ui.tooltip.style.left = `${left}px`;
    ui.tooltip.style.top = `${top}px`;
  }

  function hideHover() {
    state.hovered = null;
    ui.tooltip.hidden = true;
    markShapes("kite-hover", []);
  }

  // ---- actions to the host ---------------------------------------------------------

  function localLocation(n, target) {
    const shape = isObject(state.shapes[n]) ? state.shapes[n] : {};
    if (target === "style") return shape.statement;
    const object = list(shape.objects).find((o) => isObject(o) && isObject(o.location));
    return object ? object.location : null;
  }

  function reveal(n, target) {
    send({ type: "reveal", shape: n, target }).then((answer) => {
      const answered = isObject(answer) && isObject(answer.location) ? answer.location : null;
      if (transport && transport.browser && answered) {
        ui.reveal.textContent = `→ ${describeLocation(answered)}`;
        document.body.dataset.lastReveal = JSON.stringify(answered);
      }
      const location = answered || localLocation(n, target);
      if (isObject(location)) showNote(`jumped to ${describeLocation(location)}`);
    });
  }

  function openLocation(location) {
    if (isObject(location)) send({ type: "open", location });
  }

  function showNote(text) {
    ui.note.textContent = text;
    ui.note.hidden = false;
    clearTimeout(state.noteTimer);
    state.noteTimer = setTimeout(() => { ui.note.hidden = true; }, 2500);
  }

  // ---- wiring -----------------------------------------------------------------------

  function bindEvents() {
    ui.diagram.addEventListener("click", (event) => {
      const n = shapeIndexOf(event.target);
      if (n === null) return;
      const modified = event.ctrlKey || event.metaKey || event.altKey || event.shiftKey;
      reveal(n, modified ? "substance" : "style");
    });
    ui.diagram.addEventListener("mouseover", (event) => {
      const n = shapeIndexOf(event.target);
      if (n === null) hideHover(); else showHover(n, event);
    });
    ui.diagram.addEventListener("mousemove", moveTooltip);
    ui.diagram.addEventListener("mouseleave", hideHover);
    ui.newVariation.addEventListener("click", () => send({ type: "newVariation" }));
    ui.pin.addEventListener("click", () => {
      state.pinned = !state.pinned; // the next update confirms it
      renderPin();
      send({ type: "pin", pinned: state.pinned });
    });
  }

  function start() {
    bindEvents();
    try {
      transport = typeof acquireVsCodeApi === "function" ? connectWebview() : connectBrowser();
    } catch (error) {
      ui.status.textContent = "cannot reach the preview server";
      ui.status.dataset.state = "error";
    }
  }

  start();
})();
