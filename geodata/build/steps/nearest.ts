// The shortest distance between two places: between their shapes (coast to
// coast; edge to edge for a sea), from a position to a shape, or between two
// positions, on the sphere turf measures on. Fast enough for every pair of the
// atlas's places: each shape's edges are grouped, in ring order, into short
// runs bounded by spherical caps, and runs are compared nearest first, so
// only the runs that can hold the answer are measured edge by edge.
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';

export type Shape = Feature<Point | Polygon | MultiPolygon>;

export interface Nearest {
  /** Great-circle km between the two nearest points (0 where the shapes meet). */
  km: number;
  /** The nearest point of each, in order: the line the distance is measured along (one point twice where they meet). */
  line: [Position, Position];
  /** Whether the two touch or overlap (one holds the other, or their edges cross). */
  meet: boolean;
}

type Vec = [number, number, number];

/** A run of consecutive edges of one ring (or a lone position), inside a cap of centre `c` and angular radius `r`. */
interface Run {
  points: Position[];
  vecs: Vec[];
  /** Whether consecutive points are joined by edges (false for a lone position). */
  edges: boolean;
  c: Vec;
  r: number;
}

/** A cap holding runs, or groups of them: the search compares caps before it measures edges. */
interface Node {
  c: Vec;
  r: number;
  run: Run | null;
  children: Node[];
}

/** A shape made ready for measuring: its runs of edges, grouped into a tree of caps. */
export interface Prepared {
  shape: Shape;
  runs: Run[];
  root: Node;
}

/** Edges per run, and runs (or groups) per group: consecutive edges of a ring lie close together, so caps stay tight. */
const RUN = 16;

const rad = (d: number) => (d * Math.PI) / 180;
const vec = ([lon, lat]: Position): Vec => [Math.cos(rad(lat!)) * Math.cos(rad(lon!)), Math.cos(rad(lat!)) * Math.sin(rad(lon!)), Math.sin(rad(lat!))];
const dot = (a: Vec, b: Vec) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec, b: Vec): Vec => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const norm = (a: Vec): Vec => {
  const l = Math.hypot(...a);
  return [a[0] / l, a[1] / l, a[2] / l];
};
/** The angle between two unit vectors (atan2: exact for small and large angles alike). */
const angle = (a: Vec, b: Vec) => Math.atan2(Math.hypot(...cross(a, b)), dot(a, b));
const position = (v: Vec): Position => [(Math.atan2(v[1], v[0]) * 180) / Math.PI, (Math.asin(Math.max(-1, Math.min(1, v[2]))) * 180) / Math.PI];

function run(points: Position[], edges: boolean): Run {
  const vecs = points.map(vec);
  const sum = vecs.reduce<Vec>((s, v) => [s[0] + v[0], s[1] + v[1], s[2] + v[2]], [0, 0, 0]);
  const c = norm(sum);
  // A cap under a hemisphere is convex: the great-circle edges between its points stay inside it.
  const r = Math.max(...vecs.map((v) => angle(c, v)));
  if (r >= Math.PI / 2) throw new Error('nearest: a run of edges wider than a hemisphere');
  return { points, vecs, edges, c, r };
}

/** The longest edge measured as one great-circle arc (degrees of longitude or latitude). */
const MAX_EDGE_DEGREES = 0.5;

/**
 * A ring with its long edges cut into short ones, interpolated in longitude and
 * latitude: the map draws an edge straight on its projection (the Indo-Pacific's
 * box runs along parallels), and over a short edge that and the great circle agree.
 */
function densify(ring: Position[]): Position[] {
  const out: Position[] = [ring[0]!];
  for (let i = 1; i < ring.length; i++) {
    const [[x0, y0], [x1, y1]] = [ring[i - 1]!, ring[i]!] as [[number, number], [number, number]];
    const n = Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)) / MAX_EDGE_DEGREES);
    for (let k = 1; k <= n; k++) out.push([x0 + ((x1 - x0) * k) / n, y0 + ((y1 - y0) * k) / n]);
  }
  return out;
}

