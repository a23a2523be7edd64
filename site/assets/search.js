/* Search, offline, in either script. The box (layout.peb) is hidden until this runs: without
   JavaScript there is nothing to search with. The first time the reader focuses the box, the
   edition's index (search/<edition>.js, made by the build: see SearchIndex.java) is loaded with a
   <script> element, which works from file:// where fetch() does not, and under any sub-path (its
   address is taken from this script's own). Queries and texts are folded to one key per
   character with the index's table (Traditional, Simplified and variant forms alike), so 蒸馏
   finds 蒸餾; a query containing a phrase of one of the site's variant groups (晶片 / 芯片) is
   also searched with the others. Results: glossary entries named by the query first, then parts
   where the query is a glossary term or a whole word, then by how often it occurs. Everything
   from the index is put on the page as text, never as HTML. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) { return; }
  /* On 404.html this script is added by the page's inline script, before the box is parsed. */
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }

  function start() {
    var box = document.querySelector("[data-search]");
    if (!box) { return; }
    var input = box.querySelector(".search-input");
    var status = box.querySelector(".search-status");
    var panel = box.querySelector(".search-panel");
    var list = box.querySelector(".search-results");
    var SHOWN = 50;
    var WORD = /[\p{L}\p{N}]/u;
    var HAN = /\p{Script=Han}/u;
    box.hidden = false;

    /* The edition results are shown in: the page's own; on a page in several editions (home,
       parallel view, 404), the one the reader last read (an edition id: letters, digits, '-'),
       else the page's (the site's first edition). */
    function edition() {
      var page = document.querySelector("[data-edition-page]");
      var own = page ? page.getAttribute("data-edition-page") : null;
      if (own && own !== "parallel") { return own; }
      var last = null;
      try { last = window.localStorage.getItem("zhedition.edition"); } catch (e) { /* file://, private mode */ }
      return last && last !== "parallel" && /^[A-Za-z0-9-]+$/.test(last) ? last : box.getAttribute("data-lang");
    }

    var lang = edition();
    var index = null;
    var loading = false;

    function say(text) {
      if (status.textContent !== text) { status.textContent = text; }
    }

    function load() {
      if (index || loading) { return; }
      loading = true;
      say(box.getAttribute("data-loading") || "");
      var tag = document.createElement("script");
      tag.src = new URL("../search/" + lang + ".js", script.src).href;
      tag.onload = function () {
        var data = window.zheditionSearch && window.zheditionSearch[lang];
        if (!data) { return; }
        index = prepare(data);
        say("");
        run();
      };
      document.head.appendChild(tag);
    }

    function prepare(data) {
      var fold = Object.create(null);
      for (var i = 0; i + 1 < data.fold.length; i += 2) { fold[data.fold.charAt(i)] = data.fold.charAt(i + 1); }
      var idx = { fold: fold, syn: data.syn, terms: Object.create(null), docs: data.docs, grams: data.grams, folded: [] };
      for (var t = 0; t < data.terms.length; t++) { idx.terms[data.terms[t]] = true; }
      return idx;
    }

    function foldText(s) {
      var out = "";
      for (var i = 0; i < s.length; i++) {
        var c = s.charAt(i);
        out += index.fold[c] || c;
      }
      return out;
    }

    /* The folded text of a part, folded once. */
    function folded(d, p) {
      var key = d + ":" + p;
      var f = index.folded[key];
      if (f === undefined) { f = index.folded[key] = foldText(index.docs[d].p[p][2]); }
      return f;
    }

    /* The query and, for each variant group with a member inside it, the query with that member
       replaced by each other member. */
    function variants(q) {
      var out = [q];
      for (var g = 0; g < index.syn.length && out.length < 32; g++) {
        var group = index.syn[g];
        for (var m = 0; m < group.length; m++) {
          if (q.indexOf(group[m]) < 0) { continue; }
          for (var o = 0; o < group.length; o++) {
            var v = q.split(group[m]).join(group[o]);
            if (out.indexOf(v) < 0) { out.push(v); }
          }
        }
      }
      return out;
    }

    /* The documents holding every character pair of v (every character, for one alone). */
    function candidates(v) {
      var keys = [];
      for (var i = 0; i < v.length; i++) {
        var c = v.charAt(i);
        if (/\s/.test(c)) { continue; }
        if (v.length === 1) { keys.push(c); }
        var n = v.charAt(i + 1);
        if (n && !/\s/.test(n)) { keys.push(c + n); }
      }
      if (keys.length === 0 && v.trim()) { keys.push(v.trim().charAt(0)); }
      var docs = null;
      for (var k = 0; k < keys.length; k++) {
        var posting = index.grams[keys[k]];
        if (!posting) { return []; }
        docs = docs === null ? posting.slice() : docs.filter(function (d) { return posting.indexOf(d) >= 0; });
      }
      return docs || [];
    }

    /* Whether a match stands as a word: not run into letters of its own kind on either side (AI
       in 美國AI公司 is a word, in OpenAI it is not; 蒸餾 inside 知識蒸餾技術 is not, at 「蒸餾」 it is). */
    function kind(c) { return !c ? "" : HAN.test(c) ? "han" : WORD.test(c) ? "word" : ""; }
    function whole(text, at, length) {
      var first = kind(text.charAt(at));
      var last = kind(text.charAt(at + length - 1));
      return !(first && kind(at > 0 ? text.charAt(at - 1) : "") === first)
          && !(last && kind(text.charAt(at + length)) === last);
    }

    /* Every part where a variant of the query occurs, ranked. Exposed for the tests as
       window.zheditionSearchQuery once an index is loaded. */
    function search(query) {
      var q = foldText(query.trim());
      if (!q) { return []; }
      var vs = variants(q);
      var docs = [];
      vs.forEach(function (v) {
        candidates(v).forEach(function (d) { if (docs.indexOf(d) < 0) { docs.push(d); } });
      });
      docs.sort(function (a, b) { return a - b; });
      var term = vs.some(function (v) { return index.terms[v]; });
      var results = [];
      docs.forEach(function (d) {
        var parts = index.docs[d].p;
        for (var p = 0; p < parts.length; p++) {
          var f = folded(d, p);
          var hits = [];
          var isWhole = false;
          vs.forEach(function (v) {
            for (var at = f.indexOf(v); at >= 0; at = f.indexOf(v, at + v.length)) {
              hits.push([at, v.length]);
              if (whole(f, at, v.length)) { isWhole = true; }
            }
          });
          if (hits.length === 0) { continue; }
          var named = parts[p].slice(3).some(function (form) { return vs.indexOf(foldText(form)) >= 0; });
          hits.sort(function (a, b) { return a[0] - b[0]; });
          results.push({ doc: d, part: p, hits: hits, rank: named ? 0 : term || isWhole ? 1 : 2 });
        }
      });
      results.sort(function (a, b) {
        return a.rank - b.rank || b.hits.length - a.hits.length || a.doc - b.doc || a.part - b.part;
      });
      return results;
    }

    function label(r) {
      var doc = index.docs[r.doc];
      var part = doc.p[r.part];
      if (doc.g) { return (box.getAttribute("data-glossary") || "") + " · " + (part[3] || ""); }
      if (part[1] === "p") {
        return doc.t + " · " + (box.getAttribute("data-paragraph") || "{n}").replace("{n}", part[0].substring(1));
      }
      return doc.t;
    }

    /* The part's text around its first match, every match in it marked. */
    function snippet(r, into) {
      var text = index.docs[r.doc].p[r.part][2];
      var first = r.hits[0][0];
      var start = Math.max(0, first - 30);
      var end = Math.min(text.length, first + r.hits[0][1] + 60);
      if (start > 0) { into.appendChild(document.createTextNode("…")); }
      var at = start;
      r.hits.forEach(function (h) {
        var from = Math.max(h[0], at);
        var to = Math.min(h[0] + h[1], end);
        if (to <= from) { return; }
        into.appendChild(document.createTextNode(text.substring(at, from)));
        var mark = document.createElement("mark");
        mark.textContent = text.substring(from, to);
        into.appendChild(mark);
        at = to;
      });
      into.appendChild(document.createTextNode(text.substring(at, end)));
      if (end < text.length) { into.appendChild(document.createTextNode("…")); }
    }

    function run() {
      if (!index) { return; }
      var query = input.value;
      while (list.firstChild) { list.removeChild(list.firstChild); }
      if (!query.trim()) {
        panel.hidden = true;
        say("");
        return;
      }
      var results = search(query);
      results.slice(0, SHOWN).forEach(function (r) {
        var doc = index.docs[r.doc];
        var id = doc.p[r.part][0];
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = new URL("../" + doc.u + (id ? "#" + id : ""), script.src).href;
        var where = document.createElement("span");
        where.className = "search-where";
        where.textContent = label(r);
        var text = document.createElement("span");
        text.className = "search-snippet";
        snippet(r, text);
        a.appendChild(where);
        a.appendChild(text);
        li.appendChild(a);
        list.appendChild(li);
      });
      panel.hidden = results.length === 0;
      say(results.length === 0 ? (box.getAttribute("data-none") || "")
          : (box.getAttribute("data-results") || "{n}").replace("{n}", String(results.length)));
    }

    var timer = null;
    input.addEventListener("focus", function () {
      load();
      if (index && input.value.trim()) { run(); }
    });
    input.addEventListener("input", function () {
      load();
      window.clearTimeout(timer);
      timer = window.setTimeout(run, 80);
    });

    function links() { return list.querySelectorAll("a"); }
    function close() {
      panel.hidden = true;
    }
    input.addEventListener("keydown", function (event) {
      var all = links();
      if (event.key === "ArrowDown" && all.length) {
        event.preventDefault();
        panel.hidden = false;
        all[0].focus();
      } else if (event.key === "Enter" && all.length) {
        event.preventDefault();
        all[0].click();
      } else if (event.key === "Escape") {
        if (!panel.hidden) { event.preventDefault(); close(); }
      }
    });
    list.addEventListener("keydown", function (event) {
      var all = Array.prototype.slice.call(links());
      var at = all.indexOf(document.activeElement);
      if (event.key === "ArrowDown" && at >= 0 && at + 1 < all.length) {
        event.preventDefault();
        all[at + 1].focus();
      } else if (event.key === "ArrowUp" && at >= 0) {
        event.preventDefault();
        (at === 0 ? input : all[at - 1]).focus();
      } else if (event.key === "Escape") {
        event.preventDefault();
        close();
        input.focus();
      }
    });
    document.addEventListener("click", function (event) {
      if (!box.contains(event.target)) { close(); }
    });

    /* For the browser tests: the ranked results of a query, once the index has loaded. */
    window.zheditionSearchQuery = function (query) {
      return index ? search(query).map(function (r) {
        return { href: index.docs[r.doc].u + (index.docs[r.doc].p[r.part][0] ? "#" + index.docs[r.doc].p[r.part][0] : ""),
          rank: r.rank, count: r.hits.length, text: index.docs[r.doc].p[r.part][2] };
      }) : null;
    };
  }
})();
