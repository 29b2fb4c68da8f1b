// A small WebDriver client for the Firefox test layer: starts geckodriver with
// Debian's firefox-esr (headless, a fresh profile, no network of its own),
// talks classic WebDriver over HTTP (clicks, keys, files, print, screenshots)
// and WebDriver BiDi over a WebSocket (console errors, page requests, dialogs,
// scripts that run before the page's own, the viewport). No dependency beyond
// Node 20 (fetch; WebSocket with --experimental-websocket, see scripts/firefox-test.sh).
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, openSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PORT = Number(process.env.FIREFOX_PORT ?? 4273);
export const BASE = `http://127.0.0.1:${PORT}/`;
const GECKODRIVER = process.env.GECKODRIVER ?? `${process.env.HOME}/.cargo/bin/geckodriver`;
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const W3C_ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** Keys by WebDriver code point. */
export const Key = { Enter: '\uE007', Tab: '\uE004', ArrowDown: '\uE015', ArrowUp: '\uE013', Escape: '\uE00C', Space: '\uE00D' };

/**
 * Preferences that keep Firefox off the network (the machine reaches nothing
 * else) and make downloads land in `dir` without a dialog.
 */
function prefs(dir) {
  return {
    'app.update.disabledForTesting': true,
    'app.update.auto': false,
    'app.normandy.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.page': 0,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.newtabpage.enabled': false,
    'browser.aboutwelcome.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.downloads.remote.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.search.update': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.topsites.contile.enabled': false,
    'browser.newtabpage.activity-stream.feeds.system.topstories': false,
    'browser.urlbar.suggest.quicksuggest.sponsored': false,
    'captivedetect.canonicalURL': '',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    'network.trr.mode': 5,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.server': '',
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'media.gmp-manager.updateEnabled': false,
    'geo.provider.network.url': '',
    'services.settings.server': 'data:,',
    'intl.accept_languages': 'da-DK, da',
    'browser.download.folderList': 2,
    'browser.download.dir': dir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.manager.addToRecentDocs': false,
  };
}

/** A free loopback port. */
function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A function and its arguments as a WebDriver script body. */
function body(fn, args) {
  return { script: `return (${fn}).apply(null, arguments);`, args };
}

/** The values WebDriver sends back, elements kept as references. */
function isElement(v) {
  return v && typeof v === 'object' && W3C_ELEMENT in v;
}

/** Every geckodriver started by this process, so none outlives it. */
const running = new Set();
export function killAll() {
  for (const p of running) p.kill();
  running.clear();
}
process.on('exit', killAll);

/** Starts geckodriver and Firefox; resolves to a connected session. */
export async function launch({ logName = 'firefox' } = {}) {
  const port = await freePort();
  const downloads = mkdtempSync(join(tmpdir(), 'hfg-ff-dl-'));
  mkdirSync('target/test-logs/firefox', { recursive: true });
  const log = openSync(`target/test-logs/firefox/${logName.replace(/[^\w-]+/g, '_').slice(0, 80)}.log`, 'w');
  const proc = spawn(GECKODRIVER, ['--host', '127.0.0.1', '--port', String(port), '--websocket-port', '0', '--log', 'warn'], {
    stdio: ['ignore', log, log],
  });
  running.add(proc);
  proc.on('exit', () => running.delete(proc));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      const r = await fetch(`${url}/status`);
      if ((await r.json()).value?.ready) break;
    } catch {
      /* not up yet */
    }
    if (i > 100) {
      proc.kill();
      throw new Error('geckodriver did not start');
    }
    await sleep(100);
  }
  const b = new Firefox(url, proc, downloads);
  try {
    await b.start();
  } catch (e) {
    await b.close();
    throw e;
  }
  return b;
}

export class Firefox {
  constructor(url, proc, downloads) {
    this.url = url;
    this.proc = proc;
    this.downloads = downloads;
    /** Console errors, uncaught errors, CSP violations and dialogs, as text. */
    this.errors = [];
    /** Requests by the page to another origin. */
    this.foreign = [];
    this.nextId = 1;
    this.pending = new Map();
  }

