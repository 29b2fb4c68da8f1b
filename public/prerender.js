// Chooses which prerendered page (tools/prerender.mjs) the first paint shows.
// Runs in <head>, before anything is drawn: sets <html data-prerender="KEY">,
// which style/app.css turns into the one visible page, and its title. Only
// when the app will show exactly that page: the address matches and none of
// the stored data the page depends on is there (the key prefixes the app
// rendered as data-depends-on, e.g. assessments or values set aside).
// A page of the guide is fetched from prerender/<route>.html (written by the
// build, not in index.html) and shown once it is there; meanwhile the frame
// says "Henter siden …" and hides its footer (data-prerender="pending"), so
// nothing on screen moves when the page comes.
// Any other address shows the frame and "Henter siden …". The pages not
// shown are removed as the parser adds them. The app removes the prerendered
// frame when it mounts.
(function () {
  var PAGES = __PAGES__; // [{ route, key, title, nav, dependsOn: [key prefix] }], written by the build
  var GUIDE = __GUIDE__; // { dependsOn: [key prefix] }: what any guide page or the frame depends on
  var GUIDE_ROUTE = /^#\/guide(\/[a-z0-9-]+){0,2}$/; // the same as tools/prerender.mjs
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
  var guide = null; // the guide page's file on its way: a promise of its HTML or null
  if (!page && keys && GUIDE_ROUTE.test(hash) && !storedAny(GUIDE.dependsOn)) {
    guide = fetch('./prerender/' + hash.slice(2) + '.html')
      .then(function (r) {
        return r.ok ? r.text() : null;
      })
      .catch(function () {
        return null; // offline before the worker has it, or a page that is not there
      });
  }
  var html = document.documentElement;
  html.setAttribute('data-prerender', page ? page.key : guide ? 'pending' : 'loading');
  if (page) document.title = page.title;
  if (guide) {
    var parsed = new Promise(function (done) {
      if (document.readyState !== 'loading') done();
      else document.addEventListener('DOMContentLoaded', done);
    });
    Promise.all([guide, parsed]).then(function (r) {
      var main = document.querySelector('#prerender main');
      // The app may have come first (it removes #prerender): then nothing to do.
      if (!main || html.getAttribute('data-app') === 'ready') return;
      var template = document.createElement('template');
      if (r[0]) template.innerHTML = r[0];
      var shown = template.content.firstElementChild;
      if (!shown || shown.getAttribute('data-page') !== 'guide') {
        html.setAttribute('data-prerender', 'loading');
        return;
      }
      var loading = main.querySelector('.prerender-loading');
      main.insertBefore(shown, loading);
      if (loading) loading.remove();
      document.title = shown.getAttribute('data-title') || document.title;
      markNav('#/guide');
      html.setAttribute('data-prerender', 'guide');
    });
  }

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
  // page's menu item. The observer looks only at what was just added: the
  // parser adds hundreds of nodes, and a search of the page each time would
  // hold up a phone's first paint.
  function keepNode(el) {
    var key = el.getAttribute('data-page');
    return page ? key === page.key : el.className === 'prerender-loading' || (guide && key === 'guide');
  }
  function looked(el) {
    if (el.nodeType !== 1) return;
    if (el.classList.contains('prerender-page') || el.classList.contains('prerender-loading')) {
      if (!keepNode(el)) el.remove();
    } else if (page && page.nav && el.tagName === 'A' && el.getAttribute('href') === page.nav) {
      markNav(page.nav);
    }
  }
  function tidy() {
    var nodes = document.querySelectorAll('#prerender .prerender-page, #prerender .prerender-loading');
    for (var n = 0; n < nodes.length; n++) if (!keepNode(nodes[n])) nodes[n].remove();
    if (page && page.nav) markNav(page.nav);
  }
  function markNav(href) {
    var link = document.querySelector('#prerender .app-nav a[href="' + href + '"]');
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
  var parsing = new MutationObserver(function (records) {
    for (var r = 0; r < records.length; r++) {
      var added = records[r].addedNodes;
      for (var i = 0; i < added.length; i++) looked(added[i]);
    }
  });
  parsing.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', function () {
    tidy();
    parsing.disconnect();
  });
})();
