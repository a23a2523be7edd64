/* Keeps the site readable offline after one visit, and never shows an old page when a newer one
   can be had: every request goes to the network first (pages asking the server whether they
   changed, past the browser's HTTP cache), and the store answers only when the network cannot.
   A new build fills a new store straight from the server and drops the stores of older builds. */
"use strict";
var VERSION = "797a152297ba";
var FILES = ["./",
  "assets/favicon.svg",
  "assets/notes.css",
  "assets/notes.js",
  "assets/print.css",
  "assets/search.css",
  "assets/search.js",
  "assets/site.js",
  "assets/style.css",
  "index.html",
  "parallel/deepseek-shock.html",
  "parallel/deepseek-shock.zh-Hans.zh-TW.html",
  "parallel/deepseek-shock.zh-Hant.zh-TW.html",
  "search/zh-Hans.js",
  "search/zh-Hant.js",
  "search/zh-TW.js",
  "zh-Hans/deepseek-shock.epub",
  "zh-Hans/deepseek-shock.html",
  "zh-Hans/glossary.html",
  "zh-Hans/tags/161332dd5b.html",
  "zh-Hans/tags/3ef287b768.html",
  "zh-Hans/tags/50fc48c27b.html",
  "zh-Hans/tags/60094bcf52.html",
  "zh-Hans/tags/984636a831.html",
  "zh-Hans/tags/ai-0dbedf5b02.html",
  "zh-Hans/tags/c0f9b52ab4.html",
  "zh-Hans/tags/deepseek.html",
  "zh-Hans/tags/index.html",
  "zh-Hant/deepseek-shock.epub",
  "zh-Hant/deepseek-shock.html",
  "zh-Hant/glossary.html",
  "zh-Hant/tags/161332dd5b.html",
  "zh-Hant/tags/3ef287b768.html",
  "zh-Hant/tags/50fc48c27b.html",
  "zh-Hant/tags/60094bcf52.html",
  "zh-Hant/tags/984636a831.html",
  "zh-Hant/tags/ai-0dbedf5b02.html",
  "zh-Hant/tags/c0f9b52ab4.html",
  "zh-Hant/tags/deepseek.html",
  "zh-Hant/tags/index.html",
  "zh-TW/deepseek-shock.epub",
  "zh-TW/deepseek-shock.html",
  "zh-TW/glossary.html",
  "zh-TW/tags/161332dd5b.html",
  "zh-TW/tags/3ef287b768.html",
  "zh-TW/tags/50fc48c27b.html",
  "zh-TW/tags/60094bcf52.html",
  "zh-TW/tags/984636a831.html",
  "zh-TW/tags/ai-0dbedf5b02.html",
  "zh-TW/tags/c0f9b52ab4.html",
  "zh-TW/tags/deepseek.html",
  "zh-TW/tags/index.html"];
/* Several project sites share one origin (user.github.io/a/, user.github.io/b/): name the store by scope. */
var PREFIX = "zhedition " + self.registration.scope + " ";
var STORE = PREFIX + VERSION;

self.addEventListener("install", function (event) {
  /* cache: "reload" fetches each file from the server, not from the HTTP cache, which may still
     hold the previous build (GitHub Pages lets browsers keep files for ten minutes). */
  event.waitUntil(caches.open(STORE).then(function (cache) {
    return cache.addAll(FILES.map(function (file) {
      return new Request(file, { cache: "reload" });
    }));
  }).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf(PREFIX) === 0 && name !== STORE;
    }).map(function (name) {
      return caches.delete(name);
    }));
  }).then(function () {
    return self.clients.claim();
  }));
});

function isPage(request) {
  return request.mode === "navigate" || request.destination === "document";
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || request.url.indexOf(self.registration.scope) !== 0) {
    return;
  }
  /* A page is checked with the server every time (cache: "no-cache" revalidates, so an
     unchanged page costs a 304); other files may come from the HTTP cache as they would without
     a worker. The store is only read here: it holds exactly the build its worker installed. */
  var fresh = isPage(request) ? new Request(request, { cache: "no-cache" }) : request;
  event.respondWith(fetch(fresh).catch(function (offline) {
    /* caches.match rather than caches.open: a worker being replaced must not make its store again. */
    return caches.match(request, { cacheName: STORE, ignoreSearch: true }).then(function (hit) {
      if (hit) {
        return hit;
      }
      throw offline;
    });
  }));
});
