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
