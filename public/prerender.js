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
  var GUIDE = __GUIDE__; // { dependsOn: [key prefix], pages: [route after '#/guide'] }: what any guide page or the frame depends on, and the pages with a file
  // The guide's pages with a file, for the app too (src/ui/prerendered.rs).
  window.hfgGuidePages = GUIDE.pages;
  var INVITATION = __INVITATION__; // { key, title: '… %s …', nav, dependsOn }: an invitation's frame
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
  var invited = keys && !page && !storedAny(INVITATION.dependsOn) ? invitationTitle(hash) : null;
  if (invited !== null) {
    page = { key: INVITATION.key, title: INVITATION.title.replace('%s', invited), nav: INVITATION.nav };
  }
  var guide = null; // the guide page's file on its way: a promise of its HTML or null
  var hasFile = GUIDE_ROUTE.test(hash) && GUIDE.pages.indexOf(hash.slice('#/guide'.length)) >= 0;
  if (!page && keys && hasFile && !storedAny(GUIDE.dependsOn)) {
    guide = fetch('./prerender/' + hash.slice(2) + '.html')
      .then(function (r) {
        return r.ok ? r.text() : null;
      })
      .catch(function () {
        return null; // offline before the worker has it, or a page that is not there
      });
  }
  // The app shows the page from the same file (src/ui/prerendered.rs), so
  // it takes this fetch instead of making its own.
  if (guide) window.hfgGuidePage = { route: hash, text: guide };
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

  // The seminar's title in an invitation's address, or null for anything
  // else or a damaged one (then the app explains). The format is
  // src/storage/codec (invitation.rs, frame.rs, bytes.rs): "i1" and base64url
  // of the body and its CRC-32 (of "i1" and the body, little-endian); the
  // body starts with the seminar's id, its creation time and the title.
  function invitationTitle(h) {
    var m = /^#\/seminar\/deltag\/(i1)([A-Za-z0-9_-]+)$/.exec(h);
    if (!m) return null;
    try {
      var b64 = m[2].replace(/-/g, '+').replace(/_/g, '/');
      var bin = atob(b64 + '===='.slice(0, (4 - (b64.length % 4)) % 4));
      var bytes = new Uint8Array(bin.length);
      for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      var end = bytes.length - 4;
      if (end < 1) return null;
      var crc = ~0;
      var feed = function (b) {
        crc ^= b;
        for (var k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
      };
      feed(m[1].charCodeAt(0));
      feed(m[1].charCodeAt(1));
      for (i = 0; i < end; i++) feed(bytes[i]);
      var stored = (bytes[end] | (bytes[end + 1] << 8) | (bytes[end + 2] << 16) | (bytes[end + 3] << 24)) >>> 0;
      if ((~crc >>> 0) !== stored) return null;
      var at = 0;
      var varint = function () {
        var v = 0;
        for (var scale = 1; at < end && scale < 1e16; scale *= 128) {
          var b = bytes[at++];
          v += (b & 0x7f) * scale;
          if (b < 0x80) return v;
        }
        throw new Error('varint');
      };
      var head = varint();
      var len = Math.floor(head / 2);
      at += head % 2 ? Math.ceil(len / 2) : len; // the id: packed hex or text
      varint(); // created
      var n = varint();
      if (len === 0 || n === 0 || at + n > end) return null;
      var title = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(at, at + n));
      return title.trim() ? title : null;
    } catch (e) {
      return null;
    }
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
    if (el.className === 'prerender-loading') return !page || invited !== null;
    return page ? key === page.key : guide && key === 'guide';
  }
  // The invitation's heading: the seminar's title, as text (only on an invitation).
  function entitle(el) {
    if (invited === null) return;
    var h = el.hasAttribute('data-invitation-title') ? el : el.querySelector('[data-invitation-title]');
    if (h) h.textContent = invited;
  }
  function looked(el) {
    if (el.nodeType !== 1) return;
    entitle(el);
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
    entitle(document.documentElement);
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