  async http(method, path, payload) {
    const r = await fetch(`${this.url}/session/${this.id}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: payload === undefined ? undefined : JSON.stringify(payload),
    });
    const json = await r.json();
    if (!r.ok) throw new Error(`WebDriver ${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
    return json.value;
  }

  async start() {
    const r = await fetch(`${this.url}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        capabilities: {
          alwaysMatch: {
            browserName: 'firefox',
            webSocketUrl: true,
            unhandledPromptBehavior: 'ignore',
            'moz:firefoxOptions': {
              binary: FIREFOX,
              args: ['-headless'],
              prefs: prefs(this.downloads),
              env: { TZ: 'Europe/Copenhagen', MOZ_HEADLESS: '1' },
            },
          },
        },
      }),
    });
    const json = await r.json();
    if (!r.ok) throw new Error(`new session: ${json.value?.message}`);
    this.id = json.value.sessionId;
    this.capabilities = json.value.capabilities;
    this.ws = new WebSocket(this.capabilities.webSocketUrl);
    await new Promise((resolve, reject) => {
      this.ws.onopen = resolve;
      this.ws.onerror = () => reject(new Error('BiDi WebSocket failed'));
    });
    this.ws.onmessage = (m) => this.onBidi(JSON.parse(m.data));
    await this.bidi('session.subscribe', {
      events: ['log.entryAdded', 'network.beforeRequestSent', 'browsingContext.userPromptOpened'],
    });
    // Before any script of the page: a CSP violation becomes a console error.
    await this.preload(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    this.context = (await this.bidi('browsingContext.getTree', { maxDepth: 0 })).contexts[0].context;
  }

  /** A BiDi command; resolves to its result. */
  bidi(method, params) {
    const id = this.nextId++;
    this.ws.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject, method }));
  }

  onBidi(msg) {
    if (msg.id !== undefined && this.pending.has(msg.id)) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.type === 'error') p.reject(new Error(`BiDi ${p.method}: ${msg.error}: ${msg.message}`));
      else p.resolve(msg.result);
      return;
    }
    if (msg.type !== 'event') return;
    const { method, params } = msg;
    if (method === 'log.entryAdded' && params.level === 'error') {
      this.errors.push(`${params.type}: ${params.text}`);
    } else if (method === 'browsingContext.userPromptOpened') {
      this.errors.push(`unexpected dialog: ${params.type} ${params.message}`);
      void this.bidi('browsingContext.handleUserPrompt', { context: params.context, accept: false }).catch(() => {});
    } else if (method === 'network.beforeRequestSent' && params.context) {
      // Only requests of a page (a browsing context), never Firefox's own.
      const u = new URL(params.request.url);
      if (u.origin !== new URL(BASE).origin && !['data:', 'blob:', 'about:'].includes(u.protocol)) {
        this.foreign.push(params.request.url);
      }
    }
  }

  /** Runs `fn(...args)` in every later document before the page's own scripts. */
  async preload(fn, ...args) {
    const decl = args.length ? `() => (${fn}).apply(null, ${JSON.stringify(args)})` : String(fn);
    await this.bidi('script.addPreloadScript', { functionDeclaration: decl });
  }

  /** Puts entries into localStorage once, before the app's first start. */
  async seed(entries) {
    await this.preload((e) => {
      if (location.protocol !== 'http:' || sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
    }, entries);
  }

  /** Runs `fn(...args)` in the page; a returned promise is awaited. */
  eval(fn, ...args) {
    return this.http('POST', '/execute/sync', body(fn, args));
  }

  /** Polls `fn(...args)` in the page until it returns something truthy. */
  async waitFor(what, fn, ...args) {
    const until = Date.now() + 10_000;
    let last;
    for (;;) {
      try {
        last = await this.eval(fn, ...args);
        if (last) return last;
      } catch (e) {
        last = e.message; // a page between two documents
      }
      if (Date.now() > until) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
      await sleep(100);
    }
  }

  /** Waits until `css` matches an element whose text contains `text` (a string or RegExp). */
  waitForText(css, text) {
    const [src, flags] = text instanceof RegExp ? [text.source, text.flags] : [null, null];
    return this.waitFor(`${css} to contain ${text}`, (css, plain, src, flags) => {
      const ok = (t) => (src === null ? t.includes(plain) : new RegExp(src, flags).test(t));
      return [...document.querySelectorAll(css)].some((e) => ok(e.textContent.replace(/\s+/g, ' ')));
    }, css, src === null ? text : null, src, flags);
  }

  /**
   * Opens a route (the part after `#`): a new document the first time, after that
   * the app's own navigation (only the fragment changes, as for a user). Waits until
   * the app shows that route: the address, and a heading that is not the last page's.
   */
  async goto(route) {
    const hash = `#${route}`;
    const before = await this.eval(() => {
      const h1 = document.querySelector('main h1');
      if (h1) h1.dataset.ffSeen = '1';
      return { url: location.href.split('#')[0], hash: location.hash, h1: h1?.textContent ?? null };
    }).catch(() => ({}));
    if (before.url === BASE && before.hash === hash) return this.reload();
    await this.http('POST', '/url', { url: `${BASE}${hash}` });
    await this.waitFor(`the page of ${route}`, (hash, old) => {
      const h1 = document.querySelector('main h1');
      return location.hash === hash && document.documentElement.dataset.app === 'ready' &&
        h1 !== null && h1.getClientRects().length > 0 && (!h1.dataset.ffSeen || h1.textContent !== old);
    }, hash, before.h1 ?? null);
  }

  async reload() {
    await this.http('POST', '/refresh', {});
    await this.ready();
  }

  ready() {
    return this.waitFor('the app to start', () => {
      const h1 = document.querySelector('main h1');
      return document.documentElement.dataset.app === 'ready' && h1 && h1.getClientRects().length > 0;
    });
  }

  /** The text of the first `css` match ('' when none). */
  text(css) {
    return this.eval((css) => document.querySelector(css)?.textContent.replace(/\s+/g, ' ').trim() ?? '', css);
  }

  /** The first element matching `css` (and containing `text`, when given), as a WebDriver reference. */
  async find(css, text) {
    const el = await this.waitFor(`${css}${text ? ` with "${text}"` : ''}`, (css, text) =>
      [...document.querySelectorAll(css)].find((e) => !text || e.textContent.replace(/\s+/g, ' ').trim().includes(text)) ?? null,
    css, text ?? null);
    if (!isElement(el)) throw new Error(`${css} is not an element`);
    return el[W3C_ELEMENT];
  }

  /** A real click (scrolled into view, checked to be the element hit). */
  async click(css, text) {
    await this.http('POST', `/element/${await this.find(css, text)}/click`, {});
  }

  /** Clears a text field and types `value` into it, key by key. */
  async fill(css, value) {
    const el = await this.find(css);
    await this.http('POST', `/element/${el}/clear`, {});
    await this.http('POST', `/element/${el}/value`, { text: value });
  }

  /** Picks a file for an `<input type=file>`. */
  async setFile(css, path) {
    await this.http('POST', `/element/${await this.find(css)}/value`, { text: path });
  }

  /** Presses keys one after another on whatever has focus. */
  async press(...keys) {
    for (const k of keys) {
      await this.http('POST', '/actions', {
        actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: k }, { type: 'keyUp', value: k }] }],
      });
    }
  }

