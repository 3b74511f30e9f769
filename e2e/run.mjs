// Browser checks for the public pages: accessibility (axe-core, WCAG 2.1 A/AA),
// document basics, third-party requests, console errors, keyboard access and
// the language switcher, in a real headless Chromium. With administrator
// credentials, also a staff journey: sign in, staff pages, an edit and its
// audit trail, a refused edit, sign out.
//
// Usage: BASE_URL=http://127.0.0.1:18080 node run.mjs
//        BASE_URL=... E2E_ADMIN_EMAIL=... E2E_ADMIN_PASSWORD=... node run.mjs
// (serve-and-check.sh starts a demo server and does the latter.)
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
  { path: '/en/projects' },
  { path: '/fr/projects' },
  { path: '/en/projects?region=Africa&mode=webinar&status=implementation' },
  { path: '/en/projects?page=2' },
  // {project} and {activity} are replaced by a public project and an open activity of
  // the data under test (read from the API).
  { path: '/en/projects/{project}' },
  { path: '/fr/projects/{project}' },
  { path: '/en/members/SN' },
  // {plan}, {indicator} (a computed one) and {reported} (one reported per member) come
  // from the results API.
  { path: '/en/results' },
  { path: '/fr/results' },
  { path: '/en/results/{indicator}' },
  { path: '/fr/results/{indicator}' },
  { path: '/en/results/{reported}' },
  { path: '/en/results/{indicator}/evidence?period=2025' },
  { path: '/en/results/{reported}/evidence?period=2025' },
  { path: '/en/results/members/KE' },
  // Success stories of the demonstration data: one with an out-of-date French translation,
  // one written in Arabic.
  ...['en', 'fr', 'es', 'ar', 'ru'].flatMap((lang) => [
    { path: `/${lang}/stories` },
    { path: `/${lang}/stories/solar-water-heaters-kenya` },
    { path: `/${lang}/stories/water-standards-jordan` },
  ]),
  // Pages staff write: one translated into every language, one only in English and French,
  // and "Get involved", which gathers the pages for each audience.
  ...['en', 'fr', 'es', 'ar', 'ru'].flatMap((lang) => [
    { path: `/${lang}/get-involved` },
    { path: `/${lang}/pages/about-the-action-plan` },
    { path: `/${lang}/pages/how-we-work` },
    { path: `/${lang}/search` },
  ]),
  // Search: results with marked words in each script, the kind filter, and the clear
  // pages for a query of punctuation only.
  { path: '/en/search?q=standards+training' },
  { path: '/fr/search?q=normes' },
  { path: '/es/search?q=normas&kind=story' },
  { path: '/ar/search?q=%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D9%87' },
  { path: '/ru/search?q=%D1%81%D1%82%D0%B0%D0%BD%D0%B4%D0%B0%D1%80%D1%82%D1%8B' },
  { path: '/en/search?q=%3F%21' },
  { path: '/en/stories?region=Africa&sdg=7' },
  { path: '/en/stories/climate-adaptation-standards-pacific', status: 404 },
  // Every page kind in the other languages offered, Arabic (right to left) included.
  ...['es', 'ar', 'ru'].flatMap((lang) => [
    { path: `/${lang}/` },
    { path: `/${lang}/members` },
    { path: `/${lang}/members/KE` },
    { path: `/${lang}/login` },
    { path: `/${lang}/projects` },
    { path: `/${lang}/projects/{project}` },
    { path: `/${lang}/results` },
    { path: `/${lang}/results/{indicator}` },
    { path: `/${lang}/results/{indicator}/evidence?period=2025` },
    { path: `/${lang}/results/members/KE` },
    { path: `/${lang}/no-such-page`, status: 404 },
  ]),
];

// The narrowest phone screen every public page must fit, in CSS pixels.
const PHONE_WIDTH = 360;
// The picture a phone loads first on a story page (its lead image) weighs at most this,
// on a typical phone screen: 360 px wide at two device pixels per CSS pixel.
const PHONE_IMAGE_BUDGET = 60 * 1024;
const PHONE_IMAGE_PAGES = ['/en/stories/solar-water-heaters-kenya', '/ar/stories/water-standards-jordan'];

// Page used for the keyboard (skip link) and language switcher checks.
const INTERACTION_PATH = '/en/members';
// Acceptable targets of the "skip to content" link.
const SKIP_LINK_HREFS = ['#main', '#content'];

