// Chooses which prerendered page (tools/prerender.mjs) the first paint shows.
// Runs in <head>, before anything is drawn: sets <html data-prerender="KEY">,
// which style/app.css turns into the one visible page, and its title. Only
// when the app will show exactly that page: the address matches and none of
// the stored data the page depends on is there (the key prefixes the app
// rendered as data-depends-on, e.g. assessments or values set aside).
// Any other address shows the frame and "Henter siden …". The pages not
// shown are removed as the parser adds them. The app removes the prerendered
// frame when it mounts.
(function () {
  var PAGES = __PAGES__; // [{ route, key, title, nav, dependsOn: [key prefix] }], written by the build
  var hash = location.hash === '' || location.hash === '#' ? '#/' : location.hash;
  var keys = null;
  try {
    keys = [];
    for (var i = 0; i < localStorage.length; i++) keys.push(localStorage.key(i));
  } catch (e) {
    keys = null; // storage blocked: the app explains; show no page that could be wrong
  }
  function stored(prefix) {
    for (var i = 0; i < keys.length; i++) if (keys[i] && keys[i].indexOf(prefix) === 0) return true;
    return false;
  }
  function storedAny(prefixes) {
    for (var i = 0; i < prefixes.length; i++) if (stored(prefixes[i])) return true;
    return false;
  }
  var page = null;
  if (keys) {
    for (var p = 0; p < PAGES.length; p++) {
      if (PAGES[p].route === hash && !storedAny(PAGES[p].dependsOn)) page = PAGES[p];
    }
  }
  document.documentElement.setAttribute('data-prerender', page ? page.key : 'loading');
  if (page) document.title = page.title;

  // Resolves once the browser reports the first paint with content (at most
  // 1 s: a hidden tab paints nothing). The boot module (tools/post-build.mjs)
  // waits for it before it fetches the WebAssembly: the page's style sheets and
  // fonts get a slow connection first, and a prerendered page replaced before
  // its paint was reported would count as never shown.
  window.hfgPrerenderShown = new Promise(function (done) {
    setTimeout(done, 1000);
    try {
      new PerformanceObserver(function (list) {
        var entries = list.getEntries();
        for (var i = 0; i < entries.length; i++) if (entries[i].name === 'first-contentful-paint') done();
      }).observe({ type: 'paint', buffered: true });
    } catch (e) {
      done();
    }
  });

  // As the parser adds the prerendered pages, remove the ones not shown (CSS
  // hides them already; removed, nothing can find them either) and mark the
  // page's menu item.
  function tidy() {
    var nodes = document.querySelectorAll('#prerender .prerender-page, #prerender .prerender-loading');
    for (var n = 0; n < nodes.length; n++) {
      var keep = page ? nodes[n].getAttribute('data-page') === page.key : nodes[n].className === 'prerender-loading';
      if (!keep) nodes[n].remove();
    }
    var link = page && page.nav && document.querySelector('#prerender .app-nav a[href="' + page.nav + '"]');
    if (link && !link.hasAttribute('aria-current')) {
      link.setAttribute('aria-current', 'page');
      link.classList.add('app-nav__link--current');
    }
  }
  // The phone menu works before the app has arrived, too (the links are plain links).
  document.addEventListener('click', function (e) {
    var button = e.target.closest && e.target.closest('#prerender .app-header__menu-button');
    var nav = document.querySelector('#prerender .app-nav');
    if (!button || !nav) return;
    var open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    nav.classList.toggle('app-nav--open', open);
  });
  var parsing = new MutationObserver(tidy);
  parsing.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', function () {
    tidy();
    parsing.disconnect();
  });
})();
