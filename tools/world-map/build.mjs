// Builds the world map outlines used by the dashboards' choropleth charts.
//
// Reads the Natural Earth 1:110m country outlines shipped by the world-atlas package, maps their
// ISO 3166-1 numeric ids to alpha-2 codes with the project's countries.csv, projects them with
// the Equal Earth projection, drops Antarctica, simplifies the shared borders, rounds every
// coordinate to whole units and writes one line per country: `ALPHA2 <svg path d>`.
//
// Usage: node build.mjs <countries.csv> [output file]
// The output defaults to crates/web/assets/world-map.txt in this repository.

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import * as topojson from "topojson-client";
import { presimplify, simplify } from "topojson-simplify";

// The land fills this width; the height follows from the projection (printed at the end, and
// mirrored by MAP_HEIGHT in the Rust module, whose tests check that every coordinate fits).
const WIDTH = 1000;
// Triangles smaller than this (in square output units) are simplified away. Larger values make
// a smaller file; this one keeps coastlines recognisable at dashboard size.
const MIN_WEIGHT = 2;
// An island (an outer ring) of a country that has larger rings is dropped below this area.
const MIN_RING_AREA = 6;
// A country whose simplified outline is smaller than this is drawn as a small circle at the
// centre of its largest piece, so that it stays visible. Island countries get the higher
// threshold: many small island developing states are members, and a circle covers no neighbour.
const MIN_COUNTRY_AREA = 12;
const MIN_ISLAND_AREA = 20;
const MARKER_RADIUS = 4;

// Outlines without an ISO code in Natural Earth. The first two belong to an ISO 3166-1 country
// and are merged into it; Kosovo is kept under its user-assigned code so the map has no hole.
const UNCODED = { "N. Cyprus": "CY", Somaliland: "SO", Kosovo: "XK" };
const ANTARCTICA = "010";

function main() {
  const [csvPath, outArg] = process.argv.slice(2);
  if (!csvPath) {
    console.error("usage: node build.mjs <countries.csv> [output file]");
    process.exit(2);
  }
  const out = outArg ?? fileURLToPath(new URL("../../crates/web/assets/world-map.txt", import.meta.url));
  const alpha2ByNumeric = readCountries(csvPath);

  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve("world-atlas/countries-110m.json"), "utf8"));
  const object = topology.objects.countries;
  object.geometries = object.geometries.filter((g) => g.id !== ANTARCTICA);
  delete topology.objects.land;
  fitFrame(topology, object.geometries);

  // Simplify the shared arcs, still in longitude/latitude, so that both sides of a border lose
  // the same points; the weight is a triangle's area once projected, in output units.
  const simplified = simplify(presimplify(topology, projectedArea), MIN_WEIGHT);

  // Group the outlines by alpha-2 code (merging the uncoded pieces into their country).
  const groups = new Map();
  const codes = [];
  for (const geometry of object.geometries) {
    const code = geometry.id ? alpha2ByNumeric.get(geometry.id) : UNCODED[geometry.properties?.name];
    if (!code) throw new Error(`no alpha-2 code for ${geometry.id} ${geometry.properties?.name}`);
    if (!groups.has(code)) groups.set(code, []);
    groups.get(code).push(geometry);
    codes.push(code);
  }
  // A country is an island country when none of its outlines shares a border with another's.
  const bordered = new Set();
  topojson.neighbors(object.geometries).forEach((list, i) => {
    if (list.some((j) => codes[j] !== codes[i])) bordered.add(codes[i]);
  });
  const shapes = [...groups.keys()].sort().map((code) => {
    const members = groups.get(code);
    // Merging removes the border between pieces of one country; a single piece is taken as is.
    const geometry = (t) => (members.length > 1 ? topojson.merge(t, members) : topojson.feature(t, members[0]).geometry);
    const minArea = bordered.has(code) ? MIN_COUNTRY_AREA : MIN_ISLAND_AREA;
    return { code, shape: project(geometry(simplified)), original: project(geometry(topology)), minArea };
  });

  const lines = [];
  let height = 0;
  for (const { code, shape, original, minArea } of shapes) {
    const { d, maxY } = outline(shape, original, minArea);
    height = Math.max(height, maxY);
    lines.push(`${code} ${d}`);
  }
  writeFileSync(out, lines.join("\n") + "\n");
  const bytes = lines.join("\n").length + 1;
  console.log(`${lines.length} countries, viewBox 0 0 ${WIDTH} ${height}, ${bytes} bytes -> ${out}`);
}

// Reads alpha2 and the zero-padded numeric code of every row of the reference CSV.
function readCountries(path) {
  const rows = parseCsv(readFileSync(path, "utf8"));
  const header = rows.shift();
  const alpha2 = header.indexOf("alpha2");
  const numeric = header.indexOf("numeric");
  if (alpha2 < 0 || numeric < 0) throw new Error("countries.csv needs alpha2 and numeric columns");
  const map = new Map();
  for (const row of rows) if (row[numeric]) map.set(row[numeric].padStart(3, "0"), row[alpha2]);
  return map;
}

// A small RFC 4180 parser: quoted fields may hold commas, quotes and newlines.
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field), rows.push(row), (row = []), (field = "");
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows.filter((r) => r.length > 1 || r[0]);
}

