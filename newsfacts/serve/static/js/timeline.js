/* The timeline: each report of a figure is one point at its date, one series per source; points are never
   added up (alternative estimates of one thing stay apart). Drawn with uPlot. */
"use strict";
(function () {
  var box = document.getElementById("chart");
  if (!box) return;
  NF.getJSON(box.dataset.api).then(function (found) {
    var points = found.points.filter(function (p) { return p.value !== null || p.low !== null; });
    if (!points.length) { box.appendChild(NF.el("p", {class: "hint"}, ["No dated figures to draw."])); return; }
    var xs = Array.from(new Set(points.map(function (p) { return Date.parse(p.date) / 1000; }))).sort(function (a, b) { return a - b; });
    var index = {};
    xs.forEach(function (x, i) { index[x] = i; });
    var series = found.series;
    var columns = series.map(function () { return xs.map(function () { return null; }); });
    points.forEach(function (p) {
      var s = series.indexOf(p.source), i = index[Date.parse(p.date) / 1000];
      var v = p.value !== null ? p.value : p.low;
      // one source, one day, two figures: keep the larger as the point (the table lists both); never a sum
      columns[s][i] = columns[s][i] === null ? v : Math.max(columns[s][i], v);
    });
    var colours = ["#1f4e79", "#b03a2e", "#1e8449", "#7d3c98", "#b9770e", "#2e86c1", "#566573"];
    var day = 86400;
    function isoDay(t) { return new Date(t * 1000).toISOString().slice(0, 10); }
    var opts = {
      width: Math.max(320, box.clientWidth || 800), height: 320,
      scales: {x: {time: true, range: function (u, min, max) { return [min - 2 * day, max + 2 * day]; }}},
      series: [{}].concat(series.map(function (name, i) {
        return {label: name, stroke: colours[i % colours.length], width: 0, spanGaps: false,
                points: {show: true, size: 9, fill: colours[i % colours.length]}, paths: function () { return null; }};
      })),
      axes: [{space: 90, values: function (u, vals) { return vals.map(isoDay); }},
             {values: function (u, vals) { return vals.map(NF.number); }, size: 70}]
    };
    new uPlot(opts, [xs].concat(columns), box);
    box.dataset.loaded = String(points.length);
  }).catch(function (err) {
    box.appendChild(NF.el("p", {class: "error"}, [String(err.message || err)]));
  });
})();
