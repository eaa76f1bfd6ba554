/* newsfacts dashboard: helpers shared by map.js and timeline.js. Every stored string goes into the page
   as text (textContent, createTextNode), never as HTML; links only to this server's own pages. */
"use strict";
var NF = (function () {
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }
  function number(v) {
    if (v === null || v === undefined || v === "") return "";
    return Number(v).toLocaleString("en");
  }
  function value(f) {
    if (f.value !== null && f.value !== undefined) return number(f.value);
    return number(f.low) + "–" + number(f.high);
  }
  function factLink(f) {
    var offsets = String(f.figure_id).split(":").pop();
    return "/articles/" + encodeURIComponent(f.article_id) + "#figure-" + offsets;
  }
  function figureItem(f) {
    return el("li", {class: "figure"}, [
      el("strong", {}, [value(f) + " " + (f.counted || "") + " " + (f.term || "")]),
      el("blockquote", {}, [el("a", {href: factLink(f)}, [f.evidence || f.text || ""])]),
      el("p", {class: "who"}, [(f.stated_by ? f.stated_by + " · " : "") + (f.outlet || f.reported_by || "") +
        (f.published ? " · " + f.published : "")])
    ]);
  }
  function getJSON(url) {
    return fetch(url, {credentials: "same-origin"}).then(function (r) {
      if (!r.ok) return r.json().then(function (b) { throw new Error(b.error ? b.error.message : r.statusText); });
      return r.json();
    });
  }
  return {el: el, number: number, value: value, figureItem: figureItem, getJSON: getJSON};
})();