/** Groups nodes, RUN at a time, into caps over them, until one is left. */
function group(nodes: Node[]): Node {
  while (nodes.length > 1) {
    const up: Node[] = [];
    for (let i = 0; i < nodes.length; i += RUN) {
      const children = nodes.slice(i, i + RUN);
      const sum = children.reduce<Vec>((s, n) => [s[0] + n.c[0], s[1] + n.c[1], s[2] + n.c[2]], [0, 0, 0]);
      const c = Math.hypot(...sum) > 1e-9 ? norm(sum) : children[0]!.c;
      up.push({ c, r: Math.max(...children.map((n) => angle(c, n.c) + n.r)), run: null, children });
    }
    nodes = up;
  }
  return nodes[0]!;
}

export function prepare(shape: Shape): Prepared {
  const g = shape.geometry;
  const runs: Run[] = [];
  if (g.type === 'Point') runs.push(run([g.coordinates], false));
  else
    for (const ring of (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat()).map(densify))
      for (let i = 0; i < ring.length - 1; i += RUN) runs.push(run(ring.slice(i, i + RUN + 1), true));
  return { shape, runs, root: group(runs.map((r) => ({ c: r.c, r: r.r, run: r, children: [] }))) };
}

/** The least angle between any point of one cap and any of another. */
const gap = (x: Node, y: Node) => Math.max(0, angle(x.c, y.c) - x.r - y.r);

/** A pair of nodes to look into: the one with the wider cap (that has children) is opened. */
function open(x: Node, y: Node): [Node, Node][] {
  const splitX = x.run === null && (y.run !== null || x.r >= y.r);
  return splitX ? x.children.map((c): [Node, Node] => [c, y]) : y.children.map((c): [Node, Node] => [x, c]);
}

/** The pairs of runs whose caps overlap: only they can hold a crossing of edges. */
function overlapping(x: Node, y: Node, out: [Run, Run][] = []): [Run, Run][] {
  if (gap(x, y) > 0) return out;
  if (x.run && y.run) out.push([x.run, y.run]);
  else for (const [p, q] of open(x, y)) overlapping(p, q, out);
  return out;
}

/** A min-heap of pairs of nodes by the least angle between them. */
class Queue {
  #items: { x: Node; y: Node; bound: number }[] = [];
  get size() {
    return this.#items.length;
  }
  push(x: Node, y: Node) {
    const h = this.#items;
    h.push({ x, y, bound: gap(x, y) });
    for (let i = h.length - 1; i > 0; ) {
      const up = (i - 1) >> 1;
      if (h[up]!.bound <= h[i]!.bound) break;
      [h[up], h[i]] = [h[i]!, h[up]!];
      i = up;
    }
  }
  pop() {
    const h = this.#items;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length) {
      h[0] = last;
      for (let i = 0; ; ) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let m = i;
        if (l < h.length && h[l]!.bound < h[m]!.bound) m = l;
        if (r < h.length && h[r]!.bound < h[m]!.bound) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i]!, h[m]!];
        i = m;
      }
    }
    return top;
  }
}

/** The point of the great-circle arc a–b nearest to p, and its angle from p. */
function nearestOnArc(p: Vec, a: Vec, b: Vec): { at: Vec; angle: number } {
  const n = cross(a, b);
  const len = Math.hypot(...n);
  if (len > 1e-12) {
    const u: Vec = [n[0] / len, n[1] / len, n[2] / len];
    const h = dot(p, u);
    const foot: Vec = [p[0] - h * u[0], p[1] - h * u[1], p[2] - h * u[2]];
    // The foot of the perpendicular lies on the arc when it is between a and b.
    if (Math.hypot(...foot) > 1e-12 && dot(cross(a, foot), u) >= 0 && dot(cross(foot, b), u) >= 0) {
      const at = norm(foot);
      return { at, angle: angle(p, at) };
    }
  }
  const [da, db] = [angle(p, a), angle(p, b)];
  return da <= db ? { at: a, angle: da } : { at: b, angle: db };
}

