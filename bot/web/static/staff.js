/* Staff dashboard: live escalation banner (Server-Sent Events) with a visible
   and, once switched on, audible alert. No third-party code. */
(function () {
  "use strict";
  var banner = document.getElementById("escalation-banner");
  if (!banner || !window.EventSource) { return; }
  var list = document.getElementById("banner-list");
  var title = document.getElementById("banner-title");
  var toggle = document.getElementById("sound-toggle");
  var known = {};
  (banner.getAttribute("data-known") || "").split(",").forEach(function (id) {
    if (id) { known[id] = true; }
  });
  var baseTitle = document.title.replace(/^\(\d+\) /, "");
  var audio = null;
  var soundOn = false;
  try { soundOn = window.localStorage.getItem("kca.staff.sound") === "on"; } catch (e) { /* private mode */ }

  function showSound() {
    toggle.textContent = "Sound alerts: " + (soundOn ? "on" : "off");
    toggle.setAttribute("aria-pressed", soundOn ? "true" : "false");
  }

  function beep() {
    if (!soundOn) { return; }
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      if (audio.state === "suspended") { audio.resume(); }
      [0, 0.35, 0.7].forEach(function (offset) {
        var osc = audio.createOscillator();
        var gain = audio.createGain();
        osc.frequency.value = 880;
        gain.gain.value = 0.2;
        osc.connect(gain);
        gain.connect(audio.destination);
        osc.start(audio.currentTime + offset);
        osc.stop(audio.currentTime + offset + 0.2);
      });
    } catch (e) { /* no audio device: the visible alert remains */ }
  }

  if (toggle) {
    showSound();
    toggle.addEventListener("click", function () {
      soundOn = !soundOn;
      try { window.localStorage.setItem("kca.staff.sound", soundOn ? "on" : "off"); } catch (e) { /* ignore */ }
      showSound();
      if (soundOn) { beep(); }  // a user gesture unlocks audio in the browser
    });
  }

  var more = document.getElementById("banner-more");
  var count = parseInt(banner.getAttribute("data-count") || "0", 10) || 0;

  function moreLink(n, shown) {
    while (more.firstChild) { more.removeChild(more.firstChild); }
    var a = document.createElement("a");
    a.href = "/staff/escalations?status=open";
    a.textContent = n > shown ? "See all " + n + " in the queue" : "Open the queue";
    more.appendChild(a);
    more.hidden = n === 0;
  }

  // The feed sends {count, items}: how many are open and the most urgent few,
  // with their age ("4 min ago") already worded by the server.
  function render(data) {
    var items = data.items || [];
    var n = data.count || 0;
    var fresh = n > count || items.some(function (item) { return !known[String(item.id)]; });
    known = {};
    count = n;
    while (list.firstChild) { list.removeChild(list.firstChild); }
    items.forEach(function (item) {
      known[String(item.id)] = true;
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = "/staff/escalations/" + encodeURIComponent(item.id);
      a.textContent = "#" + item.id + " " + item.label;
      var time = document.createElement("time");
      time.setAttribute("datetime", item.created_at || "");
      time.setAttribute("title", item.when || "");
      time.textContent = item.age || "";
      li.appendChild(a);
      li.appendChild(document.createTextNode(", "));
      li.appendChild(time);
      list.appendChild(li);
    });
    if (more) { moreLink(n, items.length); }
    var text = n ? n + " open escalation" + (n === 1 ? "" : "s") + ": acknowledge now"
                 : "No open escalations";
    if (title.textContent.trim() !== text) { title.textContent = text; }
    banner.classList.toggle("banner--alert", n > 0);
    document.title = (n ? "(" + n + ") " : "") + baseTitle;
    if (fresh) {
      banner.classList.add("banner--new");
      window.setTimeout(function () { banner.classList.remove("banner--new"); }, 4000);
      beep();
    }
  }

  var source = new EventSource(banner.getAttribute("data-events"));
  source.addEventListener("escalations", function (event) {
    try { render(JSON.parse(event.data)); } catch (e) { /* ignore a bad frame */ }
  });
  source.addEventListener("signed-out", function () {
    source.close();
    window.location.assign("/staff/login?next=" + encodeURIComponent(window.location.pathname));
  });
})();
