/* The alert composer (bot/console/alerts.py): the map, live recipient counts and the exact
   preview of each channel. No inline script anywhere (CSP), so this file.

   - The map (Leaflet, vendored) sets the area: a radius around a postcode, a radius around a
     point clicked on the map, or a polygon drawn by clicking its corners. The tile layer comes
     from the map element's data-tile-url (none: the map still draws the area on a plain
     background, for offline use and tests).
   - Every change of the form asks the server, after a short pause (debounced), for the
     recipient count per channel (counts only, never contacts) and for the exact texts each
     channel will send, with segments and GSM-7/UCS-2: the server's own logic, so the page
     and what is sent always agree.
   - Without JavaScript the form still works: the postcode and radius fields, and the
     server's own preview after "Preview". */
(function () {
  "use strict";
  var form = document.getElementById("composer");
  if (!form) { return; }
  document.documentElement.classList.add("js");
  var mapEl = document.getElementById("alert-map");
  var latField = form.elements.namedItem("lat");
  var lonField = form.elements.namedItem("lon");
  var pointsField = form.elements.namedItem("points");
  var map = null, shape = null, vertices = [];

  function areaMode() {
    var checked = form.querySelector("input[name=area]:checked");
    return checked ? checked.value : "all";
  }

  function radiusMetres() {
    var r = (form.elements.namedItem("radius").value || "").trim().toLowerCase().replace(/\s+/g, "");
    var m = /^(\d+(?:\.\d+)?)(km|m|mi|miles?)?$/.exec(r);
    if (!m) { return 0; }
    var n = parseFloat(m[1]);
    if (m[2] === "km") { return n * 1000; }
    if (m[2] && m[2].charAt(0) === "m" && m[2] !== "m") { return n * 1609.344; }
    return m[2] === "m" ? n : n * 1000;
  }

  function drawShape(centre, radius) {
    if (!map) { return; }
    if (shape) { map.removeLayer(shape); shape = null; }
    var mode = areaMode();
    if (mode === "polygon" && vertices.length) {
      shape = vertices.length >= 3 ? L.polygon(vertices, {color: "#1d70b8"}) : L.polyline(vertices, {color: "#1d70b8"});
      shape.addTo(map);
    } else if ((mode === "point" || mode === "postcode") && centre && radius) {
      shape = L.circle(centre, {radius: radius, color: "#1d70b8"}).addTo(map);
    }
  }

  function setupMap() {
    if (!mapEl || typeof L === "undefined") { return; }
    var centre = (mapEl.getAttribute("data-centre") || "51.45,-2.59").split(",").map(parseFloat);
    map = L.map(mapEl, {center: centre, zoom: parseInt(mapEl.getAttribute("data-zoom") || "9", 10)});
    var tiles = mapEl.getAttribute("data-tile-url");
    if (tiles) {
      L.tileLayer(tiles, {maxZoom: 19, attribution: mapEl.getAttribute("data-attribution") || ""}).addTo(map);
    }
    map.on("click", function (e) {
      var mode = areaMode();
      if (mode === "point") {
        latField.value = e.latlng.lat.toFixed(6);
        lonField.value = e.latlng.lng.toFixed(6);
      } else if (mode === "polygon") {
        vertices.push([+e.latlng.lat.toFixed(6), +e.latlng.lng.toFixed(6)]);
        pointsField.value = vertices.map(function (v) { return v[0] + "," + v[1]; }).join(";");
      } else {
        return;
      }
      changed();
    });
    if (pointsField.value) {
      vertices = pointsField.value.split(";").map(function (p) { return p.split(",").map(parseFloat); });
    }
  }

  function clearPolygon() {
    vertices = [];
    pointsField.value = "";
    changed();
  }

  function undoVertex() {
    vertices.pop();
    pointsField.value = vertices.map(function (v) { return v[0] + "," + v[1]; }).join(";");
    changed();
  }

  function params() {
    var data = new FormData(form);
    data.delete("csrf_token");
    data.delete("action");
    return new URLSearchParams(data).toString();
  }

  /* The page's words (the staff member's language) from the form's data-msg-* attributes. */
  function msg(name, fallback) {
    return form.getAttribute("data-msg-" + name) || fallback;
  }

  function setText(id, text) {
    var el = document.getElementById(id);
    if (el) { el.textContent = text; }
  }

  var seq = 0;
  function refresh() {
    var mine = ++seq;
    var query = params();
    fetch(form.getAttribute("data-count-url") + "?" + query, {credentials: "same-origin",
                                                              headers: {"Accept": "application/json"}})
      .then(function (r) { return r.json(); })
      .then(function (data) {
        if (mine !== seq) { return; }
        showCounts(data);
      })
      .catch(function () { setText("count-summary", msg("count-failed", "Could not count recipients just now.")); });
    fetch(form.getAttribute("data-preview-url") + "?" + query, {credentials: "same-origin",
                                                                headers: {"Accept": "application/json"}})
      .then(function (r) { return r.json(); })
      .then(function (data) {
        if (mine !== seq) { return; }
        showPreview(data);
      })
      .catch(function () { setText("segment-line", msg("preview-failed", "Could not preview the text just now.")); });
  }

  function showCounts(data) {
    var list = document.getElementById("channel-counts");
    if (!data.ok) {
      setText("count-summary", data.error);
      if (list) { list.replaceChildren(); }
      drawShape(null, 0);
      return;
    }
    setText("count-summary", data.summary);
    if (list) {
      list.replaceChildren();
      data.channels.forEach(function (c) {
        var dt = document.createElement("dt"), dd = document.createElement("dd");
        dt.textContent = c.label;
        dd.textContent = String(c.count);
        dd.setAttribute("data-channel", c.name);
        list.appendChild(dt);
        list.appendChild(dd);
      });
    }
    setText("language-line", data.language_line || "");
    var langs = document.getElementById("language-counts");
    if (langs && data.languages) {
      langs.replaceChildren();
      data.languages.forEach(function (l) {
        var dt = document.createElement("dt"), dd = document.createElement("dd");
        dt.textContent = l.name;
        dd.textContent = String(l.people) + (!l.has_text && l.people ? " " + msg("missing", "(no text: missing)") : "");
        dd.setAttribute("data-lang", l.code);
        langs.appendChild(dt);
        langs.appendChild(dd);
      });
    }
    drawShape(data.centre, data.radius_m);
    if (map && data.centre && areaMode() === "postcode") { map.setView(data.centre, map.getZoom()); }
  }

  function showPreview(data) {
    if (!data.ok) {
      setText("segment-line", data.error);
      ["preview-sms", "preview-email-subject", "preview-email", "preview-voice"].forEach(function (id) { setText(id, ""); });
      return;
    }
    setText("segment-line", data.segment_line);
    setText("unicode-line", data.unicode_line || "");
    setText("preview-sms", data.sms);
    setText("preview-email-subject", data.email_subject);
    setText("preview-email", data.email);
    setText("preview-voice", data.voice);
  }

  var timer = null;
  function changed() {
    clearTimeout(timer);
    timer = setTimeout(refresh, 300);
    var mode = areaMode();
    document.querySelectorAll("[data-area-only]").forEach(function (el) {
      el.hidden = el.getAttribute("data-area-only").split(" ").indexOf(mode) < 0;
    });
    if (map && mode === "polygon") { drawShape(null, 0); }
    if (map && mode === "point" && latField.value) {
      drawShape([parseFloat(latField.value), parseFloat(lonField.value)], radiusMetres());
    }
    if (mode === "all" && map && shape) { map.removeLayer(shape); shape = null; }
  }

  setupMap();
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  var undo = document.getElementById("polygon-undo"), clear = document.getElementById("polygon-clear");
  if (undo) { undo.addEventListener("click", undoVertex); }
  if (clear) { clear.addEventListener("click", clearPolygon); }
  changed();
})();
