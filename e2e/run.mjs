// Browser checks for the public pages: accessibility (axe-core, WCAG 2.1 A/AA),
// document basics, third-party requests, console errors, keyboard access and
// the language switcher, in a real headless Chromium.
//
// Usage: BASE_URL=http://127.0.0.1:18080 node run.mjs
//
// Output: one `ok - ...` / `not ok - ...` line per check, then a single
// `N passed, M failed` summary line. Exit code 1 if any check failed.

import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

// Pages to check. `status` is the expected HTTP status (200 unless given).
const PAGES = [
  { path: '/en/' },
  { path: '/fr/' },
  { path: '/en/members' },
  { path: '/fr/members' },
  { path: '/en/members?region=Africa&category=member_body&status=developing&sort=acronym' },
  { path: '/en/members?page=2' },
  { path: '/en/members/KE' },
  { path: '/fr/members/KE' },
  { path: '/en/login' },
  { path: '/fr/login' },
  { path: '/en/no-such-page', status: 404 },
];

// Page used for the keyboard (skip link) and language switcher checks.
const INTERACTION_PATH = '/en/members';
// Acceptable targets of the "skip to content" link.
const SKIP_LINK_HREFS = ['#main', '#content'];

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const NAV_TIMEOUT_MS = 30_000;
// How long to keep retrying the first request while the server comes up.
const WAIT_FOR_SERVER_MS = Number(process.env.E2E_WAIT_SECONDS ?? 10) * 1000;
const MAX_NODES_SHOWN = 3;

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

// ---------------------------------------------------------------------------
// Reporting

let passed = 0;
let failed = 0;

function report(ok, name, details = []) {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? 'ok' : 'not ok'} - ${name}`);
  // Details are indented and prefixed so that no detail line can be mistaken
  // for a result line or for the summary line.
  for (const line of details) console.log(`    # ${line}`);
}