// Staff journey, run only when E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD give
// an administrator account (serve-and-check.sh passes the demo one).
const LOGIN_PATH = '/en/login';
// Staff pages checked like the public ones (status, lang/dir, <main>, axe,
// requests, console) while signed in.
const STAFF_PAGES = [
  '/en/admin/members/KE/edit',
  '/en/admin/members/new',
  '/en/admin/members/import',
  '/en/admin/members/KE/audit',
  '/en/members/KE/contacts',
  '/en/admin/users',
  '/en/admin/users/new',
  '/fr/admin/users/new',
  '/en/admin/projects',
  '/en/admin/projects/new',
  '/en/admin/projects/{project}',
  '/en/admin/projects/{project}/edit',
  '/fr/admin/projects/{project}/edit',
  '/en/admin/projects/{project}/activities/new?mode=webinar',
  '/en/admin/projects/{project}/audit',
  '/en/admin/activities/{activity}',
  '/en/admin/activities/{activity}/edit',
  '/en/admin/activities/{activity}/import',
  '/en/admin/organisations',
  '/en/admin/organisations/new',
  '/en/admin/themes',
  '/en/admin/people',
  '/en/admin/people/new',
  '/en/admin/people/duplicates',
  '/en/admin/exports',
  '/en/account/tokens',
  '/en/members/KE/support',
  '/en/members/KE/nominate',
  '/en/admin/results',
  '/en/admin/results/new',
  '/en/admin/results/{plan}',
  '/en/admin/results/{plan}/edit',
  '/en/admin/results/{plan}/results/new?level=output',
  '/en/admin/results/{plan}/indicators/new',
  '/en/admin/indicators/{indicator}/edit',
  '/fr/admin/indicators/{indicator}/edit',
  '/en/admin/results/{plan}/import',
  '/en/admin/updates',
  '/en/admin/stories',
  '/en/admin/stories?status=published',
  '/en/admin/images',
  '/ar/admin/images',
  '/en/admin/stories/new',
  '/en/admin/stories/1',
  '/en/admin/stories/1/edit',
  '/en/admin/stories/1/translations/fr',
  '/en/admin/stories/1/revisions/2',
  '/ar/admin/stories/1',
  '/ar/admin/stories/1/translations/ar',
  '/en/admin',
  '/ar/admin',
  '/en/admin/translations',
  '/ar/admin/translations?language=ru',
  '/en/admin/pages',
  '/en/admin/pages/new',
  '/en/admin/pages/13',
  '/en/admin/pages/13/edit',
  '/ar/admin/pages/14/translations/ar',
  '/en/admin/updates?status=',
  '/en/admin/updates/new?indicator={reported}',
  '/en/members/KE/reporting',
  '/en/members/KE/reporting/new?indicator={reported}&period=2026',
  '/en/results/{indicator}/evidence?period=2025',
  '/en/admin/reports/devco',
  '/fr/admin/reports/devco',
  '/en/reports/donor',
  '/ar/admin/projects/{project}/edit',
  '/ar/admin/results/{plan}',
  '/ru/admin/activities/{activity}/edit',
  '/es/admin/updates',
];
// The project the staff journey creates through the form.
const NEW_PROJECT_CODE = 'E2E-2026-001';
const NEW_PROJECT_TITLE = 'Project created in the browser';
// The member the journey edits, the website it saves, and the invalid value
// it then tries (the input is type=url, so browser validation is turned off
// to reach the server's own validation).
const EDIT_MEMBER = 'FJ';
const NEW_WEBSITE = 'https://fiji-standards.example.org';
const INVALID_WEBSITE = 'not a url';
const INVALID_WEBSITE_MESSAGE = 'Enter a web address starting with http:// or https://.';
const AUDIT_EDIT_LABEL = 'Member edited';

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

