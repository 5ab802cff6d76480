// The outbox: attendance and visit forms (form[data-outbox]) are kept in this browser's IndexedDB
// as they are typed (drafts) and when saved (waiting), then sent to the server, now or when the
// connection returns. Each entry carries an id made here, so the server saves it once however
// often it arrives. States: draft, waiting, sending, sent, conflict, attention.
(function () {
  "use strict";
  if (!window.indexedDB || !window.fetch) {
    return;
  }
  var KEPT_DAYS = 30;
  var text = document.body.dataset;

  // ---- storage -------------------------------------------------------------------------------
  var opening = null;
  function database() {
    opening = opening || new Promise(function (resolve, reject) {
      var request = indexedDB.open("score-outbox", 1);
      request.onupgradeneeded = function () { request.result.createObjectStore("entries", { keyPath: "id" }); };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
    return opening;
  }
  function store(mode, work) {
    return database().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction("entries", mode);
        var result = work(tx.objectStore("entries"));
        tx.oncomplete = function () { resolve(result && "result" in result ? result.result : undefined); };
        tx.onerror = function () { reject(tx.error); };
      });
    });
  }
  // Entries belong to the user who made them: another user signed in on the same phone neither sees nor sends them.
  var user = document.body.dataset.user || null;
  var mine = function (e) { return !user || e.user === user; };
  var all = function () {
    return store("readonly", function (s) { return s.getAll(); }).then(function (entries) { return entries.filter(mine); });
  };
  // Once signing out has begun, nothing is written: a draft saved on a late "change" would outlive the clearing.
  var signingOut = false;
  var put = function (entry) {
    if (signingOut) { return Promise.resolve(); }
    entry.user = entry.user || user;
    return store("readwrite", function (s) { s.put(entry); });
  };
  var remove = function (id) { return store("readwrite", function (s) { s.delete(id); }); };
  var clear = function () {
    return all().then(function (entries) { return Promise.all(entries.map(function (e) { return remove(e.id); })); });
  };

  // Times as the server shows them: the programme's zone (WIB), whatever zone the phone is set to.
  function wibTime(ms) {
    var shown = new Date(ms).toLocaleString(document.documentElement.lang === "en" ? "en-GB" : "id-ID", {
      timeZone: "Asia/Jakarta", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hour12: false,
    });
    return shown.replace(", ", " ") + " WIB";
  }

  function newId() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  // ---- messages --------------------------------------------------------------------------------
  function say(kind, message, link, linkText) {
    var main = document.getElementById("main");
    if (!main) { return; }
    var old = main.querySelector("[data-outbox-flash]");
    if (old) { old.remove(); }
    var box = document.createElement("div");
    box.className = "alert alert-" + kind;
    box.setAttribute("role", "status");
    box.setAttribute("data-outbox-flash", "");
    box.setAttribute("data-testid", "outbox-flash");
    box.textContent = message + " ";
    if (link) {
      var a = document.createElement("a");
      a.href = link;
      a.textContent = linkText || link;
      box.appendChild(a);
    }
    main.insertBefore(box, main.firstChild);
  }

  // ---- forms and drafts --------------------------------------------------------------------
  function fieldsOf(form) {
    var pairs = [];
    new FormData(form).forEach(function (value, name) {
      if (name !== "__RequestVerificationToken" && typeof value === "string") { pairs.push([name, value]); }
    });
    return pairs;
  }

  function restore(form, pairs) {
    var values = {};
    pairs.forEach(function (p) { (values[p[0]] = values[p[0]] || []).push(p[1]); });
    var seen = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name === "__RequestVerificationToken" || !(el.name in values)) { return; }
      if (el.type === "checkbox" || el.type === "radio") {
        el.checked = values[el.name].indexOf(el.value) >= 0;
      } else if (el.type === "hidden") {
        seen[el.name] = true;
      } else {
        var i = seen[el.name] = (seen[el.name] || 0) + 1;
        if (values[el.name][i - 1] !== undefined) { el.value = values[el.name][i - 1]; }
      }
    });
    // Hidden fields say what the sheet showed when it was first opened: the draft's, not this copy's.
    Object.keys(values).forEach(function (name) {
      var hidden = form.querySelectorAll("input[type=hidden][name='" + name + "']");
      if (hidden.length === 0 || seen[name] !== true) { return; }
      hidden.forEach(function (h) { h.remove(); });
      values[name].forEach(function (v) {
        var input = document.createElement("input");
        input.type = "hidden";
        input.name = name;
        input.setAttribute("value", v);
        form.appendChild(input);
      });
    });
    form.querySelectorAll("input[type=checkbox]").forEach(function (box) {
      if (!(box.name in values)) { box.checked = false; }
    });
  }

  function entryField(form, id) {
    var input = form.querySelector("input[name=entry]");
    if (!input) {
      input = document.createElement("input");
      input.type = "hidden";
      input.name = "entry";
      form.appendChild(input);
    }
    input.setAttribute("value", id);
    input.value = id;
  }

  function describe(form) {
    return form.getAttribute("data-outbox-title") || document.title;
  }

  function prepare(form) {
    var page = location.pathname;
    var kind = form.getAttribute("data-outbox");
    all().then(function (entries) {
      // A draft of this form, or an entry the server sent back to be corrected (it saved nothing of it).
      var draft = entries.filter(function (e) { return e.page === page && (e.state === "draft" || e.state === "attention") && e.fields; })[0];
      var waiting = keptOn(entries, page);
      showKept(form, waiting);
      if (draft) {
        draft.state = "draft";
        restore(form, draft.fields);
        say("info", form.getAttribute("data-draft-restored") || "");
      } else {
        draft = { id: newId(), page: page, kind: kind, state: "draft" };
        // A sheet shows the marks saved on this phone, not the server's older ones, until they are sent.
        if (kind === "attendance" && waiting.length > 0) { restore(form, waiting[waiting.length - 1].fields); }
      }
      entryField(form, draft.id);
      var timer = null;
      var keep = function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          draft.fields = fieldsOf(form);
          draft.url = form.getAttribute("action");
          draft.title = describe(form);
          draft.savedAt = Date.now();
          if (draft.state === "draft") { put(draft); }
        }, 250);
      };
      form.addEventListener("input", keep);
      form.addEventListener("change", keep);
      form.addEventListener("click", function (event) { if (event.target.closest("[data-check-all]")) { keep(); } });
      form.addEventListener("submit", function (event) {
        if (form.dataset.native === "1" || event.defaultPrevented) { return; }
        event.preventDefault();
        clearTimeout(timer);
        busy(form);
        draft.fields = fieldsOf(form);
        draft.url = form.getAttribute("action");
        draft.title = describe(form);
        draft.savedAt = Date.now();
        draft.state = "waiting";
        var saved = draft;
        // Whatever happens to this entry, what is typed next is a new one.
        var next = function () {
          kept(form);
          draft = { id: newId(), page: page, kind: kind, state: "draft" };
          // The sheet keeps its marks; a visit form empties for the next visit, and what it saved is shown above it.
          if (kind !== "attendance") { form.reset(); }
          entryField(form, draft.id);
          all().then(function (now) { showKept(form, keptOn(now, page)); });
        };
        put(saved).then(function () {
          counter();
          if (!navigator.onLine) {
            return next();
          }
          return send(saved, true).then(function (answer) {
            if (answer.state === "waiting" || answer.state === "signin") { next(); }
            afterSend(form, saved, answer);
          }, next);
        });
      });
    });
  }

  // Entries of this page saved on the phone and not yet sent, oldest first.
  function keptOn(entries, page) {
    return entries.filter(function (e) { return e.page === page && (e.state === "waiting" || e.state === "sending") && e.fields; })
      .sort(function (a, b) { return (a.savedAt || 0) - (b.savedAt || 0); });
  }

  // What the form's saved entries hold, in the words of its labels: what was typed is on the page until it is sent.
  function showKept(form, entries) {
    var old = form.parentNode.querySelector("[data-outbox-kept]");
    if (old) { old.remove(); }
    if (entries.length === 0) { return; }
    var box = document.createElement("section");
    box.className = "card border-warning mb-3";
    box.setAttribute("data-outbox-kept", "");
    box.setAttribute("data-testid", "outbox-kept");
    var head = document.createElement("h2");
    head.className = "card-header h6 mb-0";
    head.textContent = form.getAttribute("data-kept-heading") || "";
    box.appendChild(head);
    var list = document.createElement("ul");
    list.className = "list-group list-group-flush";
    entries.forEach(function (e) {
      var item = document.createElement("li");
      item.className = "list-group-item small";
      item.setAttribute("data-testid", "outbox-kept-entry");
      item.setAttribute("data-state", e.state);
      var when = document.createElement("div");
      when.className = "text-secondary";
      when.textContent = wibTime(e.savedAt || Date.now()) + " · " + (form.getAttribute("data-state-" + e.state) || e.state);
      item.appendChild(when);
      summarise(form, e.fields).forEach(function (line) {
        var row = document.createElement("div");
        var name = document.createElement("span");
        name.className = "fw-semibold";
        name.textContent = line[0] + ": ";
        row.appendChild(name);
        row.appendChild(document.createTextNode(line[1]));
        item.appendChild(row);
      });
      list.appendChild(item);
    });
    box.appendChild(list);
    form.parentNode.insertBefore(box, form);
  }

  function labelOf(form, el) {
    var label = el.id ? form.querySelector("label[for='" + el.id + "']") : null;
    return label ? label.textContent.replace(/\s+/g, " ").trim() : el.name;
  }

  // [label, value] lines: typed fields as typed, a choice by its option's text, ticked boxes by whom or what they name.
  function summarise(form, pairs) {
    var lines = [];
    var ticked = {};
    pairs.forEach(function (p) {
      var named = form.querySelectorAll("[name='" + p[0].replace(/'/g, "\\'") + "']");
      if (named.length === 0 || named[0].type === "hidden" || p[1] === "") { return; }
      var el = named[0];
      if (el.type === "checkbox" || el.type === "radio") {
        var box = Array.prototype.filter.call(named, function (x) { return x.value === p[1]; })[0];
        if (!box) { return; }
        var row = box.closest(".list-group-item");
        var who = row && row.querySelector(".fw-semibold");
        var group = form.getAttribute("data-kept-ticked") || labelOf(form, box);
        (ticked[group] = ticked[group] || []).push(who ? who.textContent.trim() : labelOf(form, box));
      } else if (el.tagName === "SELECT") {
        var option = Array.prototype.filter.call(el.options, function (o) { return o.value === p[1]; })[0];
        lines.push([labelOf(form, el), option ? option.textContent.trim() : p[1]]);
      } else {
        lines.push([labelOf(form, el), p[1]]);
      }
    });
    Object.keys(ticked).forEach(function (group) { lines.push([group, ticked[group].join(", ")]); });
    return lines;
  }

  function kept(form) {
    unbusy(form);
    say("warning", form.getAttribute("data-kept") || "", "/offline", text.outboxTitle);
  }

  function busy(form) {
    var button = form.querySelector("button[type=submit]");
    if (button && !button.disabled) {
      button.setAttribute("data-label", button.innerHTML);
      button.disabled = true;
      button.insertAdjacentHTML("afterbegin", '<span class="spinner-border spinner-border-sm" aria-hidden="true"></span> ');
    }
    form.setAttribute("aria-busy", "true");
  }

  function unbusy(form) {
    var button = form.querySelector("button[type=submit][disabled]");
    if (button) {
      button.disabled = false;
      button.innerHTML = button.getAttribute("data-label") || button.innerHTML;
    }
    form.removeAttribute("aria-busy");
  }

  function afterSend(form, entry, answer) {
    var back = form.getAttribute("data-outbox-return") || "/";
    if (answer.state === "sent") {
      location.assign(back);
    } else if (answer.state === "conflict") {
      location.assign(answer.url || "/conflicts");
    } else if (answer.state === "attention") {
      // Let the server show the form again with each field's message: nothing of it was saved.
      remove(entry.id).then(function () {
        form.dataset.native = "1";
        form.submit();
      });
    } else if (answer.state === "signin") {
      askToSignIn();
    }
  }

  function askToSignIn() {
    say("warning", text.outboxSignIn, "/account/login?returnUrl=" + encodeURIComponent(location.pathname), text.outboxSignInLink);
  }

  // ---- sending ---------------------------------------------------------------------------
  function signedOut(response) {
    return response.status === 401 || (response.redirected && /\/account\/login/i.test(response.url));
  }

  // Sends one entry with a fresh antiforgery token; resolves to the server's answer, rejects when the network fails.
  function send(entry, fromForm) {
    entry.state = "sending";
    return put(entry).then(function () {
      return fetch("/outbox/token", { credentials: "same-origin", headers: { "X-Score-Outbox": "1" }, cache: "no-store" });
    }).then(function (response) {
      if (signedOut(response)) { return { state: "signin" }; }
      if (!response.ok) { throw new Error("token " + response.status); }
      return response.json().then(function (token) {
        var body = new URLSearchParams();
        entry.fields.forEach(function (p) { if (p[0] !== "entry") { body.append(p[0], p[1]); } });
        body.append("entry", entry.id);
        body.append(token.field, token.token);
        return fetch(entry.url, {
          method: "POST", credentials: "same-origin", body: body,
          headers: { "X-Score-Outbox": fromForm ? "form" : "1", "Content-Type": "application/x-www-form-urlencoded" },
        });
      }).then(function (response) {
        if (signedOut(response)) { return { state: "signin" }; }
        if (response.status === 404) { return { state: "attention", message: text.outboxGone }; }
        if (!response.ok) { throw new Error("send " + response.status); }
        return response.json();
      });
    }).then(function (answer) {
      entry.state = answer.state === "signin" ? "waiting" : answer.state;
      entry.message = answer.state === "signin" ? text.outboxSignIn : answer.message;
      entry.link = answer.url || (answer.state === "attention" ? entry.page : null);
      entry.sentAt = Date.now();
      return put(entry).then(function () { counter(); return answer; });
    }, function (error) {
      entry.state = "waiting";
      return put(entry).then(function () { counter(); throw error; });
    });
  }

  var syncing = false;
  function sync() {
    if (syncing || !navigator.onLine) { return Promise.resolve(); }
    syncing = true;
    return all().then(function (entries) {
      var due = entries.filter(function (e) { return e.state === "waiting" || e.state === "sending"; })
        .sort(function (a, b) { return a.savedAt - b.savedAt; });
      return due.reduce(function (chain, entry) {
        return chain.then(function (stop) {
          if (stop) { return true; }
          return send(entry).then(function (answer) {
            if (answer.state === "signin") { askToSignIn(); }
            return answer.state === "signin";
          }, function () { return true; });
        });
      }, Promise.resolve(false));
    }).then(function () { syncing = false; render(); }, function () { syncing = false; });
  }

  // ---- what the user sees ----------------------------------------------------------------------
  function counter() {
    return all().then(function (entries) {
      var now = Date.now();
      // Sent entries are shown for a day; nothing stays longer than KEPT_DAYS.
      entries.forEach(function (e) {
        var age = now - (e.sentAt || e.savedAt || now);
        if ((e.state === "sent" && age > 864e5) || age > KEPT_DAYS * 864e5) { remove(e.id); }
      });
      // Conflicts are kept on the server (its conflicts page and the dashboard): the phone counts what it still holds.
      // What waits to be sent, and apart what needs the user to fix it (it will not be sent as it is).
      var waiting = entries.filter(function (e) { return e.state === "waiting" || e.state === "sending"; }).length;
      var attention = entries.filter(function (e) { return e.state === "attention"; }).length;
      document.querySelectorAll("[data-outbox-count]").forEach(function (badge) {
        badge.hidden = waiting === 0 && attention === 0;
        var part = function (selector, number, count) {
          var holder = badge.querySelector(selector);
          if (holder) { holder.hidden = count === 0; }
          var shown = badge.querySelector(number);
          if (shown) { shown.textContent = String(count); }
        };
        part("[data-outbox-waiting]", "[data-outbox-number]", waiting);
        part("[data-outbox-attention]", "[data-outbox-attention-number]", attention);
      });
      return waiting;
    });
  }

  function render() {
    counter();
    var list = document.querySelector("[data-outbox-list]");
    if (!list) { return; }
    all().then(function (entries) {
      list.innerHTML = "";
      entries.sort(function (a, b) { return (b.savedAt || 0) - (a.savedAt || 0); });
      if (entries.length === 0) {
        var empty = document.createElement("li");
        empty.className = "list-group-item text-secondary small";
        empty.textContent = list.dataset.empty;
        list.appendChild(empty);
      }
      entries.forEach(function (e) {
        var item = document.createElement("li");
        item.className = "list-group-item d-flex justify-content-between align-items-start gap-2";
        item.setAttribute("data-testid", "outbox-entry");
        item.setAttribute("data-state", e.state);
        var body = document.createElement("div");
        var title = document.createElement("div");
        title.className = "fw-semibold";
        title.textContent = e.title || e.page;
        var state = document.createElement("span");
        state.className = "badge ms-1 " + ({ sent: "text-bg-success", conflict: "text-bg-danger", attention: "text-bg-warning", draft: "text-bg-light border" }[e.state] || "text-bg-secondary");
        state.textContent = list.dataset["state" + e.state.charAt(0).toUpperCase() + e.state.slice(1)] || e.state;
        title.appendChild(state);
        body.appendChild(title);
        var when = document.createElement("div");
        when.className = "small text-secondary";
        when.textContent = wibTime(e.savedAt || Date.now()) + (e.message ? " · " + e.message : "");
        body.appendChild(when);
        item.appendChild(body);
        var actions = document.createElement("div");
        actions.className = "d-flex gap-1 flex-shrink-0";
        var target = e.state === "draft" || e.state === "attention" ? e.page : e.link;
        if (target) {
          var open = document.createElement("a");
          open.className = "btn btn-sm btn-outline-primary";
          open.href = target;
          open.textContent = list.dataset.open;
          actions.appendChild(open);
        }
        if (e.state === "sent" || e.state === "attention" || e.state === "draft") {
          var drop = document.createElement("button");
          drop.type = "button";
          drop.className = "btn btn-sm btn-outline-secondary";
          drop.textContent = list.dataset.remove;
          drop.addEventListener("click", function () { remove(e.id).then(render); });
          actions.appendChild(drop);
        }
        item.appendChild(actions);
        list.appendChild(item);
      });
    });
  }

  // ---- connection, service worker, sign-out, keeping pages ----------------------------------
  function tellWorker(message) {
    if (navigator.serviceWorker && navigator.serviceWorker.controller) {
      navigator.serviceWorker.controller.postMessage(message);
    }
  }
  function connection() {
    tellWorker({ type: "connection", online: navigator.onLine });
    document.querySelectorAll("[data-offline-banner], [data-offline-only]").forEach(function (b) { b.hidden = navigator.onLine; });
    // "This page is not saved on this phone" is true only where the offline page stands in for another address.
    document.querySelectorAll("[data-offline-fallback]").forEach(function (b) { b.hidden = navigator.onLine || location.pathname === "/offline"; });
    if (navigator.onLine) { sync(); }
  }
  window.addEventListener("online", connection);
  window.addEventListener("offline", connection);

  // Pages kept for one user are never shown to another: a new user on this phone starts with none.
  if (user && window.caches) {
    try {
      if (localStorage.getItem("score-pages-owner") !== user) {
        caches.delete("score-pages-v1");
        localStorage.setItem("score-pages-owner", user);
      }
    } catch (e) { /* storage blocked: the worker still keeps pages, cleared at sign-out */ }
  }

  if (navigator.serviceWorker && user) {
    navigator.serviceWorker.register("/sw.js").then(function () { return navigator.serviceWorker.ready; }).then(connection, function () { /* no worker: pages need the network */ });
    navigator.serviceWorker.addEventListener("controllerchange", connection);
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches("form[data-sign-out]") || form.dataset.native === "1") { return; }
    event.preventDefault();
    all().then(function (entries) {
      var unsent = entries.filter(function (e) { return e.state !== "sent" && e.state !== "conflict" && (e.state !== "draft" || e.fields); }).length;
      if (unsent > 0 && !window.confirm((form.getAttribute("data-unsent-warning") || "").replace("{0}", String(unsent)))) {
        return;
      }
      signingOut = true;
      tellWorker({ type: "forget" });
      var forget = window.caches ? caches.delete("score-pages-v1") : Promise.resolve();
      var leave = function () {
        if (form.dataset.native !== "1") {
          form.dataset.native = "1";
          form.submit();
        }
      };
      // Storage that does not answer must not keep anyone signed in: sign out after two seconds regardless.
      setTimeout(leave, 2000);
      return Promise.all([clear(), forget]).then(leave, leave);
    });
  });

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-keep-on-phone]");
    if (button && window.caches) {
      var urls = JSON.parse(button.getAttribute("data-keep-on-phone"));
      var status = document.getElementById(button.getAttribute("aria-describedby"));
      button.disabled = true;
      if (status) { status.textContent = button.getAttribute("data-keeping"); }
      caches.open("score-pages-v1").then(function (cache) {
        return Promise.all(urls.map(function (url) {
          return fetch(url, { credentials: "same-origin" }).then(function (response) {
            return response.ok && !response.redirected ? cache.put(url, response).then(function () { return 1; }) : 0;
          }, function () { return 0; });
        }));
      }).then(function (done) {
        var count = done.reduce(function (a, b) { return a + b; }, 0);
        if (status) { status.textContent = button.getAttribute("data-kept").replace("{0}", String(count)); }
        button.disabled = false;
      });
    }
    if (event.target.closest("[data-outbox-send]")) {
      sync();
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-outbox]").forEach(prepare);
    render();
    connection();
  });
})();