function finish() {
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

// Renders an attribute value for a result line; null means it is absent.
function show(value) {
  return value === null ? '(missing)' : JSON.stringify(value);
}

function truncate(text, max = 200) {
  const flat = String(text).replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}...` : flat;
}

// ---------------------------------------------------------------------------
// Configuration

function pageList() {
  const extra = (process.env.E2E_EXTRA_PATHS ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((path) => ({ path }));
  return [...PAGES, ...extra];
}

function baseUrl() {
  const raw = process.env.BASE_URL;
  if (!raw) throw new Error('BASE_URL is not set (e.g. BASE_URL=http://127.0.0.1:18080)');
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`BASE_URL must be http(s), got ${raw}`);
  }
  return url;
}

// A request is "off host" if it goes over the network to anything but the
// server under test. data:, blob: and similar URLs never leave the browser.
function isOffHost(url, base) {
  const u = new URL(url);
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(u.protocol)) return false;
  return u.host !== base.host;
}

// ---------------------------------------------------------------------------
// Server reachability: an unreachable server is a failure, never a skip.

async function waitForServer(base) {
  const deadline = Date.now() + WAIT_FOR_SERVER_MS;
  let lastError;
  do {
    try {
      // Any HTTP response at all means the server is up.
      const res = await fetch(base, { signal: AbortSignal.timeout(5_000), redirect: 'manual' });
      await res.body?.cancel();
      return null;
    } catch (err) {
      lastError = err;
      await new Promise((r) => setTimeout(r, 500));
    }
  } while (Date.now() < deadline);
  const cause = lastError?.cause?.code ?? lastError?.cause?.message ?? lastError?.message;
  return String(cause);
}

// ---------------------------------------------------------------------------
// Browser helpers

async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

// Opens a fresh context + page (no shared cookies between checks) that
// records off-host requests and console errors.
async function openPage(browser, base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(NAV_TIMEOUT_MS);

  const offHost = [];
  const consoleErrors = [];

  page.on('request', (req) => {
    if (isOffHost(req.url(), base)) offHost.push(`${req.method()} ${req.url()}`);
  });
  // Off-host requests are recorded above and also aborted here, so that a test
  // run never sends traffic anywhere but the server under test.
  await context.route(
    (url) => isOffHost(url.href, base),
    (route) => route.abort('blockedbyclient'),
  );

  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    // The abort above makes Chromium log a load failure; it is already
    // reported by the off-host check, so don't count it twice.
    if (text.includes('net::ERR_BLOCKED_BY_CLIENT')) return;
    const loc = msg.location();
    consoleErrors.push({ text, url: loc?.url ?? '', where: loc?.url ? `${loc.url}:${loc.lineNumber}` : '' });
  });
  page.on('pageerror', (err) => {
    consoleErrors.push({ text: `uncaught ${err.name}: ${err.message}`, url: '', where: '' });
  });

  return { context, page, offHost, consoleErrors };
}

async function injectAxe(page) {
  try {
    await page.addScriptTag({ path: AXE_PATH });
  } catch (err) {
    // A Content-Security-Policy without 'unsafe-inline' (as a server should
    // send) blocks the injected inline <script>. Evaluating the source over
    // the DevTools protocol is not subject to CSP, so fall back to that
    // rather than turning the page's CSP off for the whole test.
    if (!/Content Security Policy/i.test(err.message)) throw err;
    await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  }
}

async function runAxe(page) {
  await injectAxe(page);
  return page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    AXE_TAGS,
  );
}

function describeViolations(violations) {
  const lines = [];
  for (const v of violations) {
    lines.push(`${v.id} [${v.impact}] ${v.help} (${v.nodes.length} node(s)) ${v.helpUrl}`);
    for (const node of v.nodes.slice(0, MAX_NODES_SHOWN)) {
      lines.push(`  at ${node.target.join(' ')}: ${truncate(node.html)}`);
    }
    if (v.nodes.length > MAX_NODES_SHOWN) {
      lines.push(`  ... and ${v.nodes.length - MAX_NODES_SHOWN} more`);
    }
  }
  return lines;
}

// ---------------------------------------------------------------------------
// Per-page checks

async function checkPage(browser, base, { path, status: expectedStatus = 200 }) {
  const url = new URL(path, base).href;
  const { context, page, offHost, consoleErrors } = await openPage(browser, base);
  try {
    let response;
    try {
      response = await page.goto(url, { waitUntil: 'load' });
    } catch (err) {
      report(false, `${path} loads`, [truncate(err.message, 500)]);
      return;
    }

    const status = response?.status();
    report(status === expectedStatus, `${path} responds with HTTP ${expectedStatus}`,
      status === expectedStatus ? [] : [`got ${status ?? 'no response'}`]);

    // Snapshot console errors now: everything after this point is the
    // harness's own doing (axe injection), not the page's.
    const pageErrors = consoleErrors.filter((e) => {
      // Chromium logs the main document's own non-2xx status as a console
      // error; for a page that is expected to be a 404 that is not a fault.
      if (expectedStatus >= 400 && e.url === response?.url()) {
        return !e.text.includes(`status of ${expectedStatus}`);
      }
      return true;
    });

    const doc = await page.evaluate(() => ({
      lang: document.documentElement.getAttribute('lang'),
      dir: document.documentElement.getAttribute('dir'),
      mains: document.querySelectorAll('main').length,
    }));

    const langProblems = [];
    if (!doc.lang || !doc.lang.trim()) langProblems.push('<html> has no non-empty lang attribute');
    if (doc.dir === null) langProblems.push('<html> has no dir attribute');
    else if (!['ltr', 'rtl', 'auto'].includes(doc.dir)) langProblems.push(`<html dir="${doc.dir}"> is not ltr/rtl/auto`);
    // axe only checks that lang is a valid code, not that it is the right
    // one: a /fr/ page must declare French.
    const prefix = /^\/([a-z]{2})(?:\/|$)/.exec(new URL(url).pathname)?.[1];
    if (prefix && doc.lang && doc.lang.trim() && !doc.lang.toLowerCase().startsWith(prefix)) {
      langProblems.push(`<html lang="${doc.lang}"> does not match the /${prefix}/ path`);
    }
    report(langProblems.length === 0,
      `${path} <html> has lang and dir (lang=${show(doc.lang)} dir=${show(doc.dir)})`, langProblems);

    report(doc.mains === 1, `${path} has exactly one <main>`,
      doc.mains === 1 ? [] : [`found ${doc.mains}`]);

    try {
      const results = await runAxe(page);
      report(results.violations.length === 0, `${path} has no axe WCAG 2.1 A/AA violations`,
        describeViolations(results.violations));
    } catch (err) {
      report(false, `${path} has no axe WCAG 2.1 A/AA violations`, [`axe failed to run: ${truncate(err.message, 500)}`]);
    }

    report(offHost.length === 0, `${path} makes no requests outside ${base.host}`, offHost);

    report(pageErrors.length === 0, `${path} logs no console errors`,
      pageErrors.map((e) => (e.where ? `${truncate(e.text, 300)} (${e.where})` : truncate(e.text, 300))));
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------
// Interaction checks

async function checkSkipLink(browser, base) {
  const name = `${INTERACTION_PATH} first Tab focuses a "skip to content" link`;
  const { context, page } = await openPage(browser, base);
  try {
    await page.goto(new URL(INTERACTION_PATH, base).href, { waitUntil: 'load' });
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const href = el.getAttribute('href');
      const target = href && href.startsWith('#') ? document.getElementById(href.slice(1)) : null;
      return { tag: el.tagName.toLowerCase(), href, html: el.outerHTML, targetExists: Boolean(target) };
    });
    if (!focused) {
      report(false, name, ['nothing received focus']);
    } else if (focused.tag !== 'a' || !SKIP_LINK_HREFS.includes(focused.href)) {
      report(false, name, [
        `expected an <a> with href ${SKIP_LINK_HREFS.join(' or ')}, got: ${truncate(focused.html)}`,
      ]);
    } else if (!focused.targetExists) {
      report(false, name, [`no element with id "${focused.href.slice(1)}" for the skip link to jump to`]);
    } else {
      report(true, name);
    }
  } catch (err) {
    report(false, name, [truncate(err.message, 500)]);
  } finally {
    await context.close();
  }
}

async function checkLanguageSwitch(browser, base) {
  const name = `${INTERACTION_PATH} language switcher (hreflang="fr") leads to a French /fr/ page`;
  const { context, page } = await openPage(browser, base);
  try {
    await page.goto(new URL(INTERACTION_PATH, base).href, { waitUntil: 'load' });
    const link = page.locator('a[hreflang="fr"]').first();
    if ((await link.count()) === 0) {
      report(false, name, ['no <a hreflang="fr"> on the page']);
      return;
    }
    const before = page.url();
    await Promise.all([
      page.waitForURL((u) => u.href !== before, { timeout: 10_000, waitUntil: 'load' }),
      link.click(),
    ]);
    const path = new URL(page.url()).pathname;
    const lang = await page.evaluate(() => document.documentElement.getAttribute('lang'));
    const problems = [];
    if (!path.startsWith('/fr/')) problems.push(`landed on ${path}, expected a path under /fr/`);
    if (lang !== 'fr') problems.push(`<html lang="${lang ?? ''}">, expected "fr"`);
    report(problems.length === 0, name, problems);
  } catch (err) {
    report(false, name, [truncate(err.message, 500)]);
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------

async function main() {
  let base;
  try {
    base = baseUrl();
  } catch (err) {
    report(false, 'configuration', [err.message]);
    return;
  }

  const unreachable = await waitForServer(base);
  if (unreachable) {
    report(false, `server reachable at ${base.href}`, [unreachable]);
    return;
  }

  let browser;
  try {
    browser = await launch();
  } catch (err) {
    report(false, 'launch Chromium', [truncate(err.message, 1000), 'set CHROMIUM_PATH or install Debian\'s chromium package']);
    return;
  }

  try {
    for (const entry of pageList()) {
      await checkPage(browser, base, entry);
    }
    await checkSkipLink(browser, base);
    await checkLanguageSwitch(browser, base);
  } finally {
    await browser.close();
  }
}

try {
  await main();
} catch (err) {
  report(false, 'harness error', [String(err?.stack ?? err)]);
}
finish();