function pageList(ids) {
  const extra = (process.env.E2E_EXTRA_PATHS ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((path) => ({ path }));
  return [...PAGES, ...extra].map((entry) => ({ ...entry, path: withIds(entry.path, ids) }));
}

// Replaces {project} and {activity} with records of the data under test.
function withIds(path, ids) {
  return path
    .replace('{project}', ids.project)
    .replace('{activity}', ids.activity)
    .replace('{plan}', ids.plan)
    .replaceAll('{indicator}', ids.indicator)
    .replaceAll('{reported}', ids.reported);
}

// A public project, an open activity, and a results plan with two of its indicators,
// from the public API.
async function sampleIds(base) {
  const get = async (path) => {
    const res = await fetch(new URL(path, base), { signal: AbortSignal.timeout(10_000) });
    if (!res.ok) throw new Error(`${path} answered HTTP ${res.status}`);
    return res.json();
  };
  const projects = await get('/api/v1/projects?per_page=1');
  const activities = await get('/api/v1/activities?per_page=1&status=open');
  if (!projects.items.length || !activities.items.length) {
    throw new Error('the data under test has no public project or no open activity (run with --demo)');
  }
  const plans = await get('/api/v1/plans');
  if (!plans.items.length) throw new Error('the data under test has no public results plan (run with --demo)');
  const plan = plans.items[0].code;
  const framework = await get(`/api/v1/plans/${encodeURIComponent(plan)}`);
  const computed = framework.indicators.find((i) => i.source === 'computed');
  const reported = framework.indicators.find((i) => i.source === 'reported' && i.member_level);
  if (!computed || !reported) throw new Error(`plan ${plan} lacks a computed or a member-level indicator`);
  return {
    project: projects.items[0].code,
    activity: String(activities.items[0].id),
    plan,
    indicator: computed.code,
    reported: reported.code,
  };
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

// Opens a fresh browser context (no cookies shared with any other check) in
// which every off-host request is aborted.
async function openContext(browser, base) {
  const context = await browser.newContext();
  // Off-host requests are recorded by trackPage and also aborted here, so that
  // a test run never sends traffic anywhere but the server under test.
  await context.route(
    (url) => isOffHost(url.href, base),
    (route) => route.abort('blockedbyclient'),
  );
  return context;
}

// Opens a new page (tab) in `context` that records off-host requests and
// console errors. Pages of one context share its cookies.
async function trackPage(context, base) {
  const page = await context.newPage();
  page.setDefaultTimeout(NAV_TIMEOUT_MS);

  const offHost = [];
  const consoleErrors = [];

  page.on('request', (req) => {
    if (isOffHost(req.url(), base)) offHost.push(`${req.method()} ${req.url()}`);
  });

  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    // The abort in openContext makes Chromium log a load failure; it is
    // already reported by the off-host check, so don't count it twice.
    if (text.includes('net::ERR_BLOCKED_BY_CLIENT')) return;
    const loc = msg.location();
    consoleErrors.push({ text, url: loc?.url ?? '', where: loc?.url ? `${loc.url}:${loc.lineNumber}` : '' });
  });
  page.on('pageerror', (err) => {
    consoleErrors.push({ text: `uncaught ${err.name}: ${err.message}`, url: '', where: '' });
  });

  return { page, offHost, consoleErrors };
}

// Opens a fresh context + page (no shared cookies between checks) that
// records off-host requests and console errors.
async function openPage(browser, base) {
  const context = await openContext(browser, base);
  return { context, ...(await trackPage(context, base)) };
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
    await checkLoadedPage(page, base, { label: path, response, expectedStatus, offHost, consoleErrors, phone: true });
  } finally {
    await context.close();
  }
}

// Console errors logged so far, less the one Chromium logs for the main
// document's own status when that status is the expected (non-2xx) one.
function unexpectedConsoleErrors(consoleErrors, response, expectedStatus) {
  return consoleErrors.filter((e) => {
    if (expectedStatus >= 400 && e.url === response?.url()) {
      return !e.text.includes(`status of ${expectedStatus}`);
    }
    return true;
  });
}

function reportAxe(label, results) {
  report(results.violations.length === 0, `${label} has no axe WCAG 2.1 A/AA violations`,
    describeViolations(results.violations));
}

async function checkAxe(page, label) {
  try {
    reportAxe(label, await runAxe(page));
  } catch (err) {
    report(false, `${label} has no axe WCAG 2.1 A/AA violations`, [`axe failed to run: ${truncate(err.message, 500)}`]);
  }
}

function reportOffHost(label, base, offHost) {
  report(offHost.length === 0, `${label} makes no requests outside ${base.host}`, offHost);
}

