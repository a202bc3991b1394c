/* The tip page (bot/console/case.py): no inline script anywhere (CSP), so this file.
   - marks the page as having JavaScript (the "reload for new messages" hint is for pages without it);
   - when a poll of the thread is answered with the sign-in page (the session timed out: polls do not
     keep it alive), goes to the sign-in page rather than showing it inside the thread. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  document.addEventListener("htmx:beforeSwap", function (event) {
    var xhr = event.detail.xhr;
    if (!xhr || !xhr.responseURL) { return; }
    var url = new URL(xhr.responseURL, window.location.href);
    if (url.origin === window.location.origin && url.pathname === "/console/login") {
      event.detail.shouldSwap = false;
      url.searchParams.set("next", window.location.pathname);
      window.location.assign(url.pathname + url.search);
    }
  });
})();
