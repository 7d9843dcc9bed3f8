/* geoalign network view: a Canvas 2D renderer for positions computed in Python, and the analyst's
   tools around it (legend, search, filters, focus, evidence panel, tooltips).
   Every piece of article-derived text reaches the screen through textContent or fillText, never
   innerHTML; links are made only for http(s) URLs. */
(function () {
  "use strict";
  performance.mark("geoalign:start");
  var data = JSON.parse(document.getElementById("geoalign-data").textContent);
  performance.mark("geoalign:parsed");
  var info = data.info, rels = data.rels, N = data.nodes.length, E = data.edges.length;
  var container = document.getElementById("graph");
  var panel = document.getElementById("panel"), panelBody = document.getElementById("panel-body");
  var tooltip = document.getElementById("tooltip");
  var labelColour = {}, stanceColour = {};
  data.legend.labels.forEach(function (l) { labelColour[l.name] = l.color; });
  data.legend.stances.forEach(function (s) { stanceColour[s.name] = s.color; });

  // ============================================================================================
  // Renderer: draws nodes (shape and colour by label, size by degree), stance-coloured edges with
  // arrowheads, and non-overlapping labels; pans, zooms, drags nodes and hit-tests the pointer.
  // ============================================================================================
  function createRenderer(host, nodes, edges) {
    var canvas = document.createElement("canvas");
    host.appendChild(canvas);
    var ctx = canvas.getContext("2d");
    var n = nodes.length, m = edges.length;
    var X = new Float64Array(n), Y = new Float64Array(n), R = new Float64Array(n);
    var labelWidth = new Float32Array(n);
    var src = new Int32Array(m), dst = new Int32Array(m), bend = new Float32Array(m);
    nodes.forEach(function (d, i) { X[i] = d.x; Y[i] = d.y; R[i] = d.size; });
    edges.forEach(function (e, k) { src[k] = e.from; dst[k] = e.to; bend[k] = e.smooth ? e.smooth.roundness : 0; });
    var bigFirst = [], i;
    for (i = 0; i < n; i++) bigFirst.push(i);
    bigFirst.sort(function (a, b) { return R[b] - R[a] || a - b; });
    var smallFirst = bigFirst.slice().reverse();
    var nodeGroups = groupBy(n, function (v) { return nodes[v].color + "|" + nodes[v].shape; });
    var edgeGroups = groupBy(m, function (k) {
      return edges[k].color + "|" + (edges[k].dashes ? 1 : 0) + "|" + edges[k].width;
    });
    var hiddenN = new Uint8Array(n), dimN = new Uint8Array(n), hiddenE = new Uint8Array(m), dimE = new Uint8Array(m);
    var cam = { s: 1, tx: 0, ty: 0 }, W = 1, H = 1, dpr = 1, sized = false;
    var selected = -1, selectedEdge = -1, hovered = -1, hoveredEdge = -1;
    var interacting = false, pending = false, wheelTimer = 0, handlers = {};
    var stats = { nodes: 0, edges: 0, labels: 0, frames: 0 };

    function groupBy(count, key) {
      var byKey = {}, out = [];
      for (var j = 0; j < count; j++) {
        var k = key(j);
        if (!byKey[k]) { byKey[k] = { key: k, items: [] }; out.push(byKey[k]); }
        byKey[k].items.push(j);
      }
      return out;
    }
    function emit(name, a, b) { (handlers[name] || []).forEach(function (fn) { fn(a, b); }); }
    function resize() {  // keeps the point at the centre where it was (the side panel opens and closes)
      var box = host.getBoundingClientRect(), w = Math.max(1, box.width), h = Math.max(1, box.height);
      if (sized) { cam.tx += (w - W) / 2; cam.ty += (h - H) / 2; }
      W = w; H = h; sized = true; dpr = window.devicePixelRatio || 1;
      canvas.width = Math.round(W * dpr); canvas.height = Math.round(H * dpr);
      canvas.style.width = W + "px"; canvas.style.height = H + "px";
    }
    function fit() {
      var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (var v = 0; v < n; v++) {
        if (hiddenN[v]) continue;
        x0 = Math.min(x0, X[v] - R[v]); x1 = Math.max(x1, X[v] + R[v]);
        y0 = Math.min(y0, Y[v] - R[v]); y1 = Math.max(y1, Y[v] + R[v] + 16);
      }
      if (x0 === Infinity) { x0 = y0 = -1; x1 = y1 = 1; }
      cam.s = Math.min((W - 60) / Math.max(x1 - x0, 1), (H - 60) / Math.max(y1 - y0, 1), 2.2);
      cam.tx = W / 2 - cam.s * (x0 + x1) / 2;
      cam.ty = H / 2 - cam.s * (y0 + y1) / 2;
    }
    function centreOn(v, minScale) {
      resize();
      cam.s = Math.max(cam.s, minScale);
      cam.tx = W / 2 - X[v] * cam.s;
      cam.ty = H / 2 - Y[v] * cam.s;
      request();
    }
    function request() {
      if (pending) return;
      pending = true;
      requestAnimationFrame(function () { pending = false; draw(); });
    }
    function control(k) {  // the control point of a bent edge, in world coordinates
      var dx = X[dst[k]] - X[src[k]], dy = Y[dst[k]] - Y[src[k]];
      return [(X[src[k]] + X[dst[k]]) / 2 - dy * bend[k], (Y[src[k]] + Y[dst[k]]) / 2 + dx * bend[k]];
    }
    function edgePath(k, s, arrows) {
      var ax = X[src[k]] * s + cam.tx, ay = Y[src[k]] * s + cam.ty;
      var bx = X[dst[k]] * s + cam.tx, by = Y[dst[k]] * s + cam.ty, cx = 0, cy = 0;
      var minX = Math.min(ax, bx), maxX = Math.max(ax, bx), minY = Math.min(ay, by), maxY = Math.max(ay, by);
      if (bend[k]) {
        var c = control(k);
        cx = c[0] * s + cam.tx; cy = c[1] * s + cam.ty;
        minX = Math.min(minX, cx); maxX = Math.max(maxX, cx); minY = Math.min(minY, cy); maxY = Math.max(maxY, cy);
      }
      if (maxX < -20 || minX > W + 20 || maxY < -20 || minY > H + 20) return false;
      ctx.moveTo(ax, ay);
      if (bend[k]) ctx.quadraticCurveTo(cx, cy, bx, by); else ctx.lineTo(bx, by);
      if (arrows) {
        var fx = bend[k] ? cx : ax, fy = bend[k] ? cy : ay;
        var len = Math.hypot(bx - fx, by - fy);
        if (len > 24) arrows.push([bx, by, (bx - fx) / len, (by - fy) / len, Math.max(R[dst[k]] * s, 2) + 1]);
      }
      return true;
    }
    function drawArrows(list, size) {
      ctx.beginPath();
      list.forEach(function (a) {
        var tipX = a[0] - a[2] * a[4], tipY = a[1] - a[3] * a[4];
        var baseX = tipX - a[2] * size, baseY = tipY - a[3] * size;
        ctx.moveTo(tipX, tipY);
        ctx.lineTo(baseX - a[3] * size * 0.5, baseY + a[2] * size * 0.5);
        ctx.lineTo(baseX + a[3] * size * 0.5, baseY - a[2] * size * 0.5);
        ctx.closePath();
      });
      ctx.fill();
    }
    function drawEdges(s) {
      var drawn = 0, zoomWidth = Math.min(Math.max(s, 0.4), 1.6);
      var many = visibleEdges() > 4000 && s < 0.6;
      ctx.lineCap = "round";
      ctx.globalAlpha = 0.25;
      ctx.strokeStyle = "#bbbbbb";
      ctx.lineWidth = zoomWidth;
      ctx.setLineDash([]);
      ctx.beginPath();
      for (var k = 0; k < m; k++) if (!hiddenE[k] && dimE[k] && edgePath(k, s, null)) drawn++;
      ctx.stroke();
      ctx.globalAlpha = many ? 0.55 : 0.85;
      edgeGroups.forEach(function (g) {
        var e0 = edges[g.items[0]], arrows = many ? null : [];
        ctx.strokeStyle = e0.color; ctx.fillStyle = e0.color;
        ctx.lineWidth = e0.width * zoomWidth;
        ctx.setLineDash(e0.dashes ? [6, 4] : []);
        ctx.beginPath();
        g.items.forEach(function (k) { if (!hiddenE[k] && !dimE[k] && edgePath(k, s, arrows)) drawn++; });
        ctx.stroke();
        ctx.setLineDash([]);
        if (arrows && arrows.length) drawArrows(arrows, 4 + 3 * zoomWidth + e0.width);
      });
      ctx.globalAlpha = 1;
      [[hoveredEdge, "#555555"], [selectedEdge, "#111111"]].forEach(function (pair) {
        var k = pair[0];
        if (k < 0 || hiddenE[k]) return;
        ctx.strokeStyle = pair[1]; ctx.lineWidth = edges[k].width * zoomWidth + 2.5;
        ctx.beginPath(); edgePath(k, s, null); ctx.stroke();
      });
      return drawn;
    }
    function shapePath(shape, x, y, r) {
      switch (shape) {
        case "square": ctx.rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8); break;
        case "triangle": poly(x, y, r * 1.2, 3, -Math.PI / 2); break;
        case "triangleDown": poly(x, y, r * 1.2, 3, Math.PI / 2); break;
        case "diamond": poly(x, y, r * 1.2, 4, 0); break;
        case "hexagon": poly(x, y, r * 1.05, 6, 0); break;
        case "star": star(x, y, r * 1.3); break;
        default: ctx.moveTo(x + r, y); ctx.arc(x, y, r, 0, 2 * Math.PI);
      }
    }
    function poly(x, y, r, sides, start) {
      ctx.moveTo(x + r * Math.cos(start), y + r * Math.sin(start));
      for (var j = 1; j < sides; j++) {
        var a = start + (2 * Math.PI * j) / sides;
        ctx.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
      }
      ctx.closePath();
    }
    function star(x, y, r) {
      for (var j = 0; j < 10; j++) {
        var a = -Math.PI / 2 + (Math.PI * j) / 5, rr = j % 2 ? r * 0.45 : r;
        if (j) ctx.lineTo(x + rr * Math.cos(a), y + rr * Math.sin(a)); else ctx.moveTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
      }
      ctx.closePath();
    }
    function radius(v, s) { return Math.max(R[v] * s, 2); }
    function inView(v, s, pad) {
      var x = X[v] * s + cam.tx, y = Y[v] * s + cam.ty;
      return x > -pad && x < W + pad && y > -pad && y < H + pad;
    }
    function drawNodes(s) {
      var shown = [];
      for (var j = 0; j < n; j++) { var v = smallFirst[j]; if (!hiddenN[v] && inView(v, s, R[v] * s + 4)) shown.push(v); }
      var one = shown.length < 3000;
      ctx.lineWidth = 1.2;
      ctx.strokeStyle = "#ffffff";
      [1, 0].forEach(function (dimPass) {
        ctx.globalAlpha = dimPass ? 0.18 : 1;
        if (one) {
          shown.forEach(function (v) {
            if (dimN[v] !== dimPass) return;
            ctx.beginPath(); shapePath(nodes[v].shape, X[v] * s + cam.tx, Y[v] * s + cam.ty, radius(v, s));
            ctx.fillStyle = nodes[v].color; ctx.fill();
            if (R[v] * s > 3) ctx.stroke();
          });
        } else {
          nodeGroups.forEach(function (g) {
            var d0 = nodes[g.items[0]];
            ctx.fillStyle = d0.color;
            ctx.beginPath();
            g.items.forEach(function (v) {
              if (!hiddenN[v] && dimN[v] === dimPass && inView(v, s, R[v] * s + 4)) shapePath(d0.shape, X[v] * s + cam.tx, Y[v] * s + cam.ty, radius(v, s));
            });
            ctx.fill();
          });
        }
      });
      ctx.globalAlpha = 1;
      [[hovered, "#555555", 1.5], [selected, "#111111", 2.5]].forEach(function (ring) {
        var v = ring[0];
        if (v < 0 || hiddenN[v]) return;
        ctx.beginPath(); ctx.arc(X[v] * s + cam.tx, Y[v] * s + cam.ty, radius(v, s) + 4, 0, 2 * Math.PI);
        ctx.strokeStyle = ring[1]; ctx.lineWidth = ring[2]; ctx.stroke();
      });
      return shown.length;
    }
    function drawLabels(s) {
      var cell = 8, cols = Math.ceil(W / cell) + 1, rows = Math.ceil(H / cell) + 1;
      var taken = new Uint8Array(cols * rows), count = 0, limit = 250;
      ctx.font = "12px system-ui, -apple-system, 'Segoe UI', sans-serif";
      ctx.textAlign = "center"; ctx.textBaseline = "top";
      ctx.lineJoin = "round"; ctx.lineWidth = 3; ctx.strokeStyle = "rgba(255,255,255,0.9)"; ctx.fillStyle = "#222222";
      var first = [selected, hovered].filter(function (v) { return v >= 0; });
      var queue = first.concat(bigFirst);
      for (var j = 0; j < queue.length && count < limit; j++) {
        var v = queue[j];
        if (hiddenN[v] || (dimN[v] && v !== selected && v !== hovered)) continue;
        if (j >= first.length && (v === selected || v === hovered)) continue;
        if (!inView(v, s, 0)) continue;
        var text = nodes[v].label;
        if (!labelWidth[v]) labelWidth[v] = text.length * 6.6;  // 12px sans: measuring thousands costs a frame
        var x = X[v] * s + cam.tx, y = Y[v] * s + cam.ty + radius(v, s) + 3;
        var c0 = Math.max(0, Math.floor((x - labelWidth[v] / 2) / cell)), c1 = Math.min(cols - 1, Math.floor((x + labelWidth[v] / 2) / cell));
        var r0 = Math.max(0, Math.floor(y / cell)), r1 = Math.min(rows - 1, Math.floor((y + 14) / cell));
        var free = true;
        for (var r = r0; r <= r1 && free; r++) for (var c = c0; c <= c1; c++) if (taken[r * cols + c]) { free = false; break; }
        if (!free && j >= first.length) continue;
        for (r = r0; r <= r1; r++) for (c = c0; c <= c1; c++) taken[r * cols + c] = 1;
        ctx.strokeText(text, x, y); ctx.fillText(text, x, y);
        count++;
      }
      return count;
    }
    function visibleEdges() { var c = 0; for (var k = 0; k < m; k++) if (!hiddenE[k]) c++; return c; }
    function draw() {
      var s = cam.s;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, W, H);
      stats.edges = interacting && visibleEdges() > 6000 ? 0 : drawEdges(s);
      stats.nodes = drawNodes(s);
      stats.labels = interacting && n > 3000 ? 0 : drawLabels(s);
      stats.frames++;
      emit("drawn", stats);
    }

    // --- pointer ----------------------------------------------------------------------------
    function local(ev) { var b = canvas.getBoundingClientRect(); return [ev.clientX - b.left, ev.clientY - b.top]; }
    function nodeAt(p) {
      for (var j = n - 1; j >= 0; j--) {
        var v = smallFirst[j];
        if (hiddenN[v]) continue;
        var dx = X[v] * cam.s + cam.tx - p[0], dy = Y[v] * cam.s + cam.ty - p[1], r = Math.max(R[v] * cam.s, 4) + 2;
        if (dx * dx + dy * dy <= r * r) return v;
      }
      return -1;
    }
    function segmentDistance(px, py, ax, ay, bx, by) {
      var dx = bx - ax, dy = by - ay, len = dx * dx + dy * dy;
      var t = len ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len)) : 0;
      return Math.hypot(px - ax - t * dx, py - ay - t * dy);
    }
    function edgeDistance(k, px, py) {
      var s = cam.s, ax = X[src[k]] * s + cam.tx, ay = Y[src[k]] * s + cam.ty;
      var bx = X[dst[k]] * s + cam.tx, by = Y[dst[k]] * s + cam.ty;
      if (!bend[k]) return segmentDistance(px, py, ax, ay, bx, by);
      var c = control(k), cx = c[0] * s + cam.tx, cy = c[1] * s + cam.ty, best = Infinity, lx = ax, ly = ay;
      for (var j = 1; j <= 8; j++) {
        var t = j / 8, u = 1 - t;
        var qx = u * u * ax + 2 * u * t * cx + t * t * bx, qy = u * u * ay + 2 * u * t * cy + t * t * by;
        best = Math.min(best, segmentDistance(px, py, lx, ly, qx, qy));
        lx = qx; ly = qy;
      }
      return best;
    }
    function edgeAt(p) {
      var best = -1, bestD = 5;
      for (var k = 0; k < m; k++) {
        if (hiddenE[k]) continue;
        var d = edgeDistance(k, p[0], p[1]);
        if (d < bestD) { bestD = d; best = k; }
      }
      return best;
    }
    function hover(ev) {
      var p = local(ev), v = nodeAt(p), k = v < 0 ? edgeAt(p) : -1;
      canvas.style.cursor = v >= 0 || k >= 0 ? "pointer" : "grab";
      if (v === hovered && k === hoveredEdge) return;
      hovered = v; hoveredEdge = k;
      if (v >= 0) emit("hoverNode", v, ev); else if (k >= 0) emit("hoverEdge", k, ev); else emit("blur");
      request();
    }
    var down = null;
    canvas.addEventListener("mousedown", function (ev) {
      if (ev.button !== 0) return;
      var p = local(ev);
      down = { x: ev.clientX, y: ev.clientY, node: nodeAt(p), tx: cam.tx, ty: cam.ty, moved: false };
      emit("blur");
    });
    window.addEventListener("mousemove", function (ev) {
      if (!down) { if (ev.target === canvas) hover(ev); return; }
      if (!down.moved && Math.hypot(ev.clientX - down.x, ev.clientY - down.y) < 4) return;
      down.moved = true; interacting = true;
      if (down.node >= 0) {
        var p = local(ev);
        X[down.node] = (p[0] - cam.tx) / cam.s; Y[down.node] = (p[1] - cam.ty) / cam.s;
      } else {
        cam.tx = down.tx + ev.clientX - down.x; cam.ty = down.ty + ev.clientY - down.y;
      }
      request();
    });
    window.addEventListener("mouseup", function (ev) {
      if (!down) return;
      var wasClick = !down.moved;
      down = null; interacting = false;
      if (wasClick) {
        var p = local(ev), v = nodeAt(p);
        emit("click", { node: v, edge: v < 0 ? edgeAt(p) : -1 });
      }
      request();
    });
    canvas.addEventListener("mouseleave", function () { if (hovered >= 0 || hoveredEdge >= 0) { hovered = hoveredEdge = -1; emit("blur"); request(); } });
    canvas.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      var p = local(ev), factor = Math.exp(-ev.deltaY * 0.0015);
      var s = Math.min(Math.max(cam.s * factor, 0.005), 20);
      cam.tx = p[0] - (p[0] - cam.tx) * (s / cam.s); cam.ty = p[1] - (p[1] - cam.ty) * (s / cam.s); cam.s = s;
      interacting = true; clearTimeout(wheelTimer);
      wheelTimer = setTimeout(function () { interacting = false; request(); }, 160);
      emit("blur");
      request();
    }, { passive: false });
    new ResizeObserver(function () {
      var box = host.getBoundingClientRect();
      if (box.width === W && box.height === H) return;  // its first call, right after the first frame
      resize(); request();
    }).observe(host);

    resize();
    fit();
    return {
      on: function (name, fn) { (handlers[name] = handlers[name] || []).push(fn); },
      update: function (nodeHidden, nodeDim, edgeHidden, edgeDim) {
        for (var v = 0; v < n; v++) { hiddenN[v] = nodeHidden[v] ? 1 : 0; dimN[v] = nodeDim[v] ? 1 : 0; }
        for (var k = 0; k < m; k++) { hiddenE[k] = edgeHidden[k] ? 1 : 0; dimE[k] = edgeDim[k] ? 1 : 0; }
        request();
      },
      select: function (v) { selected = v; selectedEdge = -1; request(); },
      selectEdge: function (k) { selectedEdge = k; selected = -1; request(); },
      selection: function () { return { node: selected, edge: selectedEdge }; },
      counts: function () {  // for tests: how many nodes and edges are hidden or dimmed now
        var c = { hiddenNodes: 0, dimNodes: 0, hiddenEdges: 0, dimEdges: 0 }, j;
        for (j = 0; j < n; j++) { c.hiddenNodes += hiddenN[j]; c.dimNodes += dimN[j] && !hiddenN[j] ? 1 : 0; }
        for (j = 0; j < m; j++) { c.hiddenEdges += hiddenE[j]; c.dimEdges += dimE[j] && !hiddenE[j] ? 1 : 0; }
        return c;
      },
      centreOn: centreOn,
      // saved as the world point at the centre and the scale, so the canvas may change size meanwhile
      saveCamera: function () { return { s: cam.s, x: (W / 2 - cam.tx) / cam.s, y: (H / 2 - cam.ty) / cam.s }; },
      restoreCamera: function (c) {
        resize();
        cam.s = c.s; cam.tx = W / 2 - c.x * c.s; cam.ty = H / 2 - c.y * c.s;
        request();
      },
      fit: function () { fit(); request(); },
      draw: draw,
      stats: stats,
      camera: function () { return { s: cam.s, tx: cam.tx, ty: cam.ty, width: W, height: H }; },
      clientPosition: function (v) {
        var b = canvas.getBoundingClientRect();
        return { x: b.left + X[v] * cam.s + cam.tx, y: b.top + Y[v] * cam.s + cam.ty };
      },
      edgeClientPoint: function (k) {  // a point on the edge, away from both nodes
        var b = canvas.getBoundingClientRect(), x, y;
        if (bend[k]) {
          var c = control(k);
          x = 0.25 * X[src[k]] + 0.5 * c[0] + 0.25 * X[dst[k]]; y = 0.25 * Y[src[k]] + 0.5 * c[1] + 0.25 * Y[dst[k]];
        } else { x = (X[src[k]] + X[dst[k]]) / 2; y = (Y[src[k]] + Y[dst[k]]) / 2; }
        return { x: b.left + x * cam.s + cam.tx, y: b.top + y * cam.s + cam.ty };
      }
    };
  }

  var renderer = createRenderer(container, data.nodes, data.edges);
  performance.mark("geoalign:renderer");

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
  var adj = [];
  for (var v0 = 0; v0 < N; v0++) adj.push([]);
  data.edges.forEach(function (e, k) { adj[e.from].push(k); if (e.to !== e.from) adj[e.to].push(k); });
  var state = { labelsOff: new Set(), typesOff: new Set(), since: "", until: "", minConf: 0,
                focus: null, depth: 1, egoOnly: false };
  var shown = { node: new Array(N).fill(true), edge: new Array(E).fill(true) };

  // --- legend -------------------------------------------------------------------------------
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

  // --- filters and focus ----------------------------------------------------------------------
  function dateOk(rel) {
    if (!state.since && !state.until) return true;
    return rel.ev.some(function (ev) {
      return ev.d && (!state.since || ev.d >= state.since) && (!state.until || ev.d.slice(0, 10) <= state.until);
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
  function neighbourhood(start, depth, vis) {
    var seen = new Set([start]), frontier = [start];
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
    var ego = state.focus !== null && vis.node[state.focus] ? neighbourhood(state.focus, state.depth, vis) : null;
    var within = function (k) { return ego.has(data.edges[k].from) && ego.has(data.edges[k].to); };
    if (ego && state.egoOnly) {
      vis.node = vis.node.map(function (on, v) { return on && ego.has(v); });
      vis.edge = vis.edge.map(function (on, k) { return on && within(k); });
    }
    var dim = ego !== null && !state.egoOnly;
    renderer.update(vis.node.map(function (on) { return !on; }), vis.node.map(function (on, v) { return dim && !ego.has(v); }),
                    vis.edge.map(function (on) { return !on; }), vis.edge.map(function (on, k) { return dim && !within(k); }));
    shown = vis;
    updateSummary();
  }
  function updateSummary() {
    var nn = shown.node.filter(Boolean).length, mm = shown.edge.filter(Boolean).length;
    var text = fmt(N) + " nodes · " + fmt(E) + " relations";
    if (nn !== N || mm !== E) text += " (" + fmt(nn) + " nodes, " + fmt(mm) + " relations shown)";
    if (data.total.nodes > N) text += " · most connected of " + fmt(data.total.nodes);
    document.getElementById("summary").textContent = text;
  }
  function focusNode(v, centre) {
    hideTooltip();
    state.focus = v;
    refresh();
    if (!shown.node[v]) { resetFilters(false); state.focus = v; refresh(); }
    renderer.select(v);
    showNode(v);
    if (centre) {
      if (!savedCamera) savedCamera = renderer.saveCamera();
      renderer.centreOn(v, 1.2);
    }
  }
  var savedCamera = null;  // the view before a search moved it; deselecting goes back to it
  function clearFocus() {
    hideTooltip();
    state.focus = null;
    renderer.select(-1);
    panel.hidden = true;
    refresh();
    if (savedCamera) { renderer.restoreCamera(savedCamera); savedCamera = null; }
  }
  function resetFilters(doRefresh) {
    state.labelsOff.clear(); state.typesOff.clear();
    state.since = state.until = ""; state.minConf = 0; state.egoOnly = false;
    document.getElementById("since").value = "";
    document.getElementById("until").value = "";
    document.getElementById("confidence").value = "0";
    document.getElementById("confidence-value").textContent = "0.00";
    document.getElementById("ego-only").checked = false;
    document.querySelectorAll(".legend li.off").forEach(function (li) { li.classList.remove("off"); });
    if (doRefresh !== false) refresh();
  }
  document.getElementById("since").addEventListener("change", function (ev) { state.since = ev.target.value; refresh(); });
  document.getElementById("until").addEventListener("change", function (ev) { state.until = ev.target.value; refresh(); });
  document.getElementById("confidence").addEventListener("input", function (ev) {
    state.minConf = Number(ev.target.value);
    document.getElementById("confidence-value").textContent = state.minConf.toFixed(2);
    refresh();
  });
  document.getElementById("depth").addEventListener("change", function (ev) {
    state.depth = Number(ev.target.value);
    if (state.focus !== null) refresh();
  });
  document.getElementById("ego-only").addEventListener("change", function (ev) { state.egoOnly = ev.target.checked; refresh(); });
  document.getElementById("reset").addEventListener("click", function () { resetFilters(true); });
  document.getElementById("fit").addEventListener("click", function () { renderer.fit(); });

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

  // --- tooltips -------------------------------------------------------------------------------
  function placeTooltip(ev) {
    var x = ev.clientX + 14, y = ev.clientY + 14;
    tooltip.hidden = false;
    var w = tooltip.offsetWidth, h = tooltip.offsetHeight;
    if (x + w > window.innerWidth) x = Math.max(0, x - w - 28);
    if (y + h > window.innerHeight) y = Math.max(0, y - h - 28);
    tooltip.style.left = x + "px";
    tooltip.style.top = y + "px";
  }
  function hideTooltip() { tooltip.hidden = true; }
  renderer.on("hoverNode", function (v, ev) {
    var nd = info[v];
    tooltip.replaceChildren(el("div", "tt-head", nd.n), el("div", "tt-meta", nd.l + " · " + adj[v].length + " relations"));
    if (nd.a.length) tooltip.appendChild(el("div", "tt-meta", "Also: " + nd.a.join(", ")));
    placeTooltip(ev);
  });
  renderer.on("hoverEdge", function (k, ev) {
    var e = data.edges[k], r = rels[k];
    tooltip.replaceChildren(el("div", "tt-head", info[e.from].n + " —" + r.t + "→ " + info[e.to].n));
    r.ev.forEach(function (x) {
      tooltip.appendChild(el("div", "tt-quote", "“" + x.q + "”"));
      var meta = [sourceOf(x).o, x.d].filter(Boolean);
      if (x.m) meta.push(x.m.toUpperCase());
      if (meta.length) tooltip.appendChild(el("div", "tt-meta", meta.join(" · ")));
    });
    placeTooltip(ev);
  });
  renderer.on("blur", hideTooltip);
  renderer.on("click", function (hit) {
    if (hit.node >= 0) focusNode(hit.node, false);
    else if (hit.edge >= 0) { state.focus = null; refresh(); renderer.selectEdge(hit.edge); showEdge(hit.edge); }
    else clearFocus();
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

  // --- first frame ------------------------------------------------------------------------------
  renderer.draw();
  window.geoalignFirstFrame = performance.now();
  updateSummary();
  // "Ready" is the first frame painted with the main thread free again: the page takes input.
  requestAnimationFrame(function () { setTimeout(function () { window.geoalignReady = performance.now(); }, 0); });
  window.geoalign = {
    data: data, state: state, renderer: renderer,
    drawnNodeCount: function () { return renderer.stats.nodes; },
    visibleNodeCount: function () { return shown.node.filter(Boolean).length; },
    nodeIndex: function (id) { return info.findIndex(function (nd) { return nd.id === id; }); },
    search: search, focusNode: focusNode, clearFocus: clearFocus, refresh: refresh
  };
})();
