/* Glossary notes: progressive enhancement of <button class="term" popovertarget> + <span popover>.
   Without this file every note still opens as a popover on click, tap, Enter and Space, and
   closes with Esc or a click outside. This adds what WCAG 2.2 SC 1.4.13 asks of content shown on
   hover or focus: it opens on hover (mouse or pen) and on keyboard focus; it stays while the
   pointer moves onto it; Esc dismisses it (the browser's popover does that); and it is placed
   next to its term, inside the viewport. A click or tap pins a note until clicked again. For
   printing it lists the notes after the article. */
(function () {
  "use strict";
  if (typeof HTMLElement.prototype.showPopover !== "function") { return; }
  var OPEN_DELAY = 120;  /* ms: passing over a term on the way elsewhere opens nothing */
  var GRACE = 300;       /* ms: time to move the pointer from the term onto its note */
  var GAP = 6;           /* px between term and note */
  var MARGIN = 8;        /* px kept free at the viewport's edges */

  function isOpen(note) { return note.matches(":popover-open"); }

  /* The term's text: its label (the button itself has no size of its own to place by). */
  function wordOf(button) { return button.closest(".term-word") || button; }

  /* Below the term if it fits, else above; centred on it; clamped into the viewport. A term broken
     over two lines is placed by the part of it on the lower line. */
  function place(button, note) {
    var parts = wordOf(button).getClientRects();
    var r = parts.length ? parts[parts.length - 1] : button.getBoundingClientRect();
    var vw = document.documentElement.clientWidth;
    var vh = window.innerHeight;
    note.classList.add("placed");
    note.style.left = "0px";  /* measure at full available width */
    note.style.top = "0px";
    var w = note.offsetWidth;
    var h = note.offsetHeight;
    var left = Math.min(Math.max(MARGIN, r.left + r.width / 2 - w / 2), vw - w - MARGIN);
    var top = r.bottom + GAP + h <= vh - MARGIN ? r.bottom + GAP : r.top - GAP - h;
    note.style.left = Math.round(Math.max(MARGIN, left)) + "px";
    note.style.top = Math.round(Math.min(Math.max(MARGIN, top), vh - h - MARGIN)) + "px";
  }

  function setup(button) {
    var note = document.getElementById(button.getAttribute("popovertarget"));
    if (!note) { return; }
    var word = wordOf(button);
    var timer = null;
    var pinned = false;

    function later(action, ms) { clearTimeout(timer); timer = setTimeout(action, ms); }
    function show() {
      clearTimeout(timer);
      if (!isOpen(note)) { note.showPopover({ source: button }); }
      place(button, note);
    }
    function stillWanted() {
      return pinned || word.matches(":hover") || note.matches(":hover") ||
        document.activeElement === button || note.contains(document.activeElement);
    }
    function hideSoon() {
      later(function () { if (isOpen(note) && !stillWanted()) { note.hidePopover(); } }, GRACE);
    }
    function byMouse(event) { return event.pointerType !== "touch"; }

    word.addEventListener("pointerenter", function (e) { if (byMouse(e)) { later(show, OPEN_DELAY); } });
    word.addEventListener("pointerleave", function (e) { if (byMouse(e)) { hideSoon(); } });
    note.addEventListener("pointerenter", function () { clearTimeout(timer); });
    note.addEventListener("pointerleave", function (e) { if (byMouse(e)) { hideSoon(); } });
    button.addEventListener("focus", function () { if (button.matches(":focus-visible")) { show(); } });
    button.addEventListener("blur", hideSoon);
    note.addEventListener("focusout", hideSoon);
    /* Click, tap, Enter, Space: open and pin, or close a pinned note. Handled here rather than by
       the browser so that the note is placed before it is first painted. A click or tap on the
       term's text reaches the button as the label's activation. */
    button.addEventListener("click", function (e) {
      e.preventDefault();
      if (isOpen(note) && pinned) {
        clearTimeout(timer);
        note.hidePopover();
      } else {
        pinned = true;
        show();
      }
    });
    note.addEventListener("toggle", function (e) {
      if (e.newState === "closed") {  /* also after Esc, a click outside, or another note opening */
        clearTimeout(timer);
        pinned = false;
        note.classList.remove("placed");
      }
    });
  }

  var buttons = document.querySelectorAll("button.term[popovertarget]");
  for (var i = 0; i < buttons.length; i++) { setup(buttons[i]); }

  /* Keep an open note next to its term while the page scrolls or the window resizes; once the
     term has left the screen, close its note rather than leave it floating over other text
     (unless the term has the keyboard focus, which scrolls it back into view). */
  function replace() {
    var open = document.querySelectorAll(".note.placed");
    for (var j = 0; j < open.length; j++) {
      var b = document.querySelector('button.term[popovertarget="' + open[j].id + '"]');
      if (!b || !isOpen(open[j])) { continue; }
      var r = wordOf(b).getBoundingClientRect();
      /* A term reached with the keyboard is being scrolled into view (smoothly, from further down
         the page): its note stays until the focus leaves it. A tapped or clicked term is not
         :focus-visible, so its note closes once the term has left the screen. */
      var away = r.bottom < 0 || r.top > window.innerHeight;
      var keyboard = document.activeElement === b && b.matches(":focus-visible");
      if (away && !keyboard) { open[j].hidePopover(); } else { place(b, open[j]); }
    }
  }
  window.addEventListener("scroll", replace, { passive: true });
  window.addEventListener("resize", replace);
})();

(function () {
  "use strict";
  /* Print: the notes come out as a numbered list after the article, in the order of the terms
     (print.css numbers the terms to match). The list is made here from the popovers and hidden on
     screen (style.css), so the page itself does not carry every note twice; it is made at once
     rather than on "beforeprint", which not every way of printing fires. Without this script
     (or on a page without the list) print.css prints each note after its term instead. */
  var body = document.querySelector("[data-notes-title]");
  var terms = body ? body.querySelectorAll("button.term[popovertarget]") : [];
  if (!terms.length) { return; }
  var section = document.createElement("section");
  var heading = document.createElement("h2");
  var list = document.createElement("ol");
  section.className = "notes-list";
  heading.textContent = body.getAttribute("data-notes-title");
  for (var k = 0; k < terms.length; k++) {
    var note = document.getElementById(terms[k].getAttribute("popovertarget"));
    var item = document.createElement("li");
    for (var c = note ? note.firstChild : null; c; c = c.nextSibling) {
      if (!(c.classList && c.classList.contains("note-link"))) { item.appendChild(c.cloneNode(true)); }
    }
    list.appendChild(item);
  }
  section.appendChild(heading);
  section.appendChild(list);
  body.parentNode.insertBefore(section, body.nextSibling);
  document.documentElement.classList.add("notes-listed");
})();
