/* geoalign explorer: vis-network (inlined from pyvis) draws what the server's JSON API returns.
   Search finds a start, a click on a node adds its neighbours and shows its evidence, every saved
   query has a form (its answer drawn as a table and in the graph), the current graph exports, and
   the URL's #fragment restores what is shown. Article-derived text reaches the screen through
   textContent only; links are made only for http(s) URLs; vis-network gets no `title`. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("geoalign-data").textContent);
  var container = document.getElementById("graph");
  var panel = document.getElementById("panel"), panelBody = document.getElementById("panel-body");
  var nodeSet = new vis.DataSet(), edgeSet = new vis.DataSet();
  var nodes = new Map(), edges = new Map(), expanded = [];
  var busy = 0, stable = true, selected = null, lastQuery = null, restoring = false;

  // --- small DOM helpers: text only -------------------------------------------------------------
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function safeUrl(url) {
    if (typeof url !== "string" || !url) return null;
    try {
      var parsed = new URL(url);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (err) { return null; }
  }
  function linkOrText(url, label) {
    var href = safeUrl(url);
    if (!href) return el("span", "url-text", url);
    var a = el("a", null, label || url);
    a.href = href; a.target = "_blank"; a.rel = "noopener noreferrer nofollow";
    return a;
  }
  function chip(text, colour) { var c = el("span", "chip", text); c.style.background = colour; return c; }
  function short(s) { s = String(s); return s.length > 40 ? s.slice(0, 39) + "…" : s; }
  function stanceOf(type) { return (data.types[type] || { stance: "neutral" }).stance; }

  // --- talking to the server ------------------------------------------------------------------
  function getJSON(url) {
    busy += 1;
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (resp) {
      return resp.json().then(function (body) {
        if (!resp.ok) throw new Error(body.error || ("HTTP " + resp.status));
        return body;
      });
    }).finally(function () { busy -= 1; });
  }
  function filterParams(params) {
    var types = Array.prototype.filter.call(document.getElementById("types").options, function (o) { return o.selected; })
      .map(function (o) { return o.value; });
    if (types.length) params.set("types", types.join(","));
    ["since", "until"].forEach(function (key) {
      var v = document.getElementById(key).value;
      if (v) params.set(key, v);
    });
    if (document.getElementById("negated").checked) params.set("include_negated", "true");
    return params;
  }

  // --- the graph ------------------------------------------------------------------------------
  function addGraph(graph) {
    var newNodes = [], newEdges = [];
    graph.nodes.forEach(function (n) {
      if (nodes.has(n.id)) return;
      nodes.set(n.id, n);
      var style = data.labels[n.label] || { color: "#666666", shape: "dot" };
      newNodes.push({ id: n.id, label: short(n.name), shape: style.shape, color: style.color, size: 14,
                      font: { size: 14, strokeWidth: 3, strokeColor: "#ffffff" } });
    });
    graph.edges.forEach(function (e) {
      if (edges.has(e.key)) return;
      edges.set(e.key, e);
      newEdges.push({ id: e.key, from: e.source, to: e.target, arrows: "to", dashes: !e.claimed,
                      color: data.stances[stanceOf(e.type)] || "#999999",
                      width: 1 + Math.log2(Math.max(1, e.evidence.length)) });
    });
    if (newNodes.length || newEdges.length) stable = false;
    nodeSet.add(newNodes);
    edgeSet.add(newEdges);
    summary();
    return graph.nodes.map(function (n) { return n.id; });
  }
  function summary() {
    document.getElementById("summary").textContent = nodes.size + " nodes · " + edges.size + " relations shown";
  }
  function expand(id) {
    var params = filterParams(new URLSearchParams({ node: id, depth: document.getElementById("depth").value }));
    return getJSON("/api/neighbours?" + params.toString()).then(function (graph) {
      addGraph(graph);
      var centre = graph.nodes.filter(function (n) { return n.id === id; })[0];
      var shownId = centre ? id : (nodes.has(id) ? id : null);
      if (!shownId) { graph.nodes.some(function (n) { shownId = n.id; return true; }); }
      if (shownId && expanded.indexOf(shownId) < 0) expanded.push(shownId);
      saveState();
      if (shownId) { network.selectNodes([shownId]); showNode(shownId); }
      if (graph.truncated) document.getElementById("summary").textContent += " (neighbourhood cut at the row limit)";
      return shownId;
    }).catch(function (err) { document.getElementById("summary").textContent = err.message; });
  }
  function clearGraph() {
    nodes.clear(); edges.clear(); nodeSet.clear(); edgeSet.clear(); expanded = [];
    selected = null; lastQuery = null; panel.hidden = true; saveState(); summary();
  }

  // --- the evidence panel ---------------------------------------------------------------------
  function evidenceBlock(ev) {
    var box = el("div", "evidence");
    box.appendChild(el("blockquote", null, "“" + ev.quote + "”"));
    var meta = el("div", "meta"), parts = [];
    if (ev.outlet) parts.push(el("span", "outlet", ev.outlet));
    if (ev.date) parts.push(el("span", "date", ev.date));
    if (ev.url) parts.push(linkOrText(ev.url, safeUrl(ev.url) ? "source" : null));
    parts.push(el("span", "confidence", "confidence " + Number(ev.confidence).toFixed(2)));
    parts.forEach(function (p, i) { if (i) meta.appendChild(document.createTextNode(" · ")); meta.appendChild(p); });
    if (ev.modality && ev.modality !== "asserted") meta.appendChild(el("span", "badge " + ev.modality, ev.modality));
    box.appendChild(meta);
    return box;
  }
  function nodeButton(id) {
    var n = nodes.get(id), b = el("button", "node-link", n ? n.name : id);
    b.type = "button";
    b.addEventListener("click", function () { network.selectNodes([id]); showNode(id); network.focus(id, { animation: false }); });
    return b;
  }
  function relationBlock(e, from) {
    var box = el("div", "rel"), head = el("div", "rel-head");
    var type = chip(e.type, data.stances[stanceOf(e.type)] || "#999");
    var parts = from === e.source ? [el("span", null, "→"), type, nodeButton(e.target)]
      : from === e.target ? [nodeButton(e.source), type, el("span", null, "→ " + nodes.get(from).name)]
      : [nodeButton(e.source), type, nodeButton(e.target)];
    parts.forEach(function (p) { head.appendChild(p); head.appendChild(document.createTextNode(" ")); });
    if (!e.claimed) head.appendChild(el("span", "badge " + e.modality, "only " + e.modality));
    box.appendChild(head);
    var extra = [stanceOf(e.type)];
    if (e.role) extra.push("role: " + e.role);
    if (e.status) extra.push("status: " + e.status);
    extra.push(e.evidence.length + (e.evidence.length === 1 ? " evidence record" : " evidence records"));
    box.appendChild(el("div", "meta", extra.join(" · ")));
    e.evidence.forEach(function (ev) { box.appendChild(evidenceBlock(ev)); });
    return box;
  }
  function showNode(id) {
    var n = nodes.get(id);
    if (!n) return;
    panelBody.replaceChildren();
    panelBody.appendChild(el("h2", null, n.name));
    var sub = el("div", "meta");
    sub.appendChild(chip(n.label, (data.labels[n.label] || { color: "#666" }).color));
    sub.appendChild(document.createTextNode(n.id));
    panelBody.appendChild(sub);
    if (n.aliases.length) panelBody.appendChild(el("div", "meta aliases", "Also: " + n.aliases.join(", ")));
    var mine = [];
    edges.forEach(function (e) { if (e.source === id || e.target === id) mine.push(e); });
    mine.sort(function (a, b) { return a.type < b.type ? -1 : a.type > b.type ? 1 : a.key < b.key ? -1 : 1; });
    panelBody.appendChild(el("h3", null, "Relations (" + mine.length + ")"));
    var list = el("div", "relations");
    mine.forEach(function (e) { list.appendChild(relationBlock(e, id)); });
    panelBody.appendChild(list);
    panel.hidden = false; panel.scrollTop = 0;
    selected = id; saveState();
  }
  function showEdge(key) {
    var e = edges.get(key);
    selected = null; saveState();
    panelBody.replaceChildren();
    panelBody.appendChild(el("h2", null, e.type));
    panelBody.appendChild(relationBlock(e, null));
    panel.hidden = false; panel.scrollTop = 0;
  }
  function closePanel() { panel.hidden = true; selected = null; saveState(); }
  document.getElementById("panel-close").addEventListener("click", function () { closePanel(); network.unselectAll(); });

  // --- the network ----------------------------------------------------------------------------
  var network = new vis.Network(container, { nodes: nodeSet, edges: edgeSet }, {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 0 },
    physics: { solver: "barnesHut", barnesHut: { gravitationalConstant: -4000, springLength: 110, avoidOverlap: 0.3 },
               stabilization: { iterations: 200, fit: true } },
    interaction: { hover: true, navigationButtons: true, keyboard: { enabled: true, bindToWindow: false } },
    edges: { smooth: { enabled: true, type: "dynamic" }, arrowStrikethrough: false, selectionWidth: 2 }
  });
  network.on("stabilized", function () { stable = true; });
  network.on("click", function (params) {
    if (params.nodes.length) { expand(params.nodes[0]); return; }
    if (params.edges.length) { showEdge(params.edges[0]); return; }
    closePanel();
  });
  document.getElementById("clear").addEventListener("click", clearGraph);
  document.getElementById("fit").addEventListener("click", function () { network.fit({ animation: false }); });
  var typeSelect = document.getElementById("types");
  Object.keys(data.types).forEach(function (t) {
    var o = el("option", null, t); o.value = t; o.title = data.types[t].description; typeSelect.appendChild(o);
  });
  ["depth", "types", "since", "until", "negated"].forEach(function (id) {
    document.getElementById(id).addEventListener("change", saveState);
  });

  // --- search ---------------------------------------------------------------------------------
  var searchInput = document.getElementById("search"), results = document.getElementById("search-results");
  var searchTimer = null, searchSeq = 0;
  function hideResults() { results.hidden = true; results.replaceChildren(); }
  function showResults(found) {
    results.replaceChildren();
    if (!found.length) { results.appendChild(el("li", "muted", "No node found")); results.hidden = false; return; }
    found.forEach(function (n, i) {
      var li = el("li", i === 0 ? "active" : null, n.name);
      li.appendChild(el("span", "muted", n.label));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); pick(n.id); });
      results.appendChild(li);
    });
    results.hidden = false;
  }
  function runSearch() {
    var q = searchInput.value.trim(), seq = ++searchSeq;
    if (!q) { hideResults(); return Promise.resolve([]); }
    return getJSON("/api/search?" + new URLSearchParams({ q: q }).toString()).then(function (body) {
      if (seq === searchSeq) showResults(body.nodes);
      return body.nodes;
    }).catch(function (err) { results.replaceChildren(el("li", "muted", err.message)); results.hidden = false; return []; });
  }
  function pick(id) { hideResults(); searchInput.blur(); expand(id); }
  searchInput.addEventListener("input", function () { clearTimeout(searchTimer); searchTimer = setTimeout(runSearch, 150); });
  searchInput.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") return;
    clearTimeout(searchTimer);
    runSearch().then(function (found) { if (found.length) pick(found[0].id); });
  });
  searchInput.addEventListener("blur", function () { setTimeout(hideResults, 150); });

  // --- saved-query forms, generated from each query's header -----------------------------------
  function paramInput(p) {
    var input;
    if (p.choices.length) {
      input = el("select");
      p.choices.forEach(function (c) { var o = el("option", null, c); o.value = c; input.appendChild(o); });
      if (p.default !== null) input.value = p.default;
    } else if (p.type === "boolean") {
      input = el("input"); input.type = "checkbox"; input.checked = p.default === true;
    } else {
      input = el("input");
      input.type = p.type === "integer" || p.type === "float" ? "number" : p.type === "date" ? "date" : "text";
      if (p.type === "float") input.step = "any";
      if (p.low !== null) input.min = p.low;
      if (p.high !== null) input.max = p.high;
      if (p.default !== null) input.value = Array.isArray(p.default) ? p.default.join(",") : p.default;
      if (p.type === "list") input.placeholder = "comma-separated";
      if (p.required) input.required = true;
    }
    input.name = p.name;
    input.dataset.type = p.type;
    return input;
  }
  function presetForm(preset) {
    var box = el("details", "preset"), form = el("form"), error = el("div", "error");
    box.dataset.name = preset.name;
    box.appendChild(el("summary", null, preset.title));
    form.appendChild(el("p", "question", preset.question));
    preset.params.forEach(function (p) {
      var label = el("label", null, p.name + (p.required ? " *" : "") + (p.description ? " — " + p.description : ""));
      label.appendChild(paramInput(p));
      form.appendChild(label);
    });
    var run = el("button", null, "Run"); run.type = "submit";
    form.appendChild(run);
    form.appendChild(error);
    form.noValidate = true;  // the server checks types and ranges and says what is wrong, in place
    form.addEventListener("submit", function (ev) { ev.preventDefault(); runPreset(preset, form, error); });
    box.appendChild(form);
    return box;
  }
  function formValues(form) {
    var values = [];
    Array.prototype.forEach.call(form.elements, function (input) {
      if (!input.name) return;
      if (input.type === "checkbox") values.push([input.name, input.checked ? "true" : "false"]);
      else if (input.value !== "") values.push([input.name, input.value]);
    });
    return values;
  }
  function runPreset(preset, form, error) {
    var values = formValues(form), params = new URLSearchParams(values);
    params.set("_graph", "1");  // the answer's nodes and the relations among them, besides the rows
    error.textContent = "";
    return getJSON("/api/query/" + encodeURIComponent(preset.name) + "?" + params.toString())
      .then(function (body) {
        lastQuery = { name: preset.name, values: values };
        var drawn = addGraph(body.graph);
        showTable(preset.title, body, body.graph);
        if (drawn.length) network.selectNodes(drawn);
        saveState();
      })
      .catch(function (err) { error.textContent = err.message; });
  }
  var forms = document.getElementById("preset-forms"), presetsByName = {};
  data.presets.forEach(function (p) { presetsByName[p.name] = p; forms.appendChild(presetForm(p)); });
  function runSavedFromState(name, params) {
    var preset = presetsByName[name];
    if (!preset) return Promise.resolve();
    var box = forms.querySelector("details.preset[data-name='" + CSS.escape(name) + "']"), form = box.querySelector("form");
    Array.prototype.forEach.call(form.elements, function (input) {
      if (!input.name || !params.has("q." + input.name)) return;
      var v = params.get("q." + input.name);
      if (input.type === "checkbox") input.checked = v === "true"; else input.value = v;
    });
    box.open = true;
    return runPreset(preset, form, box.querySelector(".error"));
  }

  // --- results as a table ---------------------------------------------------------------------
  var resultsBox = document.getElementById("results");
  function cell(value, column) {
    var td = el("td");
    var values = Array.isArray(value) ? value : [value];
    var isId = column === "id" || /_id$/.test(column);
    values.forEach(function (v, i) {
      if (i) td.appendChild(document.createTextNode("; "));
      if (isId && typeof v === "string" && v) {
        var b = el("button", "node-link", v); b.type = "button";
        b.addEventListener("click", function () { expand(v); });
        td.appendChild(b);
      } else td.appendChild(document.createTextNode(v === null || v === undefined ? "" : String(v)));
    });
    return td;
  }
  function showTable(title, body, graph) {
    var table = el("table"), head = el("tr");
    body.columns.forEach(function (c) { head.appendChild(el("th", null, c)); });
    table.appendChild(head);
    body.rows.forEach(function (row) {
      var tr = el("tr");
      row.forEach(function (v, i) { tr.appendChild(cell(v, body.columns[i])); });
      table.appendChild(tr);
    });
    document.getElementById("results-title").textContent = title + " — " + body.rows.length + " rows" +
      (body.truncated ? " (cut at the row limit)" : "") +
      (graph && graph.nodes.length ? " · " + graph.nodes.length + " nodes and " + graph.edges.length +
        " relations drawn in the graph" + (graph.truncated ? " (cut)" : "") : "");
    var out = document.getElementById("results-body");
    out.replaceChildren(table);
    if (!body.rows.length) out.appendChild(el("p", "hint", "No rows."));
    resultsBox.hidden = false;
  }
  document.getElementById("results-close").addEventListener("click", function () { resultsBox.hidden = true; });

  // --- export and the URL that restores the state ---------------------------------------------
  function download(href, name) {
    var a = el("a"); a.href = href; a.download = name; document.body.appendChild(a); a.click(); a.remove();
  }
  var EXPORT_NAMES = { json: "geoalign-export.json", gexf: "geoalign-export.gexf",
                       graphml: "geoalign-export.graphml", report: "geoalign-report.zip" };
  function exportUrl(format) {
    var params = filterParams(new URLSearchParams({ format: format, depth: "0", include_negated: "true" }));
    nodes.forEach(function (_, id) { params.append("around", id); });
    return "/api/export?" + params.toString();
  }
  document.querySelectorAll("#export a[data-format]").forEach(function (a) {
    a.addEventListener("click", function (ev) {
      ev.preventDefault();
      if (!nodes.size) return;
      download(exportUrl(a.dataset.format), EXPORT_NAMES[a.dataset.format]);
    });
  });
  document.getElementById("export-png").addEventListener("click", function (ev) {
    ev.preventDefault();
    var canvas = container.querySelector("canvas");
    if (canvas) download(canvas.toDataURL("image/png"), "geoalign-explorer.png");
  });
  // The state in the URL's #fragment: n (expanded nodes, in order), depth, the filters (types, since,
  // until, include_negated), sel (the node in the panel), q and q.PARAM (the saved query last run).
  function saveState() {
    if (restoring) return;
    var params = new URLSearchParams();
    expanded.forEach(function (id) { params.append("n", id); });
    params.set("depth", document.getElementById("depth").value);
    filterParams(params);
    if (selected) params.set("sel", selected);
    if (lastQuery) {
      params.set("q", lastQuery.name);
      lastQuery.values.forEach(function (kv) { params.set("q." + kv[0], kv[1]); });
    }
    var shown = expanded.length || lastQuery || selected;
    history.replaceState(null, "", shown ? "#" + params.toString() : location.pathname);
  }
  function restore() {
    var params = new URLSearchParams(location.hash.slice(1));
    if (params.get("depth")) document.getElementById("depth").value = params.get("depth");
    var types = (params.get("types") || "").split(",");
    Array.prototype.forEach.call(typeSelect.options, function (o) { o.selected = types.indexOf(o.value) >= 0; });
    ["since", "until"].forEach(function (key) { document.getElementById(key).value = params.get(key) || ""; });
    document.getElementById("negated").checked = params.get("include_negated") === "true";
    restoring = true;
    return params.getAll("n").reduce(function (p, id) { return p.then(function () { return expand(id); }); }, Promise.resolve())
      .then(function () { return params.get("q") ? runSavedFromState(params.get("q"), params) : null; })
      .finally(function () {
        restoring = false;
        var sel = params.get("sel");
        if (sel && nodes.has(sel)) { network.selectNodes([sel]); showNode(sel); }
        else { selected = null; panel.hidden = true; saveState(); }
      });
  }

  window.geoalignExplorer = {
    network: network, nodes: nodes, edges: edges, expand: expand, search: runSearch, exportUrl: exportUrl,
    selected: function () { return selected; },
    busy: function () { return busy; },
    stable: function () { return stable; },
    clientPosition: function (id) {
      var box = container.getBoundingClientRect(), d = network.canvasToDOM(network.getPositions([id])[id]);
      return { x: box.left + d.x, y: box.top + d.y };
    }
  };
  restore().then(function () { window.geoalignReady = true; });
})();
