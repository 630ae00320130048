/*
 * Embeddable chat widget for the clinic's virtual assistant.
 *
 *   <script src="https://assistant.clinic.example/widget.js" data-open="false" defer></script>
 *
 * Plain ES2019, no dependencies, no build step. Everything is built with DOM
 * APIs and textContent: bot text is untrusted, so it never goes through
 * innerHTML. No inline styles or handlers (host pages may run a strict CSP);
 * the look lives in widget.css and is switched with kca-* classes only.
 */
(function () {
  "use strict";

  if (window.KetamineClinicChat) {
    return; // embedded twice: keep the first instance
  }

  var MAX_CHARS = 1000;
  var STORAGE_KEY = "kca.conversation_id";
  var MAX_BACKOFF_MS = 30000;
  // The server closes a quiet socket with this code; the next message reconnects.
  var IDLE_CLOSE_CODE = 4000;
  var NEW_TAB_HINT_ID = "kca-newtab-hint";

  // --- where we came from -------------------------------------------------

  function findScript() {
    if (document.currentScript && document.currentScript.src) {
      return document.currentScript;
    }
    var scripts = document.querySelectorAll("script[src]");
    for (var i = scripts.length - 1; i >= 0; i -= 1) {
      if (/widget\.js(?:[?#].*)?$/.test(scripts[i].src)) {
        return scripts[i];
      }
    }
    return null;
  }

  var script = findScript();
  var scriptUrl = new URL(script ? script.src : "/widget.js", document.baseURI);
  var ORIGIN = scriptUrl.origin;
  var WS_URL = (scriptUrl.protocol === "https:" ? "wss://" : "ws://") + scriptUrl.host + "/chat/ws";
  var OPEN_ON_LOAD = Boolean(script) && script.getAttribute("data-open") === "true";
  // Quick exit (for someone who may be watched at home): where the tab goes, with no way back to
  // the chat by "Back". A clinic may set its own with data-exit-url (http or https only).
  var DEFAULT_EXIT_URL = "https://www.google.com/";

  // --- the widget's own words, in English and Spanish -------------------------
  // The Spanish crisis wording is the assistant's own (domain.yml, "usted"):
  // 911, then 988 with "marque 2" and "AYUDA" by text.

  var TEXTS = {
    en: {
      title: "Virtual assistant",
      launcher: "Chat with us",
      emergencyLabel: "Emergency numbers",
      emergency: "Emergency? ",
      call911: "Call 911",
      crisis: ". Thoughts of suicide or crisis? ",
      call988: "Call",
      call988Label: "Call 988",
      or: " or ",
      text988: "text 988",
      text988Label: "Text 988",
      text988Href: "sms:988",
      quickExit: "Quick exit",
      quickExitLabel: "Quick exit: leave this site now and clear this chat from this tab",
      end: "End chat",
      close: " Close",
      closeSr: " chat",
      confirm: "End this chat? It will be cleared from this screen, and a new chat will start.",
      confirmYes: "Yes, end chat",
      confirmNo: "No, keep chatting",
      disclosure: "You're chatting with a computer program, not a clinician. ",
      privacy: "Privacy notice",
      privacyPath: "/privacy",
      languageLabel: "Language",
      log: "Conversation",
      form: "Send a message",
      input: "Type your message",
      send: "Send",
      hint: "Enter sends; Shift+Enter adds a line.",
      hintSr: " Messages can be up to 1,000 characters.",
      tooLongNote: "Too long: over 1,000 characters",
      tooLong: "Your message is over 1,000 characters, so I couldn't send it. " +
        "Could you shorten it or send it in parts?",
      newTab: "Opens in a new tab",
      youSaid: "You said: ",
      botSaid: "Assistant said: ",
      suggested: "Suggested replies",
      note: "Note",
      warning: "Warning",
      problem: "Problem",
      typing: "The assistant is typing\u2026",
      connecting: "Connecting\u2026",
      reconnecting: "Reconnecting\u2026",
      paused: "Chat paused while you were away. Send a message to carry on.",
      // While a clinic staff member holds the chat (the live hand-over).
      withStaff: "You are chatting with {name}, {role}.",
      roleTitles: { oncall: "on-call clinician", staff: "clinic staff", admin: "clinic staff" },
    },
    es: {
      title: "Asistente virtual",
      launcher: "Chatee con nosotros",
      emergencyLabel: "Números de emergencia",
      emergency: "¿Emergencia? ",
      call911: "Llame al 911",
      crisis: ". ¿Está en crisis o piensa en el suicidio? ",
      call988: "Llame al 988 y marque 2",
      call988Label: "Llame al 988 y marque 2 para español",
      or: " o ",
      text988: "envíe AYUDA al 988",
      text988Label: "Envíe AYUDA por texto al 988",
      text988Href: "sms:988?body=AYUDA",
      quickExit: "Salida rápida",
      quickExitLabel: "Salida rápida: salir de este sitio ahora y borrar este chat de esta pestaña",
      end: "Terminar chat",
      close: " Cerrar",
      closeSr: " el chat",
      confirm: "¿Terminar este chat? Se borrará de esta pantalla y empezará un chat nuevo.",
      confirmYes: "Sí, terminar el chat",
      confirmNo: "No, seguir conversando",
      disclosure: "Usted habla con un programa de computadora, no con un médico ni una enfermera. ",
      privacy: "Aviso de privacidad",
      privacyPath: "/privacy?lang=es",
      languageLabel: "Idioma",
      log: "Conversación",
      form: "Enviar un mensaje",
      input: "Escriba su mensaje",
      send: "Enviar",
      hint: "Enter envía; Mayús+Enter agrega una línea.",
      hintSr: " Los mensajes pueden tener hasta 1,000 caracteres.",
      tooLongNote: "Demasiado largo: más de 1,000 caracteres",
      tooLong: "Su mensaje tiene más de 1,000 caracteres, así que no pude enviarlo. " +
        "¿Puede acortarlo o enviarlo en partes?",
      newTab: "Se abre en una pestaña nueva",
      youSaid: "Usted dijo: ",
      botSaid: "El asistente dijo: ",
      suggested: "Respuestas sugeridas",
      note: "Nota",
      warning: "Aviso",
      problem: "Problema",
      typing: "El asistente está escribiendo\u2026",
      connecting: "Conectando\u2026",
      reconnecting: "Reconectando\u2026",
      paused: "El chat se pausó mientras usted no estaba. Envíe un mensaje para continuar.",
      withStaff: "Usted está conversando con {name}, {role}.",
      roleTitles: {
        oncall: "clínico de guardia",
        staff: "personal de la clínica",
        admin: "personal de la clínica",
      },
    },
  };
  // What the switch sends: the words Rasa's LanguageGuard reads as a choice.
  var SWITCH_WORDS = { en: "English", es: "Español" };
  var LANGUAGE_KEY = "kca.language";
  var activeLanguage = "en"; // the widget's, set by applyLanguage

  function supported(value) {
    return typeof value === "string" && /^es\b/i.test(value) ? "es" : "en";
  }

  // The page's language: data-lang on the script tag, else <html lang>.
  function pageLanguage() {
    var declared = (script && script.getAttribute("data-lang")) || document.documentElement.lang;
    return supported(declared);
  }

  // data-title names the widget; data-title-es in Spanish (else the default).
  function titleFor(language) {
    var own = script && script.getAttribute(language === "es" ? "data-title-es" : "data-title");
    return own || TEXTS[language].title;
  }

  // --- storage ---------------------------------------------------------------
  // The conversation id lives in sessionStorage: this tab keeps its chat across a
  // reload, but a new tab, a restarted browser or the next person at a shared
  // computer starts afresh (the chat may hold a name, a birth date, health
  // answers). Falls back to memory when storage is blocked.

  var memoryId = null;

  function loadId() {
    try {
      return window.sessionStorage.getItem(STORAGE_KEY) || memoryId;
    } catch (e) {
      return memoryId;
    }
  }

  function saveId(id) {
    memoryId = id;
    try {
      window.sessionStorage.setItem(STORAGE_KEY, id);
    } catch (e) {
      // private mode or storage disabled: the in-memory copy is enough
    }
  }

  function forgetId() {
    memoryId = null;
    try {
      window.sessionStorage.removeItem(STORAGE_KEY);
    } catch (e) {
      // nothing was stored
    }
  }

  // Earlier versions kept the id in localStorage, with no end: drop it.
  function forgetLegacyId() {
    try {
      window.localStorage.removeItem(STORAGE_KEY);
    } catch (e) {
      // storage blocked: nothing to drop
    }
  }

  // The language the visitor chose in this tab (kept like the conversation id).
  function loadLanguage() {
    try {
      return window.sessionStorage.getItem(LANGUAGE_KEY);
    } catch (e) {
      return null;
    }
  }

  function saveLanguage(language) {
    try {
      window.sessionStorage.setItem(LANGUAGE_KEY, language);
    } catch (e) {
      // storage blocked: the page's language is used after a reload
    }
  }

  // --- small DOM helpers --------------------------------------------------

  // "en" or "es" when the server named one of them, else null.
  function known(language) {
    return language === "en" || language === "es" ? language : null;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function attrs(node, values) {
    Object.keys(values).forEach(function (name) {
      node.setAttribute(name, values[name]);
    });
    return node;
  }

  function srOnly(text) {
    return el("span", "kca-sr-only", text);
  }

  function externalLink(href, text, className) {
    var a = el("a", className || "kca-link", text);
    a.href = href;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    a.setAttribute("aria-describedby", NEW_TAB_HINT_ID);
    return a;
  }

  function formatCount(n) {
    return n.toLocaleString("en-US");
  }

  // Code points, like the server's len(), not UTF-16 units.
  function charCount(text) {
    return Array.from(text).length;
  }

  // --- turning bot text into safe nodes -----------------------------------

  var LINK_RE = /https?:\/\/[^\s<>"']+|\/privacy/g;
  var TRAILING_PUNCT_RE = /[.,;:!?)\]}'"]+$/;

  function safeHttpUrl(raw) {
    try {
      var url = new URL(raw);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  // "/privacy" only as a word of its own, not inside "example.com/privacy".
  function isStandalonePrivacy(text, start) {
    var before = start === 0 ? "" : text.charAt(start - 1);
    var after = text.charAt(start + "/privacy".length);
    return (before === "" || /[\s(]/.test(before)) && !/[\w/-]/.test(after);
  }

  function linkFor(text, match) {
    var raw = match[0];
    if (raw === "/privacy") {
      var href = ORIGIN + TEXTS[activeLanguage].privacyPath;
      return isStandalonePrivacy(text, match.index) ? { raw: raw, href: href } : null;
    }
    raw = raw.replace(TRAILING_PUNCT_RE, "");
    var href = safeHttpUrl(raw);
    return href ? { raw: raw, href: href } : null;
  }

  function appendLinkified(parent, text) {
    var last = 0;
    var match;
    LINK_RE.lastIndex = 0;
    while ((match = LINK_RE.exec(text)) !== null) {
      var link = linkFor(text, match);
      if (!link) {
        continue;
      }
      if (match.index > last) {
        parent.appendChild(document.createTextNode(text.slice(last, match.index)));
      }
      parent.appendChild(externalLink(link.href, link.raw));
      last = match.index + link.raw.length;
      LINK_RE.lastIndex = last;
    }
    if (last < text.length) {
      parent.appendChild(document.createTextNode(text.slice(last)));
    }
  }

  // Consecutive "- " lines become a real list; other lines keep their breaks.
  function splitBlocks(text) {
    var blocks = [];
    text.split("\n").forEach(function (line) {
      var isItem = /^\s*[-•]\s+/.test(line);
      var current = blocks[blocks.length - 1];
      if (!current || current.list !== isItem) {
        current = { list: isItem, lines: [] };
        blocks.push(current);
      }
      current.lines.push(isItem ? line.replace(/^\s*[-•]\s+/, "") : line);
    });
    return blocks;
  }

  function renderBotText(parent, text) {
    splitBlocks(text).forEach(function (block) {
      if (block.list) {
        var ul = el("ul", "kca-list");
        block.lines.forEach(function (line) {
          var li = el("li", "kca-list-item");
          appendLinkified(li, line);
          ul.appendChild(li);
        });
        parent.appendChild(ul);
        return;
      }
      var joined = block.lines.join("\n").replace(/^\n+|\n+$/g, "");
      if (joined) {
        var p = el("p", "kca-text");
        appendLinkified(p, joined);
        parent.appendChild(p);
      }
    });
  }

  // --- validating what the server sends -----------------------------------

  function asText(value) {
    return typeof value === "string" ? value : "";
  }

  function cleanButtons(buttons) {
    if (!Array.isArray(buttons)) {
      return [];
    }
    return buttons.filter(function (b) {
      return b && typeof b.title === "string" && b.title && typeof b.payload === "string";
    });
  }

  // --- building the widget --------------------------------------------------
  // Every text of the widget's own is registered with `say`, so switching the
  // language rewords the widget in place (the conversation and focus stay).

  function say(ui, node, key, attr) {
    ui.words.push({ node: node, key: key, attr: attr });
    return node;
  }

  function sayText(ui, parent, key) {
    return parent.appendChild(say(ui, document.createTextNode(""), key));
  }

  function injectStylesheet(onDone) {
    var link = attrs(el("link"), { rel: "stylesheet", href: ORIGIN + "/widget.css" });
    link.addEventListener("load", onDone);
    link.addEventListener("error", onDone); // show the widget unstyled rather than not at all
    document.head.appendChild(link);
  }

  function buildEmergencyBar(ui) {
    var bar = say(ui, attrs(el("div", "kca-emergency"), { role: "note" }), "emergencyLabel", "aria-label");
    // first in the bar (floated right), so it is the first thing a keyboard reaches
    ui.exitButton = say(ui, attrs(el("button", "kca-exit"), { type: "button" }), "quickExit");
    bar.appendChild(say(ui, ui.exitButton, "quickExitLabel", "aria-label"));
    sayText(ui, bar, "emergency");
    bar.appendChild(say(ui, attrs(el("a", "kca-emergency-link"), { href: "tel:911" }), "call911"));
    sayText(ui, bar, "crisis");
    var call = say(ui, attrs(el("a", "kca-emergency-link"), { href: "tel:988" }), "call988");
    bar.appendChild(say(ui, call, "call988Label", "aria-label"));
    sayText(ui, bar, "or");
    var text = say(ui, el("a", "kca-emergency-link"), "text988");
    say(ui, text, "text988Label", "aria-label");
    bar.appendChild(say(ui, text, "text988Href", "href"));
    bar.appendChild(document.createTextNode("."));
    return bar;
  }

  function exitUrl() {
    var own = script && script.getAttribute("data-exit-url");
    return (own && safeHttpUrl(own)) || DEFAULT_EXIT_URL;
  }

  function buildHeader(ui) {
    var header = el("div", "kca-header");
    ui.title = attrs(el("h2", "kca-title"), { id: "kca-title" });
    header.appendChild(ui.title);
    var actions = el("div", "kca-header-actions");
    ui.endButton = say(ui, attrs(el("button", "kca-close kca-end"), {
      type: "button",
      "aria-controls": "kca-confirm",
      "aria-expanded": "false",
    }), "end");
    actions.appendChild(ui.endButton);
    ui.closeButton = attrs(el("button", "kca-close"), { type: "button" });
    ui.closeButton.appendChild(el("span", "kca-close-icon", "\u00d7"));
    ui.closeButton.lastChild.setAttribute("aria-hidden", "true");
    sayText(ui, ui.closeButton, "close");
    ui.closeButton.appendChild(say(ui, srOnly(""), "closeSr"));
    actions.appendChild(ui.closeButton);
    header.appendChild(actions);
    return header;
  }

  // "End chat" asks first, in plain words, inside the panel (no blocking dialog).
  function buildConfirm(ui) {
    ui.confirm = attrs(el("div", "kca-confirm"), {
      id: "kca-confirm",
      role: "group",
      "aria-labelledby": "kca-confirm-text",
    });
    ui.confirm.appendChild(say(ui, attrs(el("p", "kca-confirm-text"), { id: "kca-confirm-text" }), "confirm"));
    var row = el("div", "kca-confirm-actions");
    ui.confirmYes = say(ui, attrs(el("button", "kca-confirm-yes"), { type: "button" }), "confirmYes");
    ui.confirmNo = say(ui, attrs(el("button", "kca-confirm-no"), { type: "button" }), "confirmNo");
    row.appendChild(ui.confirmYes);
    row.appendChild(ui.confirmNo);
    ui.confirm.appendChild(row);
    ui.confirm.hidden = true;
  }

  // "English / Español": each name in its own language, so a screen reader
  // says "Español" the Spanish way on an English page.
  function buildLanguageSwitch(ui) {
    var group = say(ui, attrs(el("div", "kca-lang"), { role: "group" }), "languageLabel", "aria-label");
    ui.languageButtons = {};
    ["en", "es"].forEach(function (language, i) {
      if (i) {
        group.appendChild(attrs(el("span", "kca-lang-sep", "/"), { "aria-hidden": "true" }));
      }
      var button = attrs(el("button", "kca-lang-btn", SWITCH_WORDS[language]), {
        type: "button",
        lang: language,
        "aria-pressed": "false",
        "data-lang": language,
      });
      ui.languageButtons[language] = button;
      group.appendChild(button);
    });
    return group;
  }

  function buildDisclosure(ui) {
    var p = el("p", "kca-disclosure");
    sayText(ui, p, "disclosure");
    var link = say(ui, externalLink(ORIGIN + "/privacy", "", "kca-link kca-privacy-link"), "privacy");
    ui.privacyLink = link;
    p.appendChild(link);
    return p;
  }

  function buildLog(ui) {
    ui.log = say(ui, attrs(el("div", "kca-log"), {
      id: "kca-log",
      role: "log",
      "aria-live": "polite",
      "aria-relevant": "additions",
      tabindex: "0",
    }), "log", "aria-label");
    ui.typing = attrs(el("div", "kca-typing"), { id: "kca-typing", role: "status" });
    ui.status = attrs(el("div", "kca-status"), { id: "kca-status", role: "status" });
    ui.status.hidden = true;
    // Who holds the chat during a live hand-over: empty (and taking no room)
    // otherwise. Always in the page, so screen readers announce it when it fills.
    ui.handover = attrs(el("div", "kca-handover"), {
      id: "kca-handover",
      role: "status",
      "aria-live": "polite",
    });
  }

  function buildForm(ui) {
    ui.form = say(ui, attrs(el("form", "kca-form"), { novalidate: "" }), "form", "aria-label");
    ui.form.appendChild(say(ui, attrs(el("label", "kca-sr-only"), { for: "kca-input" }), "input"));
    var row = el("div", "kca-input-row");
    ui.input = say(ui, attrs(el("textarea", "kca-input"), {
      id: "kca-input",
      name: "message",
      rows: "2",
      autocomplete: "off",
      "aria-describedby": "kca-hint kca-counter",
    }), "input", "placeholder");
    ui.send = say(ui, attrs(el("button", "kca-send"), { type: "submit" }), "send");
    ui.send.disabled = true;
    row.appendChild(ui.input);
    row.appendChild(ui.send);
    ui.form.appendChild(row);
    var meta = el("div", "kca-meta");
    var hint = attrs(el("span", "kca-hint"), { id: "kca-hint" });
    sayText(ui, hint, "hint");
    hint.appendChild(say(ui, srOnly(""), "hintSr"));
    meta.appendChild(hint);
    ui.counter = attrs(el("span", "kca-counter", "0 / " + formatCount(MAX_CHARS)), { id: "kca-counter" });
    ui.counterNote = attrs(el("span", "kca-counter-note"), { id: "kca-counter-note", role: "status" });
    meta.appendChild(ui.counter);
    meta.appendChild(ui.counterNote);
    ui.form.appendChild(meta);
  }

  function buildPanel(ui) {
    ui.panel = attrs(el("section", "kca-panel"), { id: "kca-panel", "aria-labelledby": "kca-title" });
    ui.panel.appendChild(buildEmergencyBar(ui));
    ui.panel.appendChild(buildHeader(ui));
    buildConfirm(ui);
    ui.panel.appendChild(ui.confirm);
    var about = el("div", "kca-about");
    about.appendChild(buildDisclosure(ui));
    about.appendChild(buildLanguageSwitch(ui));
    ui.panel.appendChild(about);
    buildLog(ui);
    buildForm(ui);
    ui.panel.appendChild(ui.log);
    ui.panel.appendChild(ui.typing);
    ui.panel.appendChild(ui.status);
    ui.panel.appendChild(ui.handover);
    ui.panel.appendChild(ui.form);
    ui.panel.appendChild(say(ui, attrs(srOnly(""), { id: NEW_TAB_HINT_ID, "aria-hidden": "true" }), "newTab"));
  }

  function buildUi(container) {
    var ui = { words: [] };
    ui.embedded = Boolean(container);
    ui.root = el("div", "kca-root " + (ui.embedded ? "kca-root--embedded" : "kca-root--floating"));
    ui.root.id = "kca-root";
    ui.root.hidden = true; // until widget.css has loaded, so nothing flashes unstyled
    ui.launcher = say(ui, attrs(el("button", "kca-launcher"), {
      type: "button",
      "aria-controls": "kca-panel",
      "aria-expanded": "false",
    }), "launcher");
    buildPanel(ui);
    ui.root.appendChild(ui.panel);
    ui.root.appendChild(ui.launcher);
    return ui;
  }

  // Words the widget's own text in `language`; lang on the root tells screen
  // readers which voice to use (a bubble in the other language carries its own).
  function applyLanguage(ui, language) {
    var words = TEXTS[language];
    ui.language = activeLanguage = language;
    ui.root.setAttribute("lang", language);
    ui.words.forEach(function (item) {
      var value = words[item.key];
      if (item.attr) {
        item.node.setAttribute(item.attr, value);
      } else {
        item.node.textContent = value;
      }
    });
    ui.title.textContent = titleFor(language);
    ui.privacyLink.href = ORIGIN + words.privacyPath;
    Object.keys(ui.languageButtons).forEach(function (code) {
      ui.languageButtons[code].setAttribute("aria-pressed", code === language ? "true" : "false");
    });
  }

  // --- the chat itself -------------------------------------------------------

  function Chat(ui) {
    this.ui = ui;
    this.socket = null;
    this.ready = false; // socket open and welcome received
    this.started = false;
    this.attempt = 0;
    this.retryTimer = null;
    this.isOpen = false;
    this.overLimit = false;
    this.paused = false; // closed by the server after a quiet spell
    this.pending = null; // the message that reconnects a paused chat
    this.staff = null; // {name, role} of the staff member holding the chat, if any
  }

  Chat.prototype.t = function (key) {
    return TEXTS[this.ui.language][key];
  };

  // A label of the widget's own, in the widget's language whatever the bubble's.
  Chat.prototype.label = function (key) {
    return attrs(srOnly(this.t(key)), { lang: this.ui.language });
  };

  // The widget's language: its own words now, the conversation's from here on.
  // `tell`: the visitor chose it with the switch, so the assistant is told too
  // (the words Rasa reads as a choice, shown as the visitor's message).
  Chat.prototype.setLanguage = function (language, tell) {
    language = supported(language);
    if (language !== this.ui.language) {
      applyLanguage(this.ui, language);
      this.updateCounter(true);
      this.showStaff(this.staff);
      if (this.ui.status.textContent) {
        this.ui.status.textContent = this.t(this.paused ? "paused" : this.attempt ? "reconnecting" : "connecting");
      }
      saveLanguage(language);
    }
    if (tell) {
      var word = SWITCH_WORDS[language];
      this.submit({ type: "message", text: word }, word, language);
    }
  };

  // The status line of a live hand-over: "You are chatting with NAME, ROLE."
  // while a staff member holds the chat; nothing once the assistant is back.
  Chat.prototype.showStaff = function (staff) {
    var valid = staff && typeof staff === "object" && typeof staff.name === "string" && staff.name;
    this.staff = valid ? { name: staff.name.slice(0, 80), role: asText(staff.role) } : null;
    var text = "";
    if (this.staff) {
      var titles = this.t("roleTitles");
      var hasTitle = Object.prototype.hasOwnProperty.call(titles, this.staff.role);
      var title = hasTitle ? titles[this.staff.role] : titles.staff;
      // The role first: a name is the staff's own text and is put in as it is.
      text = this.t("withStaff").split("{role}").join(title).split("{name}").join(this.staff.name);
    }
    if (this.ui.handover.textContent !== text) {
      this.ui.handover.textContent = text;
    }
  };

  Chat.prototype.scrollToEnd = function () {
    this.ui.log.scrollTop = this.ui.log.scrollHeight;
  };

  // `language`: what the text is written in, when known ("en" or "es").
  // `staff` ({name, role}): a clinic staff member wrote it during a live hand-over.
  Chat.prototype.appendBubble = function (from, text, language, staff) {
    var bubble = el("div", "kca-msg " + (from === "visitor" ? "kca-msg--visitor" : "kca-msg--bot"));
    bubble.setAttribute("lang", known(language) || this.ui.language);
    if (from !== "visitor" && staff && typeof staff.name === "string") {
      bubble.className += " kca-msg--staff";
      bubble.appendChild(el("strong", "kca-staff-name", staff.name.slice(0, 80) + ": "));
    } else {
      bubble.appendChild(this.label(from === "visitor" ? "youSaid" : "botSaid"));
    }
    if (from === "visitor") {
      bubble.appendChild(el("p", "kca-text", text));
    } else {
      renderBotText(bubble, text);
    }
    this.ui.log.appendChild(bubble);
    return bubble;
  };

  Chat.prototype.appendButtons = function (buttons, language) {
    var self = this;
    var row = attrs(el("div", "kca-quick"), { role: "group", "aria-label": this.t("suggested") });
    buttons.forEach(function (b) {
      var button = attrs(el("button", "kca-quick-btn", b.title), {
        type: "button",
        lang: known(language) || self.ui.language,
      });
      button.addEventListener("click", function () {
        self.sendButton(b);
      });
      row.appendChild(button);
    });
    this.ui.log.appendChild(row);
  };

  Chat.prototype.removeQuickReplies = function () {
    var rows = this.ui.log.querySelectorAll(".kca-quick");
    for (var i = 0; i < rows.length; i += 1) {
      rows[i].parentNode.removeChild(rows[i]);
    }
  };

  Chat.prototype.appendNotice = function (level, text, language) {
    var labels = { info: "note", warning: "warning", error: "problem" };
    var safeLevel = labels[level] ? level : "info";
    var last = this.ui.log.lastElementChild;
    if (last && last.classList.contains("kca-notice") && last.getAttribute("data-text") === text) {
      return; // the same note again (a retry refused the same way): once is enough
    }
    var notice = attrs(el("div", "kca-notice kca-notice--" + safeLevel), {
      lang: known(language) || this.ui.language,
    });
    notice.appendChild(attrs(el("strong", "kca-notice-label", this.t(labels[safeLevel]) + ": "), {
      lang: this.ui.language,
    }));
    notice.appendChild(document.createTextNode(text));
    notice.setAttribute("data-text", text);
    this.ui.log.appendChild(notice);
    this.scrollToEnd();
  };

  // Bot messages in order; the quick replies go under the last one that has any.
  Chat.prototype.renderBotMessages = function (messages) {
    var lastWithButtons = -1;
    messages.forEach(function (m, i) {
      if (cleanButtons(m && m.buttons).length) {
        lastWithButtons = i;
      }
    });
    var self = this;
    messages.forEach(function (m, i) {
      var text = asText(m && m.text);
      if (text) {
        self.appendBubble("bot", text, m.language, m.staff);
      }
      if (i === lastWithButtons) {
        self.appendButtons(cleanButtons(m.buttons), m.language);
      }
    });
    this.scrollToEnd();
  };

  // The server's history replaces the log, so a reconnect never duplicates.
  Chat.prototype.renderHistory = function (history) {
    var items = Array.isArray(history) ? history.filter(Boolean) : [];
    var lastVisitor = -1;
    items.forEach(function (item, i) {
      if (item.from === "visitor") {
        lastVisitor = i;
      }
    });
    this.ui.log.setAttribute("aria-busy", "true");
    this.ui.log.textContent = "";
    var self = this;
    var trailingBot = [];
    items.forEach(function (item, i) {
      if (item.from === "visitor") {
        self.appendBubble("visitor", asText(item.text), item.language);
      } else if (i > lastVisitor) {
        trailingBot.push(item); // may carry the quick replies still on offer
      } else {
        self.appendBubble("bot", asText(item.text), item.language, item.staff);
      }
    });
    this.renderBotMessages(trailingBot);
    this.ui.log.setAttribute("aria-busy", "false");
  };

  Chat.prototype.setTyping = function (on) {
    var typing = this.ui.typing;
    typing.textContent = "";
    typing.classList.toggle("kca-typing--on", on);
    if (on) {
      var dots = attrs(el("span", "kca-dots"), { "aria-hidden": "true" });
      for (var i = 0; i < 3; i += 1) {
        dots.appendChild(el("span", "kca-dot"));
      }
      typing.appendChild(dots);
      typing.appendChild(this.label("typing"));
    }
  };

  Chat.prototype.setConnected = function (ready, statusText) {
    this.ready = ready;
    this.ui.send.disabled = !ready;
    this.ui.status.textContent = ready ? "" : statusText;
    this.ui.status.hidden = ready;
    this.ui.root.classList.toggle("kca-root--offline", !ready);
  };

  // --- socket ----------------------------------------------------------------

  Chat.prototype.start = function () {
    if (!this.started) {
      this.started = true;
      this.connect();
    }
  };

  Chat.prototype.connect = function () {
    var self = this;
    window.clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.setConnected(false, this.t(this.attempt ? "reconnecting" : "connecting"));
    var socket;
    try {
      socket = new WebSocket(WS_URL);
    } catch (e) {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.addEventListener("open", function () {
      self.sendFrame({ type: "hello", conversation_id: loadId(), language: self.ui.language });
    });
    socket.addEventListener("message", function (event) {
      self.onFrame(event.data);
    });
    socket.addEventListener("close", function (event) {
      if (self.socket === socket) {
        self.socket = null;
        self.setTyping(false);
        if (event.code === IDLE_CLOSE_CODE) {
          self.pause();
        } else {
          self.scheduleReconnect();
        }
      }
    });
  };

  // Quiet for a while: no socket until the visitor writes again.
  Chat.prototype.pause = function () {
    this.paused = true;
    this.ready = false;
    this.ui.send.disabled = false;
    this.ui.status.textContent = this.t("paused");
    this.ui.status.hidden = false;
    this.ui.root.classList.remove("kca-root--offline");
  };

  Chat.prototype.resume = function () {
    this.paused = false;
    this.attempt = 0;
    this.connect();
  };

  // A fresh conversation: the stored id is forgotten and the screen cleared.
  Chat.prototype.endChat = function () {
    forgetId();
    this.hideConfirm(false);
    this.pending = null;
    this.paused = false;
    this.attempt = 0;
    var socket = this.socket;
    this.socket = null; // its close event must not schedule a reconnect
    if (socket) {
      socket.close(1000, "chat ended");
    }
    this.ui.log.textContent = "";
    this.showStaff(null);
    this.ui.input.value = "";
    this.updateCounter();
    this.started = true;
    this.connect();
    this.ui.input.focus();
  };

  // Quick exit: the chat is cleared from this tab (its id and language forgotten, the screen
  // emptied, the socket closed) and the tab replaced by a neutral page, so "Back" does not
  // return to it. The conversation stays on the clinic's side, for staff.
  Chat.prototype.quickExit = function () {
    forgetId();
    try {
      window.sessionStorage.removeItem(LANGUAGE_KEY);
    } catch (e) {
      // storage blocked: nothing was kept
    }
    var socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.close(1000, "quick exit");
    }
    this.ui.log.textContent = "";
    this.ui.input.value = "";
    window.location.replace(exitUrl());
  };

  Chat.prototype.askToEnd = function () {
    this.ui.confirm.hidden = false;
    this.ui.endButton.setAttribute("aria-expanded", "true");
    this.ui.confirmNo.focus();
  };

  Chat.prototype.hideConfirm = function (moveFocus) {
    this.ui.confirm.hidden = true;
    this.ui.endButton.setAttribute("aria-expanded", "false");
    if (moveFocus) {
      this.ui.endButton.focus();
    }
  };

  Chat.prototype.scheduleReconnect = function () {
    var delay = Math.min(1000 * Math.pow(2, this.attempt), MAX_BACKOFF_MS);
    this.attempt += 1;
    this.setConnected(false, this.t("reconnecting"));
    var self = this;
    this.retryTimer = window.setTimeout(function () {
      self.connect();
    }, delay);
  };

  // Back online after a network drop: no need to sit out the backoff.
  Chat.prototype.retryNow = function () {
    if (this.started && !this.socket && this.retryTimer) {
      this.connect();
    }
  };

  Chat.prototype.sendFrame = function (frame) {
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN) {
      return false;
    }
    this.socket.send(JSON.stringify(frame));
    return true;
  };

  Chat.prototype.onFrame = function (data) {
    var frame;
    try {
      frame = JSON.parse(data);
    } catch (e) {
      return;
    }
    if (!frame || typeof frame !== "object") {
      return;
    }
    if (known(frame.language) && frame.type !== "notice") {
      this.setLanguage(frame.language, false); // the conversation's language, as the server read it
    }
    if (frame.type === "welcome") {
      this.onWelcome(frame);
    } else if (frame.type === "typing") {
      this.setTyping(frame.on === true);
    } else if (frame.type === "replies") {
      this.setTyping(false);
      this.renderBotMessages(Array.isArray(frame.messages) ? frame.messages : []);
    } else if (frame.type === "notice") {
      this.appendNotice(frame.level, asText(frame.text), frame.language);
    } else if (frame.type === "handover") {
      this.showStaff(frame.state === "staff" ? frame.staff : null);
    }
  };

  Chat.prototype.onWelcome = function (frame) {
    if (typeof frame.conversation_id === "string" && frame.conversation_id) {
      saveId(frame.conversation_id);
    }
    this.attempt = 0;
    this.showStaff(null); // the server says again who holds the chat, if anyone
    this.renderHistory(frame.history);
    this.setConnected(true, "");
    if (this.pending) {
      var pending = this.pending;
      this.pending = null;
      this.submit(pending.frame, pending.text, pending.language);
    }
  };

  // Sends a visitor frame and shows it; a paused chat reconnects first. Every
  // frame says the widget's language (the server answers in it when Rasa can't).
  Chat.prototype.submit = function (frame, shownText, language) {
    if (this.paused) {
      this.pending = { frame: frame, text: shownText, language: language };
      this.resume();
      return true;
    }
    frame.language = this.ui.language;
    if (!this.ready || !this.sendFrame(frame)) {
      return false;
    }
    this.removeQuickReplies();
    this.appendBubble("visitor", shownText, language);
    this.scrollToEnd();
    return true;
  };

  // --- visitor input ---------------------------------------------------------

  Chat.prototype.sendText = function () {
    var text = this.ui.input.value;
    if ((!this.ready && !this.paused) || !text.trim()) {
      return;
    }
    if (charCount(text.trim()) > MAX_CHARS) {
      // Refused here and by the server alike; the text stays in the box to shorten.
      this.appendNotice("warning", this.t("tooLong"));
      this.ui.input.focus();
      return;
    }
    if (!this.submit({ type: "message", text: text }, text)) {
      return;
    }
    this.ui.input.value = "";
    this.updateCounter();
  };

  Chat.prototype.sendButton = function (button) {
    if (this.submit({ type: "button", title: button.title, payload: button.payload }, button.title)) {
      this.removeQuickReplies(); // the row is gone, so focus goes back to the input
      this.ui.input.focus();
    }
  };

  // `reword`: the language changed, so the note is said again in the new one.
  Chat.prototype.updateCounter = function (reword) {
    var count = charCount(this.ui.input.value);
    var over = count > MAX_CHARS;
    this.ui.counter.textContent = formatCount(count) + " / " + formatCount(MAX_CHARS);
    this.ui.counter.classList.toggle("kca-counter--over", over);
    if (over !== this.overLimit || reword === true) {
      this.overLimit = over; // announce crossing the limit once, not every keystroke
      this.ui.counterNote.textContent = over ? this.t("tooLongNote") : "";
    }
  };

  Chat.prototype.onKeydown = function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      this.sendText();
    }
  };

  // --- opening and closing ---------------------------------------------------

  Chat.prototype.open = function (moveFocus) {
    this.isOpen = true;
    this.ui.panel.hidden = false;
    this.ui.launcher.hidden = true;
    this.ui.launcher.setAttribute("aria-expanded", "true");
    this.ui.root.classList.add("kca-root--open");
    this.start();
    this.scrollToEnd();
    if (moveFocus !== false) {
      this.ui.input.focus();
    }
  };

  Chat.prototype.close = function () {
    this.isOpen = false;
    this.ui.panel.hidden = true;
    this.ui.launcher.hidden = false;
    this.ui.launcher.setAttribute("aria-expanded", "false");
    this.ui.root.classList.remove("kca-root--open");
    this.ui.launcher.focus();
  };

  Chat.prototype.bindEvents = function () {
    var self = this;
    var ui = this.ui;
    ui.launcher.addEventListener("click", function () {
      self.open();
    });
    ui.closeButton.addEventListener("click", function () {
      self.close();
    });
    ui.endButton.addEventListener("click", function () {
      self.askToEnd();
    });
    ui.confirmYes.addEventListener("click", function () {
      self.endChat();
    });
    ui.exitButton.addEventListener("click", function () {
      self.quickExit();
    });
    Object.keys(ui.languageButtons).forEach(function (language) {
      ui.languageButtons[language].addEventListener("click", function () {
        if (language !== ui.language) {
          self.setLanguage(language, true);
        }
      });
    });
    ui.confirmNo.addEventListener("click", function () {
      self.hideConfirm(true);
    });
    ui.confirm.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        event.preventDefault();
        event.stopPropagation(); // Escape here only cancels, it does not close the panel
        self.hideConfirm(true);
      }
    });
    ui.form.addEventListener("submit", function (event) {
      event.preventDefault();
      self.sendText();
    });
    ui.input.addEventListener("keydown", function (event) {
      self.onKeydown(event);
    });
    ui.input.addEventListener("input", function () {
      self.updateCounter();
    });
    ui.panel.addEventListener("keydown", function (event) {
      // Escape closes the floating panel; an embedded one stays part of the page.
      if (event.key === "Escape" && !ui.embedded && self.isOpen) {
        event.preventDefault();
        self.close();
      }
    });
    window.addEventListener("online", function () {
      self.retryNow();
    });
  };

  // --- boot ------------------------------------------------------------------

  function boot() {
    forgetLegacyId();
    var container = OPEN_ON_LOAD ? document.getElementById("kca-chat") : null;
    var ui = buildUi(container);
    applyLanguage(ui, supported(loadLanguage() || pageLanguage()));
    var chat = new Chat(ui);
    chat.bindEvents();
    (container || document.body).appendChild(ui.root);
    injectStylesheet(function () {
      ui.root.hidden = false;
    });
    if (OPEN_ON_LOAD) {
      chat.open(false); // don't pull focus away from the host page on load
    } else {
      ui.panel.hidden = true;
    }
    current = chat;
    if (pendingOpen === true) {
      chat.open();
    }
  }

  // The host page's handle; calls made before the page has loaded are replayed.
  var current = null;
  var pendingOpen = null;
  window.KetamineClinicChat = Object.freeze({
    open: function () {
      if (current) {
        current.open();
      } else {
        pendingOpen = true;
      }
    },
    close: function () {
      if (current) {
        current.close();
      } else {
        pendingOpen = false;
      }
    },
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", boot);
  } else {
    boot();
  }
})();
