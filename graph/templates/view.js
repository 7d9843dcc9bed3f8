/* geoalign network view: vis-network (inlined from pyvis) draws the graph; this script feeds it
   from the page's JSON and adds the analyst's tools: legend, search, filters, focus, the evidence
   panel, tooltips, the physics switch and, for big graphs, communities that open on click.
   Every piece of article-derived text reaches the screen through textContent, never innerHTML;
   vis-network gets no `title` (its tooltips would take HTML), and links are made only for
   http(s) URLs. */
(function () {
  "use strict";
  performance.mark("geoalign:start");
  var data = JSON.parse(document.getElementById("geoalign-data").textContent);
  var info = data.info, rels = data.rels, N = data.nodes.length, E = data.edges.length;
  var container = document.getElementById("graph");
  var panel = document.getElementById("panel"), panelBody = document.getElementById("panel-body");
  var tooltip = document.getElementById("tooltip");
  var labelColour = {}, stanceColour = {};
  data.legend.labels.forEach(function (l) { labelColour[l.name] = l.color; });
  data.legend.stances.forEach(function (s) { stanceColour[s.name] = s.color; });
  var DIM_NODE = "#dddddd", DIM_FONT = "#bbbbbb", DIM_EDGE = "#e6e6e6", FONT = "#343434";

  // --- small DOM helpers: text only ---------------------------------------------------------
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
    a.href = href;
    a.target = "_blank";
    a.rel = "noopener noreferrer nofollow";
    return a;
  }
  function sourceOf(ev) {  // outlet and URL, shared by the evidence of one article
    var pair = ev.src === undefined ? [null, null] : data.sources[ev.src];
    return { o: pair[0], u: pair[1] };
  }
  function chip(text, colour) { var c = el("span", "chip", text); c.style.background = colour; return c; }
  function fmt(x) { return Number(x).toLocaleString("en"); }
  function norm(s) { return String(s).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim(); }

  // --- state ----------------------------------------------------------------------------------
  var adj = [], v0;
  for (v0 = 0; v0 < N; v0++) adj.push([]);
  data.edges.forEach(function (e, k) { adj[e.from].push(k); if (e.to !== e.from) adj[e.to].push(k); });
  var clusters = data.clusters, C = clusters.length;
  var clusterOf = new Int32Array(N).fill(-1), opened = new Uint8Array(C);
  clusters.forEach(function (c, i) { c.members.forEach(function (v) { clusterOf[v] = i; }); });
  function placed(v) { return clusterOf[v] < 0 || opened[clusterOf[v]] === 1; }
  function rep(v) { return placed(v) ? v : "c" + clusterOf[v]; }
  var state = { labelsOff: new Set(), typesOff: new Set(), since: "", until: "", undated: false, minConf: 0,
                focus: [], depth: 1, egoOnly: false };
  var shown = { node: new Array(N).fill(true), edge: new Array(E).fill(true) };

  // --- what vis-network holds: placed nodes and edges, closed communities, edges between them ---
  var nodeSet = new vis.DataSet(), edgeSet = new vis.DataSet();
  var applied = { nodes: new Map(), edges: new Map() };  // id -> the state last given to vis-network
  function nodeRecord(id, key, isNew) {
    var base = typeof id === "number" ? data.nodes[id] : clusters[Number(id.slice(1))].node;
    var rec = isNew ? Object.assign({}, base) : { id: id };
    rec.hidden = key === "h";
    rec.color = key === "d" ? DIM_NODE : base.color;
    rec.font = Object.assign({}, base.font, { color: key === "d" ? DIM_FONT : FONT });
    return rec;
  }
  function edgeRecord(id, want, isNew) {
    var base = want.rec || data.edges[id];
    var rec = isNew ? Object.assign({ id: id }, base) : { id: id };
    rec.hidden = want.key === "h";
    rec.color = want.key === "d" ? DIM_EDGE : base.color;
    if (want.rec && !isNew) { rec.width = base.width; }
    return rec;
  }
  function sync(set, had, want, make) {
    var adds = [], updates = [], removes = [];
    want.forEach(function (w, id) {
      var before = had.get(id);
      if (before === undefined) adds.push(make(id, w, true));
      else if (before !== w.key) updates.push(make(id, w, false));
      had.set(id, w.key);
    });
    had.forEach(function (_, id) { if (!want.has(id)) removes.push(id); });
    removes.forEach(function (id) { had.delete(id); });
    if (removes.length) set.remove(removes);
    if (adds.length) set.add(adds);
    if (updates.length) set.update(updates);
  }
  function aggregate(vis, dim) {  // edges that touch a closed community, one per pair of ends
    var groups = new Map();
    for (var k = 0; k < E; k++) {
      if (!vis.edge[k]) continue;
      var e = data.edges[k], a = rep(e.from), b = rep(e.to);
      if ((typeof a === "number" && typeof b === "number") || a === b) continue;
      var id = "a" + a + ">" + b, g = groups.get(id);
      if (!g) { g = { from: a, to: b, n: 0, stances: {} }; groups.set(id, g); }
      g.n += 1;
      g.stances[rels[k].s] = (g.stances[rels[k].s] || 0) + 1;
    }
    var out = new Map();
    groups.forEach(function (g, id) {
      var top = Object.keys(g.stances).sort(function (x, y) { return g.stances[y] - g.stances[x] || (x < y ? -1 : 1); })[0];
      var rec = { from: g.from, to: g.to, color: stanceColour[top] || "#999", width: Math.min(12, 1 + Math.log2(g.n)),
                  arrows: "to", n: g.n, stances: g.stances };
      out.set(id, { key: (dim ? "d" : "n") + g.n + top, rec: rec });
    });
    return out;
  }

  // --- filters and focus ----------------------------------------------------------------------
  function dateOk(rel) {
    if (!state.since && !state.until) return true;
    return rel.ev.some(function (ev) {
      if (!ev.d) return state.undated;
      return (!state.since || ev.d >= state.since) && (!state.until || ev.d.slice(0, 10) <= state.until);
    });
  }
  function baseVisibility() {
    var edgeFilter = state.typesOff.size > 0 || state.since || state.until || state.minConf > 0;
    var nodeOn = info.map(function (nd) { return !state.labelsOff.has(nd.l); });
    var edgeOn = data.edges.map(function (e, k) {
      var r = rels[k];
      return nodeOn[e.from] && nodeOn[e.to] && !state.typesOff.has(r.t) && r.conf >= state.minConf && dateOk(r);
    });
    if (edgeFilter) {
      for (var v = 0; v < N; v++) {
        if (nodeOn[v] && adj[v].length && !adj[v].some(function (k) { return edgeOn[k]; })) nodeOn[v] = false;
      }
    }
    return { node: nodeOn, edge: edgeOn };
  }
  function neighbourhood(starts, depth, vis) {
    var seen = new Set(starts), frontier = starts.slice();
    for (var d = 0; d < depth; d++) {
      var next = [];
      frontier.forEach(function (v) {
        adj[v].forEach(function (k) {
          if (!vis.edge[k]) return;
          var e = data.edges[k], w = e.from === v ? e.to : e.from;
          if (vis.node[w] && !seen.has(w)) { seen.add(w); next.push(w); }
        });
      });
      frontier = next;
    }
    return seen;
  }
  function refresh() {
    var vis = baseVisibility();
    var starts = state.focus.filter(function (v) { return vis.node[v]; });
    var ego = starts.length ? neighbourhood(starts, state.depth, vis) : null;
    var within = function (k) { return ego.has(data.edges[k].from) && ego.has(data.edges[k].to); };
    if (ego && state.egoOnly) {
      vis.node = vis.node.map(function (on, v) { return on && ego.has(v); });
      vis.edge = vis.edge.map(function (on, k) { return on && within(k); });
    }
    var dim = ego !== null && !state.egoOnly;
    var wantNodes = new Map(), wantEdges = aggregate(vis, dim);
    var members = new Int32Array(C), lit = new Uint8Array(C), v, k;
    for (v = 0; v < N; v++) {
      if (placed(v)) wantNodes.set(v, { key: !vis.node[v] ? "h" : dim && !ego.has(v) ? "d" : "n" });
      else if (vis.node[v]) { members[clusterOf[v]] += 1; if (ego && ego.has(v)) lit[clusterOf[v]] = 1; }
    }
    for (var c = 0; c < C; c++) {
      if (!opened[c]) wantNodes.set("c" + c, { key: !members[c] ? "h" : dim && !lit[c] ? "d" : "n" });
    }
    for (k = 0; k < E; k++) {
      var e = data.edges[k];
      if (placed(e.from) && placed(e.to)) wantEdges.set(k, { key: !vis.edge[k] ? "h" : dim && !within(k) ? "d" : "n" });
    }
    sync(nodeSet, applied.nodes, wantNodes, nodeRecord);
    sync(edgeSet, applied.edges, wantEdges, edgeRecord);
    shown = vis;
    updateSummary();
  }
  function drawnNodes() {
    var n = 0;
    applied.nodes.forEach(function (key) { if (key !== "h") n += 1; });
    return n;
  }
  function updateSummary() {
    var nn = shown.node.filter(Boolean).length, mm = shown.edge.filter(Boolean).length;
    var text = fmt(N) + " nodes · " + fmt(E) + " relations";
    if (nn !== N || mm !== E) text += " (" + fmt(nn) + " nodes, " + fmt(mm) + " relations shown)";
    if (C) {
      var open = opened.reduce(function (s, x) { return s + x; }, 0);
      text += " · overview of " + fmt(C) + " communities" + (open ? " (" + fmt(open) + " open)" : "");
    }
    if (data.total.nodes > N) text += " · most connected of " + fmt(data.total.nodes);
    document.getElementById("summary").textContent = text;
  }

  // --- the network ----------------------------------------------------------------------------
  refresh();
  var network = new vis.Network(container, { nodes: nodeSet, edges: edgeSet }, data.options);
  var physicsBox = document.getElementById("physics");
  physicsBox.checked = data.options.physics.enabled;
  window.geoalignStable = !physicsBox.checked;
  network.once("stabilizationIterationsDone", function () {  // untangled: stop, so dragged nodes stay put
    network.setOptions({ physics: { enabled: false } });
    physicsBox.checked = false;
    window.geoalignStable = true;
  });
  physicsBox.addEventListener("change", function () { network.setOptions({ physics: { enabled: physicsBox.checked } }); });
  network.once("afterDrawing", function () {
    window.geoalignFirstFrame = performance.now();
    // "Ready" is the first frame painted with the main thread free again: the page takes input.
    requestAnimationFrame(function () { setTimeout(function () { window.geoalignReady = performance.now(); }, 0); });
  });
  function camera() {
    var p = network.getViewPosition(), box = container.getBoundingClientRect();
    return { scale: network.getScale(), x: p.x, y: p.y, width: box.width, height: box.height };
  }
  function clientPoint(p) {
    var box = container.getBoundingClientRect(), d = network.canvasToDOM(p);
    return { x: box.left + d.x, y: box.top + d.y };
  }
  function openCluster(c, fit) {
    if (opened[c]) return;
    opened[c] = 1;
    hideTooltip();
    refresh();
    if (fit) network.fit({ nodes: clusters[c].members, animation: false });
  }
  function closeAll() {
    opened.fill(0);
    clearFocus();
    network.fit({ animation: false });
  }
  var collapse = document.getElementById("collapse");
  collapse.hidden = C === 0;
  collapse.addEventListener("click", closeAll);

  // --- legend ---------------------------------------------------------------------------------
  function legendItem(list, item, swatchClass, colour, offSet) {
    var li = el("li");
    var sw = el("span", "swatch " + swatchClass);
    sw.style.background = colour;
    li.appendChild(sw);
    li.appendChild(el("span", "name", item.name));
    li.appendChild(el("span", "count", fmt(item.count)));
    if (item.description) li.title = item.description;
    li.dataset.name = item.name;
    li.setAttribute("role", "button");
    li.addEventListener("click", function () {
      if (offSet.has(item.name)) offSet.delete(item.name); else offSet.add(item.name);
      li.classList.toggle("off", offSet.has(item.name));
      refresh();
    });
    list.appendChild(li);
  }
  var labelList = document.getElementById("legend-labels");
  data.legend.labels.forEach(function (l) { legendItem(labelList, l, "shape-" + l.shape, l.color, state.labelsOff); });
  var typeList = document.getElementById("legend-types");
  data.legend.types.forEach(function (t) { legendItem(typeList, t, "line", t.color, state.typesOff); });
  var stanceList = document.getElementById("legend-stances");
  data.legend.stances.forEach(function (s) {
    var li = el("li", "static-item");
    var sw = el("span", "swatch line");
    sw.style.background = s.color;
    li.appendChild(sw);
    li.appendChild(el("span", "name", s.name));
    stanceList.appendChild(li);
  });

  // --- focus ----------------------------------------------------------------------------------
  var savedCamera = null;  // the view before a search moved it; deselecting goes back to it
  function focusNodes(vs, shownNode, centre) {
    hideTooltip();
    vs.forEach(function (v) { if (!placed(v)) opened[clusterOf[v]] = 1; });
    state.focus = vs;
    refresh();
    if (!shown.node[shownNode]) { resetFilters(false); state.focus = vs; refresh(); }
    network.selectNodes(vs);
    showNode(shownNode);
    if (centre) {
      if (!savedCamera) savedCamera = camera();
      network.focus(shownNode, { scale: Math.max(network.getScale(), 1.2), animation: false });
    }
  }
  function focusNode(v, centre) { focusNodes([v], v, centre); }
  function clearFocus() {
    hideTooltip();
    state.focus = [];
    network.unselectAll();
    panel.hidden = true;
    refresh();
    if (savedCamera) {
      network.moveTo({ position: { x: savedCamera.x, y: savedCamera.y }, scale: savedCamera.scale, animation: false });
      savedCamera = null;
    }
  }
  function resetFilters(doRefresh) {
    state.labelsOff.clear(); state.typesOff.clear();
    state.since = state.until = ""; state.minConf = 0; state.egoOnly = false; state.undated = false;
    document.getElementById("since").value = "";
    document.getElementById("until").value = "";
    document.getElementById("undated").checked = false;
    document.getElementById("confidence").value = "0";
    document.getElementById("confidence-value").textContent = "0.00";
    document.getElementById("ego-only").checked = false;
    document.querySelectorAll(".legend li.off").forEach(function (li) { li.classList.remove("off"); });
    if (doRefresh !== false) refresh();
  }
  document.getElementById("since").addEventListener("change", function (ev) { state.since = ev.target.value; refresh(); });
  document.getElementById("until").addEventListener("change", function (ev) { state.until = ev.target.value; refresh(); });
  document.getElementById("undated").addEventListener("change", function (ev) { state.undated = ev.target.checked; refresh(); });
  document.getElementById("confidence").addEventListener("input", function (ev) {
    state.minConf = Number(ev.target.value);
    document.getElementById("confidence-value").textContent = state.minConf.toFixed(2);
    refresh();
  });
  document.getElementById("depth").addEventListener("change", function (ev) {
    state.depth = Number(ev.target.value);
    if (state.focus.length) refresh();
  });
  document.getElementById("ego-only").addEventListener("change", function (ev) { state.egoOnly = ev.target.checked; refresh(); });
  document.getElementById("reset").addEventListener("click", function () { resetFilters(true); });
  document.getElementById("fit").addEventListener("click", function () { network.fit({ animation: false }); });

  // --- side panel -----------------------------------------------------------------------------
  function evidenceBlock(ev) {
    var box = el("div", "evidence");
    box.appendChild(el("blockquote", null, "“" + ev.q + "”"));
    var meta = el("div", "meta");
    var parts = [];
    var source = sourceOf(ev);
    if (source.o) parts.push(el("span", "outlet", source.o));
    if (ev.d) parts.push(el("span", "date", ev.d));
    if (source.u) parts.push(linkOrText(source.u, safeUrl(source.u) ? "source" : null));
    parts.push(el("span", "confidence", "confidence " + Number(ev.c).toFixed(2)));
    parts.forEach(function (p, idx) { if (idx) meta.appendChild(document.createTextNode(" · ")); meta.appendChild(p); });
    if (ev.m) meta.appendChild(el("span", "badge " + ev.m, ev.m));
    box.appendChild(meta);
    return box;
  }
  function nodeButton(v) {
    var b = el("button", "node-link", info[v].n);
    b.type = "button";
    b.addEventListener("click", function () { focusNode(v, true); });
    return b;
  }
  function relationBlock(k, from) {
    var e = data.edges[k], r = rels[k];
    var box = el("div", "rel");
    var head = el("div", "rel-head");
    var type = chip(r.t, stanceColour[r.s] || "#999");
    var parts;
    if (from === null) parts = [nodeButton(e.from), type, nodeButton(e.to)];
    else if (e.from === from && e.to !== from) parts = [el("span", null, "→"), type, nodeButton(e.to)];
    else if (e.to === from && e.from !== from) parts = [nodeButton(e.from), type, el("span", null, "→ " + info[from].n)];
    else parts = [type, el("span", null, "(itself)")];
    parts.forEach(function (part) { head.appendChild(part); head.appendChild(document.createTextNode(" ")); });
    if (r.claimed === false) head.appendChild(el("span", "badge " + r.m, "only " + r.m));
    box.appendChild(head);
    var extra = [r.s];
    if (r.role) extra.push("role: " + r.role);
    if (r.status) extra.push("status: " + r.status);
    extra.push(r.ev.length + (r.ev.length === 1 ? " evidence record" : " evidence records"));
    box.appendChild(el("div", "meta", extra.join(" · ")));
    r.ev.forEach(function (ev) { box.appendChild(evidenceBlock(ev)); });
    return box;
  }
  function openPanel() { panel.hidden = false; panel.scrollTop = 0; }
  function showNode(v) {
    var nd = info[v];
    panelBody.replaceChildren();
    panelBody.appendChild(el("h2", null, nd.n));
    var sub = el("div", "meta");
    sub.appendChild(chip(nd.l, labelColour[nd.l] || "#666"));
    sub.appendChild(document.createTextNode(nd.id));
    panelBody.appendChild(sub);
    if (nd.a.length) panelBody.appendChild(el("div", "meta aliases", "Also: " + nd.a.join(", ")));
    if (nd.outlet || nd.date) panelBody.appendChild(el("div", "meta", [nd.outlet, nd.date].filter(Boolean).join(" · ")));
    if (nd.url) { var u = el("div", "meta"); u.appendChild(linkOrText(nd.url)); panelBody.appendChild(u); }
    var visible = adj[v].filter(function (k) { return shown.edge[k]; });
    visible.sort(function (a, b) { return rels[a].t < rels[b].t ? -1 : rels[a].t > rels[b].t ? 1 : a - b; });
    panelBody.appendChild(el("h3", null, "Relations (" + visible.length + ")"));
    var list = el("div", "relations");
    panelBody.appendChild(list);
    showMore(list, visible, v, 0);
    var hidden = adj[v].length - visible.length;
    if (hidden) panelBody.appendChild(el("p", "hint", hidden + " more hidden by the filters."));
    openPanel();
  }
  var PAGE = 100;  // relations listed at a time: a hub can have thousands
  function showMore(list, ks, v, from) {
    ks.slice(from, from + PAGE).forEach(function (k) { list.appendChild(relationBlock(k, v)); });
    if (ks.length <= from + PAGE) return;
    var more = el("button", "more", "Show " + Math.min(PAGE, ks.length - from - PAGE) + " more of " +
                  (ks.length - from - PAGE) + " remaining relations");
    more.type = "button";
    more.addEventListener("click", function () { more.remove(); showMore(list, ks, v, from + PAGE); });
    list.appendChild(more);
  }
  function showEdge(k) {
    panelBody.replaceChildren();
    panelBody.appendChild(el("h2", null, rels[k].t));
    panelBody.appendChild(relationBlock(k, null));
    openPanel();
  }
  document.getElementById("panel-close").addEventListener("click", clearFocus);

  // --- tooltips (our own element, filled with textContent) ------------------------------------
  var pointer = { x: 0, y: 0 };
  container.addEventListener("pointermove", function (ev) { pointer.x = ev.clientX; pointer.y = ev.clientY; });
  function placeTooltip() {
    var x = pointer.x + 14, y = pointer.y + 14;
    tooltip.hidden = false;
    var w = tooltip.offsetWidth, h = tooltip.offsetHeight;
    if (x + w > window.innerWidth) x = Math.max(0, x - w - 28);
    if (y + h > window.innerHeight) y = Math.max(0, y - h - 28);
    tooltip.style.left = x + "px";
    tooltip.style.top = y + "px";
  }
  function hideTooltip() { tooltip.hidden = true; }
  function nameOf(id) {
    if (typeof id === "number") return info[id].n;
    return "community " + clusters[Number(id.slice(1))].node.label;
  }
  function stanceList(counts) {
    return Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a]; })
      .map(function (s) { return s + " " + fmt(counts[s]); }).join(", ");
  }
  network.on("hoverNode", function (params) {
    var id = params.node;
    if (typeof id === "number") {
      var nd = info[id];
      tooltip.replaceChildren(el("div", "tt-head", nd.n), el("div", "tt-meta", nd.l + " · " + adj[id].length + " relations"));
      if (nd.a.length) tooltip.appendChild(el("div", "tt-meta", "Also: " + nd.a.join(", ")));
    } else {
      var c = clusters[Number(id.slice(1))];
      tooltip.replaceChildren(el("div", "tt-head", "Community of " + fmt(c.members.length) + " nodes"),
        el("div", "tt-meta", "mostly " + c.stance + " · " + fmt(c.relations) + " relations"),
        el("div", "tt-meta", "Top: " + c.top.join(", ")), el("div", "tt-meta", "Click to open it."));
    }
    placeTooltip();
  });
  network.on("hoverEdge", function (params) {
    var id = params.edge;
    if (typeof id === "number") {
      var e = data.edges[id], r = rels[id];
      tooltip.replaceChildren(el("div", "tt-head", info[e.from].n + " —" + r.t + "→ " + info[e.to].n));
      r.ev.forEach(function (x) {
        tooltip.appendChild(el("div", "tt-quote", "“" + x.q + "”"));
        var meta = [sourceOf(x).o, x.d].filter(Boolean);
        if (x.m) meta.push(x.m.toUpperCase());
        if (meta.length) tooltip.appendChild(el("div", "tt-meta", meta.join(" · ")));
      });
    } else {
      var g = edgeSet.get(id);
      tooltip.replaceChildren(el("div", "tt-head", fmt(g.n) + " relations: " + nameOf(g.from) + " → " + nameOf(g.to)),
        el("div", "tt-meta", stanceList(g.stances)));
    }
    placeTooltip();
  });
  network.on("blurNode", hideTooltip);
  network.on("blurEdge", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("click", function (params) {
    var at = network.getNodeAt(params.pointer.DOM);
    if (typeof at === "string") { openCluster(Number(at.slice(1)), false); return; }
    var picked = params.nodes.filter(function (id) { return typeof id === "number"; });
    if (at !== undefined && picked.length) { focusNodes(picked, at, false); return; }
    var edge = network.getEdgeAt(params.pointer.DOM);
    if (typeof edge === "number") {
      state.focus = []; refresh(); network.selectEdges([edge]); showEdge(edge);
    } else if (edge === undefined) clearFocus();
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { clearFocus(); hideResults(); }
  });

  // --- search ---------------------------------------------------------------------------------
  var keys = null;  // built on first use: nothing but drawing happens before the first frame
  var searchInput = document.getElementById("search"), results = document.getElementById("search-results");
  function search(query) {
    var q = norm(query);
    if (!q) return [];
    if (!keys) keys = info.map(function (nd) { return [norm(nd.n)].concat(nd.a.map(norm), [norm(nd.id)]); });
    var hits = [];
    for (var v = 0; v < N; v++) {
      var best = 3;
      for (var j = 0; j < keys[v].length; j++) {
        var key = keys[v][j], score = key === q ? 0 : key.startsWith(q) ? 1 : key.indexOf(q) >= 0 ? 2 : 3;
        if (score < best) best = score;
      }
      if (best < 3) hits.push([best, -info[v].deg, info[v].n, v]);
    }
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0); });
    return hits.slice(0, 12).map(function (h) { return h[3]; });
  }
  function hideResults() { results.hidden = true; results.replaceChildren(); }
  function showResults(found) {
    results.replaceChildren();
    if (!found.length) { results.appendChild(el("li", "muted", "No node found")); results.hidden = false; return; }
    found.forEach(function (v, idx) {
      var li = el("li", idx === 0 ? "active" : null, info[v].n);
      li.appendChild(el("span", "muted", info[v].l));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); pick(v); });
      results.appendChild(li);
    });
    results.hidden = false;
  }
  function pick(v) { hideResults(); searchInput.blur(); focusNode(v, true); }
  searchInput.addEventListener("input", function () {
    if (!searchInput.value.trim()) { hideResults(); return; }
    showResults(search(searchInput.value));
  });
  searchInput.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var found = search(searchInput.value);
      if (found.length) pick(found[0]); else showResults(found);
    }
  });
  searchInput.addEventListener("blur", function () { setTimeout(hideResults, 150); });

  // --- for tests and benchmarks ---------------------------------------------------------------
  window.geoalign = {
    data: data, state: state, network: network, nodes: nodeSet, edges: edgeSet,
    drawnNodeCount: drawnNodes,
    visibleNodeCount: function () { return shown.node.filter(Boolean).length; },
    dimNodeCount: function () { var n = 0; applied.nodes.forEach(function (key) { if (key === "d") n += 1; }); return n; },
    hiddenEdgeCount: function () { var n = 0; applied.edges.forEach(function (key) { if (key === "h") n += 1; }); return n; },
    nodeIndex: function (id) { return info.findIndex(function (nd) { return nd.id === id; }); },
    selection: function () { return network.getSelection(); },
    camera: camera,
    clientPosition: function (id) { return clientPoint(network.getPositions([id])[id]); },
    edgeClientPoint: function (k) {  // the middle of the edge as drawn (vis-network's own geometry)
      var edge = network.body.edges[k];
      return clientPoint(edge.edgeType.getPoint(0.5));
    },
    openCluster: openCluster, closeAll: closeAll,
    search: search, focusNode: focusNode, clearFocus: clearFocus, refresh: refresh
  };
})();
