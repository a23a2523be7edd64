/* Edition script: progressive enhancement only. Every page works without it: the script
   switch is a plain link to the other edition. This adds: the switch (and the links between an
   edition and the parallel view) keep the reader's paragraph; the home page offers the
   reader's last edition first; over http(s), a service worker keeps the site for offline
   reading. Glossary notes are enhanced by notes.js. */
(function () {
  "use strict";
  var doc = document.documentElement;
  doc.classList.remove("no-js");
  var script = document.currentScript;

  /* localStorage throws on file:// in some browsers and in private modes: never let it break the page. */
  var STORE = "zhedition.edition";
  function remember(value) {
    try { window.localStorage.setItem(STORE, value); } catch (e) { /* not available: nothing to remember */ }
  }
  function recall() {
    try { return window.localStorage.getItem(STORE); } catch (e) { return null; }
  }

  /* ---- Links to the same text in another script keep the reader's place ---- */
  /* The first block whose bottom is below the sticky bar is the one being read. Block ids
     (p1, h1, f1…, glossary entry ids) are the same in both editions and in the parallel view. */
  function currentBlock() {
    var bar = document.querySelector(".bar");
    var offset = (bar ? bar.getBoundingClientRect().bottom : 0) + 8;
    var blocks = document.querySelectorAll(".body > [id], .parallel-row[id], .glossary .entry[id]");
    for (var k = 0; k < blocks.length; k++) {
      if (blocks[k].getBoundingClientRect().bottom > offset) { return blocks[k].id; }
    }
    return null;
  }
  /* ---- A link's target lands just below the sticky bar, however many lines the bar wraps to
     (style.css's 4rem is the one-line bar) ---- */
  var stickyBar = document.querySelector(".bar");
  function fitScrollPadding() {
    if (!stickyBar) { return false; }
    var padding = Math.ceil(stickyBar.getBoundingClientRect().height) + 6;
    var before = doc.style.scrollPaddingTop;
    doc.style.scrollPaddingTop = padding > 64 ? padding + "px" : "";
    return doc.style.scrollPaddingTop !== before;
  }
  if (fitScrollPadding() && window.location.hash) {
    var target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (target) { target.scrollIntoView(); }
  }
  window.addEventListener("resize", fitScrollPadding);

  var switches = document.querySelectorAll("a[data-switch]");
  for (var s = 0; s < switches.length; s++) {
    switches[s].addEventListener("click", function (event) {
      var link = event.currentTarget;
      var base = link.getAttribute("href").split("#")[0];
      remember(link.getAttribute("data-switch"));
      var id = window.scrollY > 0 ? currentBlock() : null;
      link.setAttribute("href", id ? base + "#" + id : base);
    });
  }

  /* ---- Remember the edition being read; the home page offers it first ---- */
  var reading = document.querySelector("[data-edition-page]");
  if (reading) { remember(reading.getAttribute("data-edition-page")); }
  var last = recall();
  if (last) {
    var items = document.querySelectorAll('[data-editions] > [data-edition="' + last + '"]');
    for (var m = 0; m < items.length; m++) {
      var item = items[m];
      var list = item.parentNode;
      item.classList.add("last-choice");
      list.insertBefore(item, list.firstChild);
      var mark = document.createElement("span");
      mark.className = "last-choice-mark";
      mark.textContent = item.getAttribute("data-last-label") || "";
      item.appendChild(mark);
    }
  }

  /* ---- Offline reading after a visit: only over http(s); from file:// there is nothing to fetch.
     Never under the editor's preview (serve marks its pages with data-zhedition-preview): a stored
     page there would hide the edit just saved. ---- */
  var preview = document.querySelector("script[data-zhedition-preview]");
  if ("serviceWorker" in navigator && /^https?:$/.test(window.location.protocol) && script && script.src && !preview) {
    try {
      navigator.serviceWorker.register(new URL("../sw.js", script.src).href).catch(function () {
        /* No worker (private mode, blocked by the browser): the site still works online. */
      });
    } catch (e) { /* same */ }
  }
})();
