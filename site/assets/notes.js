/* Glossary notes: progressive enhancement. Without this file every note still opens as a
   popover on click, tap, Enter and Space, and closes with Esc or a tap outside.
   This adds: opening on hover and keyboard focus, placement next to the term kept inside the
   viewport, and WCAG 2.2 SC 1.4.13 behaviour (dismissible with Esc, hoverable, persistent). */
(function () {
  "use strict";
  /* ---- Glossary notes ---- */
  var GRACE = 300;
  var supportsPopover = typeof HTMLElement.prototype.showPopover === "function";

  function noteOf(button) {
    return document.getElementById(button.getAttribute("popovertarget"));
  }
  function isOpen(note) {
    try { return note.matches(":popover-open"); } catch (e) { return false; }
  }

  function place(button, note) {
    var margin = 8;
    var r = button.getBoundingClientRect();
    var vw = document.documentElement.clientWidth;
    var vh = window.innerHeight;
    note.classList.add("placed");
    note.style.left = "0px";
    note.style.top = "0px";
    var w = note.offsetWidth;
    var h = note.offsetHeight;
    var left = Math.min(Math.max(margin, r.left + r.width / 2 - w / 2), Math.max(margin, vw - w - margin));
    var below = r.bottom + 6;
    var above = r.top - 6 - h;
    var top = below + h <= vh - margin || above < margin ? below : above;
    top = Math.min(Math.max(margin, top), Math.max(margin, vh - h - margin));
    note.style.left = Math.round(left) + "px";
    note.style.top = Math.round(top) + "px";
  }

  function setup(button) {
    var note = noteOf(button);
    if (!note || !supportsPopover) { return; }
    var timer = null;
    var openedBy = null;

    function open(how) {
      clearTimeout(timer);
      if (!isOpen(note)) {
        openedBy = how;
        try { note.showPopover(); } catch (e) { return; }
      }
      place(button, note);
    }
    function closeSoon() {
      clearTimeout(timer);
      if (openedBy === "click") { return; }
      timer = setTimeout(function () {
        if (isOpen(note) && !note.matches(":hover") && document.activeElement !== button && !note.contains(document.activeElement)) {
          note.hidePopover();
        }
      }, GRACE);
    }

    button.addEventListener("mouseenter", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { open("hover"); }, 120);
    });
    button.addEventListener("mouseleave", closeSoon);
    note.addEventListener("mouseenter", function () { clearTimeout(timer); });
    note.addEventListener("mouseleave", closeSoon);
    button.addEventListener("focus", function () {
      if (button.matches(":focus-visible")) { open("focus"); }
    });
    button.addEventListener("blur", closeSoon);
    note.addEventListener("focusout", closeSoon);
    button.addEventListener("click", function (event) {
      // Opened by hover or focus: a click pins it instead of toggling it shut.
      if (isOpen(note) && openedBy !== "click") {
        event.preventDefault();
        openedBy = "click";
        place(button, note);
      } else if (!isOpen(note)) {
        openedBy = "click";
      }
    });
    note.addEventListener("toggle", function (event) {
      if (event.newState === "open") {
        place(button, note);
      } else {
        openedBy = null;
        note.classList.remove("placed");
      }
    });
  }

  var buttons = document.querySelectorAll("button.term[popovertarget]");
  for (var i = 0; i < buttons.length; i++) { setup(buttons[i]); }

  function replaceOpen() {
    var open = document.querySelectorAll(".note.placed");
    for (var j = 0; j < open.length; j++) {
      var b = document.querySelector('button.term[popovertarget="' + open[j].id + '"]');
      if (b && isOpen(open[j])) { place(b, open[j]); }
    }
  }
  window.addEventListener("scroll", replaceOpen, { passive: true });
  window.addEventListener("resize", replaceOpen);

})();
