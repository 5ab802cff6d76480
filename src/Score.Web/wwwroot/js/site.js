// Ask before a destructive action: a form with data-confirm="message".
document.addEventListener("submit", function (event) {
  var form = event.target;
  var message = form.getAttribute("data-confirm");
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

// A province dropdown refills its regency dropdown: <select data-regencies-target="RegencyCode">.
document.addEventListener("change", function (event) {
  var province = event.target;
  var targetId = province.getAttribute && province.getAttribute("data-regencies-target");
  if (!targetId) {
    return;
  }
  var regency = document.getElementById(targetId);
  var empty = regency.getAttribute("data-empty-text") || "";
  regency.disabled = true;
  fetch("/enterprises/regencies?province=" + encodeURIComponent(province.value), { credentials: "same-origin" })
    .then(function (response) { return response.ok ? response.json() : []; })
    .then(function (options) {
      regency.innerHTML = "";
      regency.add(new Option(empty, ""));
      options.forEach(function (o) { regency.add(new Option(o.text, o.value)); });
    })
    .finally(function () { regency.disabled = false; });
});

// Feedback on slow submissions: <form data-busy="Checking…"> disables its button and says so.
document.addEventListener("submit", function (event) {
  var form = event.target;
  var message = form.getAttribute("data-busy");
  if (!message || event.defaultPrevented) {
    return;
  }
  var button = form.querySelector("button[type=submit]");
  if (button) {
    button.disabled = true;
    button.innerHTML = '<span class="spinner-border spinner-border-sm" aria-hidden="true"></span> ';
    button.appendChild(document.createTextNode(message));
  }
  form.setAttribute("aria-busy", "true");
});

// "Everyone present": ticks every checkbox of the list it names, then the user taps the exceptions.
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-check-all]");
  if (!button) {
    return;
  }
  var list = document.getElementById(button.getAttribute("data-check-all"));
  list.querySelectorAll("input[type=checkbox]").forEach(function (box) { box.checked = true; });
});

// People typed in rows: "another row" copies the last row empty; rows pasted from a spreadsheet
// (name, sex, position, team, phone; tab-separated) into a name box fill the rows from there.
(function () {
  function rowsOf(container) { return Array.prototype.slice.call(container.querySelectorAll(".person-row")); }

  function addRow(container) {
    var rows = rowsOf(container);
    var last = rows[rows.length - 1];
    var index = rows.length;
    var copy = last.cloneNode(true);
    copy.setAttribute("data-row", index);
    copy.querySelectorAll("[name],[id],[for]").forEach(function (el) {
      ["name", "id", "for"].forEach(function (attribute) {
        var value = el.getAttribute(attribute);
        if (value) {
          el.setAttribute(attribute, value.replace(/\[\d+\]/, "[" + index + "]").replace(/-\d+-/, "-" + index + "-"));
        }
      });
    });
    copy.querySelectorAll("input[type=text],input:not([type]),input[type=tel]").forEach(function (input) { input.value = ""; });
    copy.querySelectorAll("input[type=checkbox]").forEach(function (box) { box.checked = false; });
    copy.querySelectorAll(".is-invalid").forEach(function (el) { el.classList.remove("is-invalid"); });
    copy.querySelectorAll(".text-danger").forEach(function (el) { el.textContent = ""; });
    var sex = copy.querySelector("select[name$='.Sex']");
    if (sex) { sex.value = ""; }
    var position = copy.querySelector("select[name$='.Position']");
    if (position) { position.value = "Worker"; }
    var legend = copy.querySelector("legend");
    if (legend) { legend.textContent = legend.textContent.replace(/\d+/, String(index + 1)); }
    container.appendChild(copy);
    return copy;
  }

  var aliases = {
    sex: { l: "Male", "laki-laki": "Male", laki: "Male", pria: "Male", m: "Male", male: "Male", man: "Male",
           p: "Female", perempuan: "Female", wanita: "Female", f: "Female", female: "Female", woman: "Female" },
    position: { pemilik: "Owner", owner: "Owner", manajer: "Manager", manager: "Manager", penyelia: "Supervisor",
                supervisor: "Supervisor", mandor: "Supervisor", pekerja: "Worker", worker: "Worker", karyawan: "Worker" },
  };

  function choose(select, text, names) {
    var wanted = (text || "").trim().toLowerCase();
    if (!wanted || !select) { return; }
    var value = names[wanted];
    Array.prototype.forEach.call(select.options, function (o) {
      if (o.value && (o.value.toLowerCase() === wanted || o.text.trim().toLowerCase() === wanted)) { value = o.value; }
    });
    if (value) { select.value = value; }
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-add-person-row]");
    if (!button) { return; }
    var container = document.querySelector("[data-person-rows='" + button.getAttribute("data-add-person-row") + "']");
    var row = addRow(container);
    row.querySelector("input").focus();
  });

  document.addEventListener("paste", function (event) {
    var target = event.target;
    if (!target.matches || !target.matches("[data-paste-rows]")) { return; }
    var text = (event.clipboardData || window.clipboardData).getData("text");
    if (!/[\t\n]/.test(text)) { return; }
    event.preventDefault();
    var container = target.closest("[data-person-rows]");
    var lines = text.replace(/\r/g, "").split("\n").filter(function (line) { return line.trim() !== ""; });
    var start = rowsOf(container).indexOf(target.closest(".person-row"));
    lines.forEach(function (line, i) {
      var rows = rowsOf(container);
      var row = rows[start + i] || addRow(container);
      var cells = line.split("\t");
      row.querySelector("input[name$='.FullName']").value = (cells[0] || "").trim();
      choose(row.querySelector("select[name$='.Sex']"), cells[1], aliases.sex);
      choose(row.querySelector("select[name$='.Position']"), cells[2], aliases.position);
      var team = (cells[3] || "").trim().toLowerCase();
      row.querySelector("input[name$='.IsEitMember']").checked = ["ya", "yes", "y", "1", "x", "true", "tim", "team"].indexOf(team) >= 0;
      if (cells[4] !== undefined) { row.querySelector("input[name$='.Phone']").value = cells[4].trim(); }
    });
  });
})();

// "Copy": puts the value of the field it names on the clipboard and says so.
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-copy]");
  if (!button || !navigator.clipboard) { return; }
  var field = document.getElementById(button.getAttribute("data-copy"));
  navigator.clipboard.writeText(field.value).then(function () {
    button.textContent = button.getAttribute("data-copied");
  });
});

// A planned end that follows its start: <input data-follows-start="PlannedStart" data-days="2">. Set from the
// start while it is empty or before the start, so the module's usual length costs no second date.
document.addEventListener("change", function (event) {
  var start = event.target;
  if (!start.id) { return; }
  var end = document.querySelector("[data-follows-start='" + start.id + "']");
  if (!end || !start.value) { return; }
  if (end.value && end.value >= start.value) { return; }
  var date = new Date(start.value + "T00:00:00Z");
  date.setUTCDate(date.getUTCDate() + Math.max(0, parseInt(end.getAttribute("data-days") || "1", 10) - 1));
  end.value = date.toISOString().slice(0, 10);
});