  /** Sets the page's viewport (CSS pixels). */
  async viewport(width, height) {
    await this.bidi('browsingContext.setViewport', { context: this.context, viewport: { width, height } });
    await this.waitFor(`a ${width} px viewport`, (w) => innerWidth === w, width);
  }

  /** A PNG of the whole page (`full`) or the viewport. */
  async screenshot(full = true) {
    return Buffer.from(await this.http('GET', full ? '/moz/screenshot/full' : '/screenshot'), 'base64');
  }

  /** A PNG of every element matching `css` (those on screen), one after another. */
  async elementShots(css) {
    const els = await this.eval((css) => [...document.querySelectorAll(css)].filter((e) => e.getClientRects().length), css);
    const shots = [];
    for (const el of els) shots.push(Buffer.from(await this.http('GET', `/element/${el[W3C_ELEMENT]}/screenshot`), 'base64'));
    return shots;
  }

  /** The page printed to PDF through WebDriver's print command (A4, backgrounds). */
  async print(options = {}) {
    const pdf = await this.http('POST', '/print', {
      page: { width: 21, height: 29.7 },
      background: true,
      shrinkToFit: true,
      ...options,
    });
    return Buffer.from(pdf, 'base64');
  }

  /** Waits for a finished download whose name matches `pattern`; its path. */
  async downloaded(pattern) {
    const until = Date.now() + 10_000;
    for (;;) {
      const names = readdirSync(this.downloads);
      const done = names.find((n) => pattern.test(n) && !names.includes(`${n}.part`) && statSync(join(this.downloads, n)).size > 0);
      if (done) return join(this.downloads, done);
      if (Date.now() > until) throw new Error(`no download like ${pattern} (have: ${names.join(', ') || 'nothing'})`);
      await sleep(100);
    }
  }

  /** The page's own record of what it loaded: origins other than the app's. */
  async foreignInTiming() {
    return this.eval((origin) =>
      performance.getEntriesByType('resource').map((e) => e.name)
        .filter((n) => !n.startsWith(origin) && !/^(data|blob):/.test(n)), new URL(BASE).origin);
  }

  async close() {
    try {
      await fetch(`${this.url}/session/${this.id}`, { method: 'DELETE' });
    } catch {
      /* already gone */
    }
    this.ws?.close();
    this.proc.kill();
  }
}
