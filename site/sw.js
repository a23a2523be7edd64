/* Keeps the site readable offline after one visit: stores every page when it installs,
   answers from that store first, and drops the stores of older builds. */
"use strict";
var VERSION = "f384ddb3a64d";
var FILES = ["./",
  "assets/favicon.svg",
  "assets/notes.css",
  "assets/notes.js",
  "assets/print.css",
  "assets/site.js",
  "assets/style.css",
  "index.html",
  "parallel/deepseek-shock.html",
  "zh-Hans/deepseek-shock.epub",
  "zh-Hans/deepseek-shock.html",
  "zh-Hans/glossary.html",
  "zh-Hant/deepseek-shock.epub",
  "zh-Hant/deepseek-shock.html",
  "zh-Hant/glossary.html"];
/* Several project sites share one origin (user.github.io/a/, user.github.io/b/): name the store by scope. */
var PREFIX = "zhedition " + self.registration.scope + " ";
var STORE = PREFIX + VERSION;

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(STORE).then(function (cache) {
    return cache.addAll(FILES);
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

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || request.url.indexOf(self.registration.scope) !== 0) {
    return;
  }
  event.respondWith(caches.open(STORE).then(function (cache) {
    return cache.match(request, { ignoreSearch: true }).then(function (hit) {
      return hit || fetch(request);
    });
  }));
});
