/* Only in 404.html, inline, when content/site.yaml sets no base_url. GitHub Pages shows 404.html
   at any missing address, at any depth, so links written relative to the site's root break below
   it. The site's own folders in the address tell how deep it is; this loads the stylesheets and
   points the links from there. (With base_url set, the page links absolutely and this is not used.) */
(function () {
  "use strict";
  var FOLDERS = ["zh-Hant", "zh-Hans", "parallel", "assets"];
  var dirs = window.location.pathname.split("/").slice(0, -1);
  var up = "";
  for (var i = dirs.length - 1; i >= 0; i--) {
    if (FOLDERS.indexOf(dirs[i]) >= 0) { up = new Array(dirs.length - i + 1).join("../"); break; }
  }
  function link(rel, href, media) {
    var l = document.createElement("link");
    l.rel = rel;
    l.href = up + href;
    if (media) { l.media = media; }
    document.head.appendChild(l);
  }
  link("stylesheet", "assets/style.css");
  link("stylesheet", "assets/notes.css");
  link("stylesheet", "assets/search.css");
  link("stylesheet", "assets/print.css", "print");
  link("icon", "assets/favicon.svg");
  /* The search box: its script finds the index beside itself, at any depth. */
  var search = document.createElement("script");
  search.src = up + "assets/search.js";
  search.defer = true;
  document.head.appendChild(search);
  document.addEventListener("DOMContentLoaded", function () {
    var links = document.querySelectorAll("a[data-root-href]");
    for (var k = 0; k < links.length; k++) {
      links[k].setAttribute("href", up + links[k].getAttribute("data-root-href"));
    }
  });
})();
