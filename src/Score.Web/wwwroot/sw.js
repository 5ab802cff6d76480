// Score's service worker: keeps the field pages a user opened (home, trainings, attendance sheets,
// visit forms) and the app's own styles and scripts, so they open without a connection. Entries
// typed offline are kept by the page itself (js/outbox.js), never here.
"use strict";

var PAGES = "score-pages-v1";
var ASSETS = "score-assets-v1";
var OFFLINE_PAGE = "/offline";
var PRECACHE = [
  OFFLINE_PAGE,
  "/manifest.webmanifest",
  "/lib/bootstrap/css/bootstrap.min.css",
  "/lib/bootstrap/js/bootstrap.bundle.min.js",
  "/lib/bootstrap-icons/font/bootstrap-icons.min.css",
  "/lib/bootstrap-icons/font/fonts/bootstrap-icons.woff2",
  "/css/site.css",
  "/js/site.js",
  "/js/outbox.js",
];
// The pages worth having in a venue or a workshop without signal; everything else needs the server.
var FIELD_PAGES = [
  /^\/$/,
  /^\/trainings$/,
  /^\/trainings\/\d+$/,
  /^\/trainings\/\d+\/days\/\d+\/attendance$/,
  /^\/trainings\/\d+\/enrolments\/\d+\/visits\/new$/,
  /^\/visits$/,
  /^\/offline$/,
];

// What the page last said about its connection: a phone that knows it is offline answers from the
// cache at once instead of waiting for the network to fail.
var offline = false;

self.addEventListener("install", function (event) {
  // Without cookies: the offline page kept here is nobody's, whoever signs in on this phone later.
  var requests = PRECACHE.map(function (url) { return new Request(url, { credentials: "omit" }); });
  event.waitUntil(caches.open(ASSETS).then(function (cache) { return cache.addAll(requests); }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== PAGES && k !== ASSETS; }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (data.type === "connection") {
    offline = !data.online;
  } else if (data.type === "forget") {
    event.waitUntil(caches.delete(PAGES));
  }
});

function isFieldPage(url) {
  return FIELD_PAGES.some(function (pattern) { return pattern.test(url.pathname); });
}

function fromCache(request) {
  return caches.match(request).then(function (hit) {
    return hit || caches.match(request, { ignoreSearch: true });
  });
}

function page(request) {
  var offlinePage = function () {
    return fromCache(request).then(function (hit) { return hit || caches.match(OFFLINE_PAGE); });
  };
  if (offline) {
    return offlinePage();
  }
  return fetch(request).then(function (response) {
    // A sign-in page reached by a redirect is not the page asked for: never keep it under that address.
    if (response.ok && !response.redirected && isFieldPage(new URL(request.url))) {
      var copy = response.clone();
      caches.open(PAGES).then(function (cache) { cache.put(request, copy); });
    }
    return response;
  }, offlinePage);
}

// Styles and scripts carry their content's hash in ?v=, so an exact hit is always right; another
// version of the same file serves only when the network cannot.
function asset(request) {
  return caches.match(request).then(function (hit) {
    return hit || fetch(request).then(function (response) {
      if (response.ok) {
        var copy = response.clone();
        caches.open(ASSETS).then(function (cache) { cache.put(request, copy); });
      }
      return response;
    }, function () {
      return caches.match(request, { ignoreSearch: true });
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || url.pathname.indexOf("/api/") === 0) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(page(request));
  } else if (/^\/(lib|css|js)\//.test(url.pathname) || url.pathname === "/manifest.webmanifest") {
    event.respondWith(asset(request));
  }
});
