/* Edition script: progressive enhancement only. Every page works without it: the script
   switch is a plain link. This adds: the switch keeps the reader's paragraph; the home page
   offers the reader's last edition first. Glossary notes are enhanced by notes.js. */
(function () {
  "use strict";
  var doc = document.documentElement;
  doc.classList.remove("no-js");

  var STORE = "zhedition.script";
  function remember(value) {
    try { window.localStorage.setItem(STORE, value); } catch (e) { /* file:// or private mode */ }
  }
  function recall() {
    try { return window.localStorage.getItem(STORE); } catch (e) { return null; }
  }

  /* ---- Script switch keeps the reader's place ---- */
  function currentBlock() {
    var bar = document.querySelector(".bar");
    var offset = (bar ? bar.getBoundingClientRect().bottom : 0) + 8;
    var blocks = document.querySelectorAll(".body > [id], .parallel-row[id]");
    for (var k = 0; k < blocks.length; k++) {
      if (blocks[k].getBoundingClientRect().bottom > offset) { return blocks[k].id; }
    }
    return null;
  }
  var switches = document.querySelectorAll("a[data-switch]");
  for (var s = 0; s < switches.length; s++) {
    switches[s].addEventListener("click", function (event) {
      var link = event.currentTarget;
      var id = currentBlock();
      var base = link.getAttribute("href").split("#")[0];
      remember(link.getAttribute("hreflang"));
      if (id && window.scrollY > 0) { link.setAttribute("href", base + "#" + id); }
    });
  }

  /* ---- Remember the edition; the home page offers it first ---- */
  var article = document.querySelector("article.article");
  if (article) { remember(doc.getAttribute("lang")); }
  var last = recall();
  if (last) {
    var items = document.querySelectorAll('[data-editions] [data-edition="' + last + '"]');
    for (var m = 0; m < items.length; m++) { items[m].classList.add("last-choice"); }
  }
})();