function reportConsoleErrors(label, errors) {
  report(errors.length === 0, `${label} logs no console errors`,
    errors.map((e) => (e.where ? `${truncate(e.text, 300)} (${e.where})` : truncate(e.text, 300))));
}

// The per-page checks, on a page that has just loaded `response`. `label`
// starts every check name (the path, possibly with a prefix).
async function checkLoadedPage(page, base, { label, response, expectedStatus = 200, offHost, consoleErrors, phone = false }) {
  const status = response?.status();
  report(status === expectedStatus, `${label} responds with HTTP ${expectedStatus}`,
    status === expectedStatus ? [] : [`got ${status ?? 'no response'}`]);

  // Snapshot console errors now: everything after this point is the
  // harness's own doing (axe injection), not the page's.
  const pageErrors = unexpectedConsoleErrors(consoleErrors, response, expectedStatus);

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
  const prefix = /^\/([a-z]{2})(?:\/|$)/.exec(new URL(page.url()).pathname)?.[1];
  if (prefix && doc.lang && doc.lang.trim() && !doc.lang.toLowerCase().startsWith(prefix)) {
    langProblems.push(`<html lang="${doc.lang}"> does not match the /${prefix}/ path`);
  }
  // Arabic is written right to left, the other languages offered left to right.
  const expectedDir = prefix === 'ar' ? 'rtl' : 'ltr';
  if (prefix && doc.dir !== null && doc.dir !== expectedDir) {
    langProblems.push(`<html dir="${doc.dir}"> on a /${prefix}/ page, expected "${expectedDir}"`);
  }
  report(langProblems.length === 0,
    `${label} <html> has lang and dir (lang=${show(doc.lang)} dir=${show(doc.dir)})`, langProblems);

  report(doc.mains === 1, `${label} has exactly one <main>`,
    doc.mains === 1 ? [] : [`found ${doc.mains}`]);

  await checkAxe(page, label);

  // Phones first: a public page fits a 360 px screen with no page-level horizontal
  // scrolling (a wide table scrolls inside its own region).
  if (phone) {
    const desktop = page.viewportSize();
    await page.setViewportSize({ width: PHONE_WIDTH, height: 800 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    report(overflow <= 0, `${label} fits a ${PHONE_WIDTH} px wide screen`,
      overflow <= 0 ? [] : [`the page is ${overflow} px wider than the screen`]);
    await page.setViewportSize(desktop);
  }

  reportOffHost(label, base, offHost);
  reportConsoleErrors(label, pageErrors);
}

// The lead image of a story, as a phone chooses it from its widths: present, loaded,
// and within the budget.
async function checkPhoneImage(browser, base) {
  for (const path of PHONE_IMAGE_PAGES) {
    const context = await browser.newContext({ viewport: { width: PHONE_WIDTH, height: 800 }, deviceScaleFactor: 2, isMobile: true });
    try {
      const page = await context.newPage();
      await page.goto(new URL(path, base).href, { waitUntil: 'load' });
      const first = await page.evaluate(() => {
        const img = document.querySelector('main img');
        if (!img) return null;
        const entry = performance.getEntriesByName(img.currentSrc)[0];
        return { src: img.currentSrc, complete: img.complete && img.naturalWidth > 0, bytes: entry ? entry.encodedBodySize : -1 };
      });
      const problems = [];
      if (!first) problems.push('no image in <main>');
      else {
        if (!first.complete) problems.push(`${first.src} did not load`);
        if (first.bytes < 0) problems.push(`no timing entry for ${first.src}`);
        else if (first.bytes > PHONE_IMAGE_BUDGET) problems.push(`${first.src} weighs ${first.bytes} bytes`);
      }
      report(problems.length === 0,
        `${path} on a phone loads its first image within ${PHONE_IMAGE_BUDGET / 1024} KB` + (first && first.bytes >= 0 ? ` (${Math.ceil(first.bytes / 1024)} KB, ${first.src.split('/').pop()})` : ''),
        problems);
    } finally {
      await context.close();
    }
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

// The API documentation viewer is bundled with the server: it must render the
// documented operations with its own scripts, asking nothing of other hosts.
const API_DOCS_PATH = '/api/docs/';
const API_DOCS_MIN_OPERATIONS = 4;

async function checkApiDocs(browser, base) {
  const name = `${API_DOCS_PATH} renders the API's operations offline`;
  const { context, page, offHost, consoleErrors } = await openPage(browser, base);
  try {
    await page.goto(new URL(API_DOCS_PATH, base).href, { waitUntil: 'load' });
    const operations = page.locator('.opblock');
    await operations.first().waitFor({ timeout: 10_000 });
    const count = await operations.count();
    const problems = [];
    if (count < API_DOCS_MIN_OPERATIONS) problems.push(`${count} operations shown, expected at least ${API_DOCS_MIN_OPERATIONS}`);
    for (const request of offHost) problems.push(`request outside the server: ${request}`);
    for (const error of consoleErrors) problems.push(`console error: ${truncate(error.text)}`);
    report(problems.length === 0, name, problems);
  } catch (err) {
    report(false, name, [truncate(err.message, 500)]);
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------
// Staff journey: sign in, staff pages, edit + audit trail, a refused edit,
// sign out. All steps share one fresh context (so one session); each step
// runs in a new tab of it, whose requests and console are checked too.

// Both variables, or neither (then the journey is not run and nothing is
// printed). Only one of them is a configuration mistake, not a skip.
function staffCredentials() {
  const email = process.env.E2E_ADMIN_EMAIL ?? '';
  const password = process.env.E2E_ADMIN_PASSWORD ?? '';
  if (!email && !password) return null;
  if (!email || !password) {
    throw new Error('E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD must be set together');
  }
  return { email, password };
}

// Clicks `button` and waits for the resulting navigation (after redirects) to
// load; returns the final document response.
async function submitForm(page, button) {
  const [response] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    button.click(),
  ]);
  return response;
}

async function gotoOk(page, base, path) {
  const response = await page.goto(new URL(path, base).href, { waitUntil: 'load' });
  if (response?.status() !== 200) {
    throw new Error(`GET ${path} answered ${response?.status() ?? 'nothing'}, expected 200 (at ${page.url()})`);
  }
  return response;
}

function pathOf(page) {
  const u = new URL(page.url());
  return u.pathname + u.search;
}

async function headerText(page) {
  const header = page.locator('header').first();
  return (await header.count()) ? header.innerText() : '';
}

// Hrefs of the links on the page that point at `url` (compared after URL
// normalisation, so a trailing slash added by the server does not matter).
async function linksTo(page, url) {
  const wanted = new URL(url).href;
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.href));
  return hrefs.filter((h) => {
    try {
      return new URL(h).href === wanted;
    } catch {
      return false;
    }
  });
}

// One journey step in a new tab of `context`. `fn(page, step)` returns the
// problems found (none = pass); it may set step.after to further checks of the
// page (reported after `name`), and calls step.snapshotConsole(response,
// status) first if those run anything of the harness's own in the page (axe),
// as checkLoadedPage does. Reports `name`, then step.after's checks, then the
// tab's off-host requests and console errors under `label`.
// `failNote`, if given, is added to the details when the step fails.
// Returns true when the step's own check passed.
async function staffStep(context, base, label, name, fn, failNote = null) {
  const { page, offHost, consoleErrors } = await trackPage(context, base);
  let snapshot = null;
  const step = {
    snapshotConsole(response, expectedStatus = 200) {
      snapshot = unexpectedConsoleErrors(consoleErrors, response, expectedStatus);
    },
    // Further checks of the page to run (and report) after the step's own.
    after: null,
  };
  let problems;
  try {
    problems = await fn(page, step);
  } catch (err) {
    problems = [truncate(err.message, 500), `at ${page.url()}`];
  }
  if (problems.length > 0 && failNote) problems.push(failNote);
  report(problems.length === 0, `${label} ${name}`, problems);
  if (step.after) {
    try {
      await step.after();
    } catch (err) {
      report(false, `${label} further checks`, [truncate(err.message, 500)]);
    }
  }
  reportOffHost(label, base, offHost);
  reportConsoleErrors(label, snapshot ?? consoleErrors);
  await page.close();
  return problems.length === 0;
}

async function checkStaffJourney(browser, base, { email, password }, ids) {
  const context = await openContext(browser, base);
  try {
    // 1. Sign in.
    const signedIn = await staffStep(context, base, 'staff sign-in',
      `at ${LOGIN_PATH} lands on an /en/ page with "Signed in as" in the header`, async (page) => {
        await gotoOk(page, base, LOGIN_PATH);
        await page.fill('#email', email);
        await page.fill('#password', password);
        const response = await submitForm(page, page.locator('main form button[type="submit"]'));
        const problems = [];
        const path = new URL(page.url()).pathname;
        if (!path.startsWith('/en/') || path === LOGIN_PATH) {
          problems.push(`landed on ${pathOf(page)} (HTTP ${response?.status()}), expected a page under /en/ other than the sign-in page`);
          const alert = page.locator('[role="alert"]');
          if (await alert.count()) problems.push(`page says: ${truncate(await alert.first().innerText())}`);
        }
        const header = await headerText(page);
        if (!header.includes('Signed in as')) problems.push(`header text: ${truncate(header)}`);
        return problems;
      }, 'not signed in, so the rest of the staff journey is not run');
    if (!signedIn) return;

    // 2. Staff pages, checked like the public ones.
    for (const path of STAFF_PAGES.map((p) => withIds(p, ids))) {
      const { page, offHost, consoleErrors } = await trackPage(context, base);
      try {
        const response = await page.goto(new URL(path, base).href, { waitUntil: 'load' });
        await checkLoadedPage(page, base, { label: `staff ${path}`, response, offHost, consoleErrors });
      } catch (err) {
        report(false, `staff ${path} loads`, [truncate(err.message, 500)]);
      } finally {
        await page.close();
      }
    }

    // 2b. A project created through the form appears on its management page.
    await staffStep(context, base, 'staff new project',
      `${NEW_PROJECT_CODE} saved from /en/admin/projects/new leads to its page`, async (page) => {
        await gotoOk(page, base, '/en/admin/projects/new');
        await page.fill('#code', NEW_PROJECT_CODE);
        await page.selectOption('#scope', 'global');
        await page.fill('#title_en', NEW_PROJECT_TITLE);
        const response = await submitForm(page, page.locator('main form.stacked button[type="submit"]'));
        const problems = [];
        const expected = `/en/admin/projects/${NEW_PROJECT_CODE}`;
        if (new URL(page.url()).pathname !== expected) {
          problems.push(`landed on ${pathOf(page)} (HTTP ${response?.status()}), expected ${expected}`);
          for (const e of await page.locator('main .error, main [role="alert"]').allInnerTexts()) problems.push(`page says: ${truncate(e)}`);
        }
        const heading = await page.locator('h1').innerText().catch(() => '');
        if (!heading.includes(NEW_PROJECT_TITLE)) problems.push(`heading: ${truncate(heading)}`);
        return problems;
      });

    const editPath = `/en/admin/members/${EDIT_MEMBER}/edit`;
    const memberPath = `/en/members/${EDIT_MEMBER}`;
    const auditPath = `/en/admin/members/${EDIT_MEMBER}/audit`;

    // 3. A valid edit is saved and shown.
    await staffStep(context, base, `staff edit of ${EDIT_MEMBER}`,
      `saving ${NEW_WEBSITE} as website at ${editPath} leads to ${memberPath} linking to it`, async (page) => {
        await gotoOk(page, base, editPath);
        await page.fill('#website', NEW_WEBSITE);
        const response = await submitForm(page, page.locator('main form.stacked button[type="submit"]'));
        const problems = [];
        if (new URL(page.url()).pathname !== memberPath) {
          problems.push(`landed on ${pathOf(page)} (HTTP ${response?.status()}), expected ${memberPath}`);
          const errors = await page.locator('main .error, main [role="alert"]').allInnerTexts();
          for (const e of errors) problems.push(`page says: ${truncate(e)}`);
        } else if (response?.status() !== 200) {
          problems.push(`${memberPath} answered HTTP ${response?.status()}`);
        }
        if ((await linksTo(page, NEW_WEBSITE)).length === 0) {
          problems.push(`no <a href="${NEW_WEBSITE}"> on the page`);
        }
        return problems;
      });

    // 4. The edit is in the audit trail.
    await staffStep(context, base, `staff audit of ${EDIT_MEMBER}`,
      `${auditPath} shows "${AUDIT_EDIT_LABEL}" and ${NEW_WEBSITE}`, async (page) => {
        await gotoOk(page, base, auditPath);
        const text = await page.locator('main').innerText();
        const problems = [];
        if (!text.includes(AUDIT_EDIT_LABEL)) problems.push(`no "${AUDIT_EDIT_LABEL}" in: ${truncate(text, 400)}`);
        if (!text.includes(NEW_WEBSITE)) problems.push(`no "${NEW_WEBSITE}" in: ${truncate(text, 400)}`);
        return problems;
      });

    // 5. An invalid edit is refused by the server, accessibly.
    await staffStep(context, base, `staff invalid edit of ${EDIT_MEMBER}`,
      `website "${INVALID_WEBSITE}" at ${editPath} is refused with "${INVALID_WEBSITE_MESSAGE}" and #website aria-invalid="true"`,
      async (page, step) => {
        await gotoOk(page, base, editPath);
        // Reach the server's validation: the browser's own (type=url) would
        // stop the submission first.
        await page.$eval('main form.stacked', (form) => { form.noValidate = true; });
        await page.fill('#website', INVALID_WEBSITE);
        const response = await submitForm(page, page.locator('main form.stacked button[type="submit"]'));
        const status = response?.status() ?? 0;
        step.snapshotConsole(response, status);
        const problems = [];
        if (status < 400 || status >= 500) problems.push(`answered HTTP ${status || 'nothing'} at ${pathOf(page)}, expected a 4xx refusal`);
        const text = await page.locator('main').innerText().catch(() => '');
        if (!text.includes(INVALID_WEBSITE_MESSAGE)) problems.push(`message not shown; main text: ${truncate(text, 400)}`);
        const invalid = await page.$$eval('[aria-invalid="true"]', (els) => els.map((e) => e.id || e.outerHTML));
        if (!invalid.includes('website')) {
          problems.push(`#website is not aria-invalid="true"; elements that are: ${invalid.length ? invalid.join(', ') : 'none'}`);
        }
        // The error page must be as accessible as any other.
        step.after = () => checkAxe(page, `staff ${editPath} with a form error`);
        return problems;
      });

    await staffStep(context, base, `staff invalid edit of ${EDIT_MEMBER} (after)`,
      `is not saved: ${memberPath} still links to ${NEW_WEBSITE}`, async (page) => {
        await gotoOk(page, base, memberPath);
        return (await linksTo(page, NEW_WEBSITE)).length ? [] : [`no <a href="${NEW_WEBSITE}"> on ${memberPath}`];
      });

    // 6. Sign out.
    await staffStep(context, base, 'staff sign-out',
      'with the header\'s "Sign out" button leads to a page with a "Sign in" link', async (page) => {
        await gotoOk(page, base, memberPath);
        const button = page.locator('header').getByRole('button', { name: 'Sign out', exact: true });
        if ((await button.count()) !== 1) return [`found ${await button.count()} "Sign out" buttons in the header`];
        const response = await submitForm(page, button);
        const problems = [];
        if (!response || response.status() !== 200) problems.push(`landed on ${pathOf(page)} with HTTP ${response?.status() ?? 'nothing'}`);
        const signIn = page.getByRole('link', { name: 'Sign in', exact: true });
        if ((await signIn.count()) === 0) problems.push(`no "Sign in" link on ${pathOf(page)}`);
        const header = await headerText(page);
        if (header.includes('Signed in as')) problems.push(`header still says: ${truncate(header)}`);
        return problems;
      });

    await staffStep(context, base, 'staff after sign-out',
      `${editPath} leads to the sign-in page`, async (page) => {
        await page.goto(new URL(editPath, base).href, { waitUntil: 'load' });
        const path = new URL(page.url()).pathname;
        return path === LOGIN_PATH ? [] : [`landed on ${pathOf(page)}, expected ${LOGIN_PATH}`];
      });
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

  let credentials;
  try {
    credentials = staffCredentials();
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

  let ids;
  try {
    ids = await sampleIds(base);
  } catch (err) {
    report(false, 'sample records from the API', [err.message]);
    await browser.close();
    return;
  }

  try {
    for (const entry of pageList(ids)) {
      await checkPage(browser, base, entry);
    }
    await checkPhoneImage(browser, base);
    await checkSkipLink(browser, base);
    await checkLanguageSwitch(browser, base);
    await checkApiDocs(browser, base);
    if (credentials) await checkStaffJourney(browser, base, credentials, ids);
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