/** The nearest points of two runs, if nearer than `bound`: each point of one against the other's edges (or points). */
function nearestOfRuns(x: Run, y: Run, bound: number): { from: Vec; to: Vec; angle: number } {
  let best = { from: x.vecs[0]!, to: y.vecs[0]!, angle: bound };
  const against = (p: Vec, other: Run, flip: boolean) => {
    // A point farther from the other run's cap than the best so far cannot do better.
    if (angle(p, other.c) - other.r >= best.angle) return;
    const steps = other.edges ? other.vecs.length - 1 : other.vecs.length;
    for (let i = 0; i < steps; i++) {
      const q = other.edges ? nearestOnArc(p, other.vecs[i]!, other.vecs[i + 1]!) : { at: other.vecs[i]!, angle: angle(p, other.vecs[i]!) };
      if (q.angle < best.angle) best = flip ? { from: q.at, to: p, angle: q.angle } : { from: p, to: q.at, angle: q.angle };
    }
  };
  for (const p of x.vecs) against(p, y, false);
  for (const q of y.vecs) against(q, x, true);
  return best;
}

const inside = (p: Position, s: Prepared) => s.shape.geometry.type !== 'Point' && turf.booleanPointInPolygon(p, s.shape as Feature<Polygon | MultiPolygon>);

/** Where two edges cross, if they do (on the plane of longitude and latitude, as the shapes are drawn). */
function crossing([x1, y1]: Position, [x2, y2]: Position, [x3, y3]: Position, [x4, y4]: Position): Position | null {
  const d = (x2! - x1!) * (y4! - y3!) - (y2! - y1!) * (x4! - x3!);
  if (d === 0) return null;
  const t = ((x3! - x1!) * (y4! - y3!) - (y3! - y1!) * (x4! - x3!)) / d;
  const u = ((x3! - x1!) * (y2! - y1!) - (y3! - y1!) * (x2! - x1!)) / d;
  return t >= 0 && t <= 1 && u >= 0 && u <= 1 ? [x1! + t * (x2! - x1!), y1! + t * (y2! - y1!)] : null;
}

/** A point the two shapes share, if they touch or overlap; `touching` are the pairs of runs whose caps overlap. */
function meeting(a: Prepared, b: Prepared, touching: [Run, Run][]): Position | null {
  const lone = (s: Prepared) => (s.shape.geometry.type === 'Point' ? (s.shape.geometry as Point).coordinates : null);
  const [pa, pb] = [lone(a), lone(b)];
  if (pa && pb) return pa[0] === pb[0] && pa[1] === pb[1] ? pa : null;
  if (pa) return inside(pa, b) ? pa : null;
  if (pb) return inside(pb, a) ? pb : null;
  // One holds the other: a vertex of each of its parts lies inside the other.
  for (const [p, q] of [
    [a, b],
    [b, a],
  ] as const) {
    const g = p.shape.geometry as Polygon | MultiPolygon;
    for (const part of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) if (inside(part[0]![0]!, q)) return part[0]![0]!;
  }
  // Their edges cross: only runs whose caps overlap can hold a crossing.
  for (const [x, y] of touching)
    for (let i = 0; i < x.points.length - 1; i++)
      for (let j = 0; j < y.points.length - 1; j++) {
        const at = crossing(x.points[i]!, x.points[i + 1]!, y.points[j]!, y.points[j + 1]!);
        if (at) return at;
      }
  return null;
}

/**
 * The shortest great-circle distance between two shapes (or a shape and a
 * position, or two positions), and where it is measured.
 *
 * @example nearest(prepare(senkaku), prepare(taiwan)) // { km: ~167, line: [Uotsuri-jima's west coast, Taiwan's north-east coast], meet: false }
 */
export function nearest(a: Prepared, b: Prepared): Nearest {
  const met = meeting(a, b, overlapping(a.root, b.root));
  if (met) return { km: 0, line: [met, met], meet: true };
  // Pairs of caps, nearest first: a pair no nearer than the best found so far ends the search.
  const queue = new Queue();
  queue.push(a.root, b.root);
  let best: { from: Vec; to: Vec; angle: number } | null = null;
  while (queue.size) {
    const { x, y, bound } = queue.pop();
    if (best && bound >= best.angle) break;
    if (x.run && y.run) {
      const found = nearestOfRuns(x.run, y.run, best?.angle ?? Infinity);
      if (!best || found.angle < best.angle) best = found;
    } else for (const [p, q] of open(x, y)) queue.push(p, q);
  }
  if (!best) throw new Error('nearest: an empty shape');
  const line: [Position, Position] = [position(best.from), position(best.to)];
  return { km: turf.distance(line[0], line[1], { units: 'kilometers' }), line, meet: false };
}
