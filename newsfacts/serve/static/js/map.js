/* The map: countries shaded by how many country-level figures they have, precise places (an admin area, a
   city, a site) as circles sized by their largest count of people; a click lists the figures there. No tiles: the world is world-atlas's countries. */
"use strict";
(function () {
  var box = document.getElementById("map");
  var detail = document.getElementById("map-detail");
  var map = L.map(box, {worldCopyJump: true, minZoom: 1, attributionControl: true}).setView([15, 20], 2);
  map.attributionControl.setPrefix("Leaflet").addAttribution("Natural Earth (world-atlas)");

  // Leaflet reads a string tooltip as HTML: give it an element holding text
  function text(s) { return NF.el("span", {}, [s]); }

  function show(title, items) {
    detail.replaceChildren(NF.el("h2", {}, [title]),
      NF.el("p", {class: "hint"}, [items.length + " figure" + (items.length === 1 ? "" : "s")]),
      NF.el("ol", {class: "figures"}, items.map(NF.figureItem)));
  }

  function shade(n, top) {
    if (!n) return "#eef1f4";
    var t = Math.log(1 + n) / Math.log(1 + top);
    var light = 85 - Math.round(t * 50);
    return "hsl(208, 60%, " + light + "%)";
  }

  Promise.all([NF.getJSON(box.dataset.world), NF.getJSON(box.dataset.api)]).then(function (got) {
    var world = got[0], found = got[1];
    var byNumeric = {};
    var top = 1;
    found.countries.forEach(function (c) { if (c.numeric) byNumeric[c.numeric] = c; top = Math.max(top, c.country_level); });
    var shapes = topojson.feature(world, world.objects.countries);
    L.geoJSON(shapes, {
      style: function (f) {
        var c = byNumeric[f.id];
        // figures at the country's level shade it; a country with only precise places is tinted, its points drawn
        var fill = !c ? shade(0, top) : c.country_level ? shade(c.country_level, top) : "#dde6ef";
        return {color: "#8a99a8", weight: 0.6, fillOpacity: 0.85, fillColor: fill};
      },
      onEachFeature: function (f, layer) {
        var c = byNumeric[f.id];
        if (!c) return;
        layer.bindTooltip(text(c.name + ": " + c.figures + " figures, " + c.country_level + " for the whole country"));
        layer.on("click", function () { show(c.name + " (" + c.country + ")", c.items); });
        layer.on("add", function () { layer.getElement().classList.add("country-" + c.country); });
      }
    }).addTo(map);
    var largest = 1;
    found.points.forEach(function (p) { largest = Math.max(largest, p.largest); });
    found.points.forEach(function (p) {
      var radius = 5 + 20 * Math.sqrt(p.largest / largest);
      var circle = L.circleMarker([p.lat, p.lon], {radius: radius, color: "#b03a2e", weight: 1, fillOpacity: 0.55,
                                                    className: "place-point"});
      circle.bindTooltip(text(p.place + ": " + p.items.length + " figures"));
      circle.on("click", function () { show(p.place, p.items); });
      circle.addTo(map);
    });
    box.dataset.loaded = String(found.countries.length) + "/" + String(found.points.length);
    var list = NF.el("ul", {class: "country-list", id: "country-list"}, found.countries.map(function (c) {
      var b = NF.el("button", {type: "button", "data-country": c.country}, [c.name + " · " + c.figures]);
      b.addEventListener("click", function () { show(c.name + " (" + c.country + ")", c.items); });
      return NF.el("li", {}, [b]);
    }));
    detail.appendChild(list);
  }).catch(function (err) {
    detail.replaceChildren(NF.el("p", {class: "error"}, [String(err.message || err)]));
  });
})();