// Equal Earth (Šavrič, Patterson, Jenny 2018): an equal-area projection, so the size of a
// shaded country is not exaggerated towards the poles, with a familiar, pleasant shape.
function equalEarth(lon, lat) {
  const [A1, A2, A3, A4] = [1.340264, -0.081106, 0.000893, 0.003796];
  const M = Math.sqrt(3) / 2;
  const lambda = (lon * Math.PI) / 180;
  const theta = Math.asin(M * Math.sin((lat * Math.PI) / 180));
  const t2 = theta * theta;
  const t6 = t2 * t2 * t2;
  const x = (lambda * Math.cos(theta)) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
  const y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
  return [x, -y]; // SVG's y axis points down.
}

// Where the projected land lies: set by fitFrame before anything is converted to output units.
const frame = { x0: 0, y0: 0, scale: 1 };

// Scales the map so that the land, from the westernmost to the easternmost point, spans WIDTH
// (the empty Pacific corners of the projection's outline are not drawn), with its top at y = 0.
function fitFrame(topology, geometries) {
  const points = geometries.flatMap((g) =>
    polygons(topojson.feature(topology, g).geometry).flatMap((p) => p.flatMap((r) => unwrap(r))),
  );
  const projected = points.map(([lon, lat]) => equalEarth(lon, lat));
  const xs = projected.map(([x]) => x);
  frame.x0 = Math.min(...xs);
  frame.y0 = Math.min(...projected.map(([, y]) => y));
  frame.scale = WIDTH / (Math.max(...xs) - frame.x0);
}

// A point in output units.
function toOutput([lon, lat]) {
  const [x, y] = equalEarth(lon, lat);
  return [(x - frame.x0) * frame.scale, (y - frame.y0) * frame.scale];
}

// The weight of a point for Visvalingam simplification: the projected area of its triangle.
function projectedArea(triangle) {
  return Math.abs(area(triangle.map(toOutput)));
}

// A (Multi)Polygon's polygons, projected to output units.
function project(geometry) {
  return polygons(geometry).flatMap((polygon) => {
    const [outer, ...holes] = polygon;
    return [[unwrap(outer), ...holes].map((r) => r.map(toOutput))];
  });
}

// Natural Earth keeps a few rings (Fiji's Vanua Levu, Chukotka, Wrangel Island) whole across
// the 180° meridian, which a flat map would otherwise draw as a stripe across the world. Such a
// ring is unwrapped so it runs on continuously east of 180°, rather than being cut in two: the
// pieces stay together and the map needs no sliver at its far western edge.
function unwrap(ring) {
  if (!ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180)) return ring;
  let offset = 0;
  const unwrapped = ring.map(([lon, lat], i) => {
    if (i > 0) {
      const previous = ring[i - 1][0];
      if (lon - previous > 180) offset -= 360;
      else if (previous - lon > 180) offset += 360;
    }
    return [lon + offset, lat];
  });
  const shift = unwrapped.some(([lon]) => lon < -180) ? 360 : 0;
  return unwrapped.map(([lon, lat]) => [lon + shift, lat]);
}

// Signed shoelace area; rings winding opposite ways have opposite signs.
function area(ring) {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return s / 2;
}

function centroid(ring) {
  let [cx, cy, a] = [0, 0, 0];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    cx += (ring[j][0] + ring[i][0]) * f;
    cy += (ring[j][1] + ring[i][1]) * f;
    a += f;
  }
  if (a === 0) return ring[0];
  return [cx / (3 * a), cy / (3 * a)];
}

// The polygons of a GeoJSON geometry, each a list of rings.
function polygons(geometry) {
  if (!geometry) return [];
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
}

// Rounds a ring to whole units and removes the repeated points rounding creates.
function roundRing(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x), Math.round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) out.pop();
  return out;
}

// The path data of one country: its rounded rings as relative moves (shorter than absolute
// coordinates), or a circle when the country is too small to see.
function outline(shape, original, minArea) {
  const kept = [];
  let total = 0;
  for (const polygon of shape) {
    const rings = polygon.map(roundRing);
    const outer = rings[0];
    if (outer.length < 3) continue;
    const a = Math.abs(area(outer));
    total += a;
    // Holes are always kept: an enclave's outline is the hole's, and dropping one would hide it.
    kept.push({ a, rings: [outer, ...rings.slice(1).filter((r) => r.length >= 3)] });
  }
  if (total < minArea) {
    const largest = original
      .map((p) => p[0])
      .reduce((best, ring) => (Math.abs(area(ring)) > Math.abs(area(best)) ? ring : best));
    const [cx, cy] = centroid(largest).map(Math.round);
    const r = MARKER_RADIUS;
    return { d: `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0-${2 * r} 0z`, maxY: cy + r };
  }
  const biggest = Math.max(...kept.map((k) => k.a));
  let d = "";
  let maxY = 0;
  for (const { a, rings } of kept) {
    if (a < MIN_RING_AREA && a < biggest) continue;
    for (const ring of rings) {
      // Each ring starts with an absolute move, so rings do not depend on one another.
      const [[x0, y0]] = ring;
      const steps = [];
      for (let i = 1; i < ring.length; i++) steps.push(ring[i][0] - ring[i - 1][0], ring[i][1] - ring[i - 1][1]);
      d += `M${join([x0, y0])}l${join(steps)}z`;
      for (const [, y] of ring) maxY = Math.max(maxY, y);
    }
  }
  return { d, maxY };
}

// Numbers separated by a space, dropped before a minus sign as SVG path syntax allows.
function join(numbers) {
  return numbers.map((n, i) => (i === 0 || n < 0 ? `${n}` : ` ${n}`)).join("");
}

main();
