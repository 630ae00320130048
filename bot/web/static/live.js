/* Staff live conversation: new turns as they happen (Server-Sent Events from
   /staff/live/<id>/events), an alert when emergency guidance was sent, and the
   page reloaded when someone takes the chat or it goes back to the assistant.
   No third-party code; text is only ever set with textContent. */
(function () {
  "use strict";
  var live = document.getElementById("live");
  if (!live || !window.EventSource) { return; }
  var log = document.getElementById("live-log");
  var alertBox = document.getElementById("live-alert");
  var holder = live.getAttribute("data-holder") || "";
  var source = new EventSource(live.getAttribute("data-events"));

  function who(turn) {
    if (turn.from === "visitor") { return "Visitor"; }
    if (turn.from === "staff" && turn.staff) { return turn.staff.name + " (staff)"; }
    return "Assistant";
  }

  function addTurn(turn) {
    var li = document.createElement("li");
    li.className = "live-turn live-turn--" + (turn.from === "visitor" || turn.from === "staff" ? turn.from : "bot") +
      (turn.crisis ? " live-turn--crisis" : "");
    var label = document.createElement("strong");
    label.textContent = who(turn) + ": ";
    var text = document.createElement("span");
    text.className = "pre";
    text.textContent = turn.text;
    li.appendChild(label);
    li.appendChild(text);
    log.appendChild(li);
  }

  var first = true;
  source.addEventListener("open", function () { first = true; });  // a reconnect resends all
  source.addEventListener("reset", function () {
    while (log.firstChild) { log.removeChild(log.firstChild); }
  });
  source.addEventListener("turns", function (event) {
    var turns = JSON.parse(event.data);
    if (first) {  // the stream starts with the whole conversation: redraw it
      while (log.firstChild) { log.removeChild(log.firstChild); }
      first = false;
    }
    turns.forEach(addTurn);
  });
  source.addEventListener("hold", function (event) {
    var hold = JSON.parse(event.data);
    var now = hold ? String(hold.user_id) : "";
    if (now !== holder) { window.location.reload(); }
  });
  source.addEventListener("alert", function (event) {
    var data = JSON.parse(event.data);
    alertBox.textContent = "Emergency message (" + data.label + "): the visitor was shown the " +
      "emergency guidance, and on-call staff were alerted.";
    alertBox.hidden = false;
  });
  source.addEventListener("signed-out", function () {
    source.close();
    window.location.reload();
  });

  var form = document.getElementById("live-send");
  if (form && window.fetch && window.FormData) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var box = document.getElementById("live-text");
      if (!box.value.trim()) { return; }
      var button = form.querySelector("button[type=submit]");
      button.disabled = true;
      window.fetch(form.action, {
        method: "POST", body: new FormData(form), credentials: "same-origin",
        headers: { "X-Requested-With": "fetch" }
      }).then(function (response) {
        if (response.ok) { box.value = ""; } else { window.location.reload(); }
      }).catch(function () {
        alertBox.textContent = "The message could not be sent. Please try again.";
        alertBox.hidden = false;
      }).then(function () { button.disabled = false; box.focus(); });
    });
  }
}());
