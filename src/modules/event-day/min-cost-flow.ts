/**
 * Minimum-cost flow by the primal-dual method (ADR 026): Dijkstra on reduced costs finds the
 * shortest augmenting distance, then a Dinic blocking flow pushes along every zero-reduced-cost path
 * of that length at once. Costs may be negative on a graph that is a DAG before any flow (the
 * initial potentials are its exact shortest distances, computed in node order); the run stops as
 * soon as the cheapest augmenting path no longer lowers the cost, so the result is the cheapest
 * flow of any amount (a maximum-weight b-matching when costs are negated gains). Integer costs:
 * every sum stays an exact integer in a double below 2^53.
 */
export class MinCostFlow {
  // Arc storage in typed arrays grown by doubling (the solver builds graphs of a few hundred thousand arcs).
  private to: Int32Array;
  private cap: Int32Array;
  private cost: Float64Array;
  private next: Int32Array;
  private arcCount = 0;
  private readonly head: Int32Array;
  private residual: Int32Array = new Int32Array(0);

  /** `arcHint`: how many arcs (u → v) are expected, to allocate once. */
  constructor(
    readonly nodeCount: number,
    arcHint = 32,
  ) {
    this.head = new Int32Array(nodeCount).fill(-1);
    const size = 2 * Math.max(32, arcHint);
    this.to = new Int32Array(size);
    this.cap = new Int32Array(size);
    this.cost = new Float64Array(size);
    this.next = new Int32Array(size);
  }

  /**
   * An arc u → v; returns its index (its reverse is index ^ 1). Arcs must go from a lower to a
   * higher node number (the graph is a DAG in node order before any flow).
   */
  addEdge(u: number, v: number, capacity: number, cost: number): number {
    if (u >= v) throw new Error('MinCostFlow: arcs go from a lower to a higher node number');
    const e = this.arcCount;
    if (e + 2 > this.to.length) this.grow();
    this.to[e] = v;
    this.to[e + 1] = u;
    this.cap[e] = capacity;
    this.cap[e + 1] = 0;
    this.cost[e] = cost;
    this.cost[e + 1] = -cost;
    this.next[e] = this.head[u] as number;
    this.next[e + 1] = this.head[v] as number;
    this.head[u] = e;
    this.head[v] = e + 1;
    this.arcCount = e + 2;
    return e;
  }

  private grow(): void {
    const size = this.to.length * 2;
    const widen = <A extends Int32Array | Float64Array>(a: A, make: (n: number) => A): A => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.to = widen(this.to, (n) => new Int32Array(n));
    this.cap = widen(this.cap, (n) => new Int32Array(n));
    this.cost = widen(this.cost, (n) => new Float64Array(n));
    this.next = widen(this.next, (n) => new Int32Array(n));
  }

  /** Units sent along arc `e` by the last run. */
  flowOn(e: number): number {
    return this.residual[e ^ 1] as number;
  }

  /** The cheapest flow from `s` to `t` of any amount. Returns its amount and cost. */
  run(s: number, t: number): { flow: number; cost: number } {
    const n = this.nodeCount;
    const { to, cost, next, head } = this;
    const cap = this.cap.slice(0, this.arcCount);
    this.residual = cap;
    const pot = initialPotentials(this, s);
    if (!Number.isFinite(pot[t] as number)) return { flow: 0, cost: 0 };
    for (let v = 0; v < n; v++) if (!Number.isFinite(pot[v] as number)) pot[v] = 0;
    const dist = new Float64Array(n);
    const level = new Int32Array(n);
    const iter = new Int32Array(n);
    const queue = new Int32Array(n);
    const heap = new MinHeap();
    let flow = 0;
    let total = 0;
    const reduced = (e: number, u: number) => (cost[e] as number) + (pot[u] as number) - (pot[to[e] as number] as number);

    const dijkstra = (): boolean => {
      dist.fill(Number.POSITIVE_INFINITY);
      dist[s] = 0;
      heap.clear();
      heap.push(0, s);
      let reached = Number.POSITIVE_INFINITY;
      while (heap.size > 0) {
        const d = heap.topKey();
        const u = heap.pop();
        if (d > (dist[u] as number)) continue;
        if (u === t) {
          reached = d;
          break;
        }
        const pu = pot[u] as number;
        for (let e = head[u] as number; e !== -1; e = next[e] as number) {
          if ((cap[e] as number) <= 0) continue;
          const v = to[e] as number;
          const nd = d + ((cost[e] as number) + pu - (pot[v] as number));
          if (nd < (dist[v] as number)) {
            dist[v] = nd;
            heap.push(nd, v);
          }
        }
      }
      if (!Number.isFinite(reached)) return false;
      // Nodes not settled before t get dist[t]: reduced costs stay non-negative (ADR 026).
      for (let v = 0; v < n; v++) pot[v] = (pot[v] as number) + Math.min(dist[v] as number, reached);
      return true;
    };

    // Levels over the admissible arcs (residual capacity, zero reduced cost).
    const bfs = (): boolean => {
      level.fill(-1);
      level[s] = 0;
      let qh = 0;
      let qt = 0;
      queue[qt++] = s;
      while (qh < qt) {
        const u = queue[qh++] as number;
        for (let e = head[u] as number; e !== -1; e = next[e] as number) {
          const v = to[e] as number;
          if ((cap[e] as number) > 0 && (level[v] as number) < 0 && reduced(e, u) === 0) {
            level[v] = (level[u] as number) + 1;
            queue[qt++] = v;
          }
        }
      }
      return (level[t] as number) >= 0;
    };

    const dfs = (u: number, limit: number): number => {
      if (u === t) return limit;
      for (let e = iter[u] as number; e !== -1; e = next[e] as number) {
        iter[u] = e;
        const v = to[e] as number;
        if ((cap[e] as number) <= 0 || level[v] !== (level[u] as number) + 1 || reduced(e, u) !== 0) continue;
        const pushed = dfs(v, Math.min(limit, cap[e] as number));
        if (pushed > 0) {
          cap[e] = (cap[e] as number) - pushed;
          cap[e ^ 1] = (cap[e ^ 1] as number) + pushed;
          return pushed;
        }
      }
      iter[u] = -1;
      return 0;
    };

    while (dijkstra()) {
      const pathCost = (pot[t] as number) - (pot[s] as number);
      if (pathCost >= 0) break;
      while (bfs()) {
        iter.set(head);
        for (let pushed = dfs(s, Number.MAX_SAFE_INTEGER); pushed > 0; pushed = dfs(s, Number.MAX_SAFE_INTEGER)) {
          flow += pushed;
          total += pushed * pathCost;
        }
      }
    }
    return { flow, cost: total };
  }

  /** Arcs leaving `u` (forward ones, by index), for the initial potentials. */
  forEachArc(u: number, visit: (e: number, v: number, capacity: number, cost: number) => void): void {
    for (let e = this.head[u] as number; e !== -1; e = this.next[e] as number) {
      if (e % 2 === 0) visit(e, this.to[e] as number, this.cap[e] as number, this.cost[e] as number);
    }
  }
}

/** Shortest distances from `s` before any flow: the arcs go up in node order, so one pass in that order is exact. */
function initialPotentials(graph: MinCostFlow, s: number): Float64Array {
  const pot = new Float64Array(graph.nodeCount).fill(Number.POSITIVE_INFINITY);
  pot[s] = 0;
  for (let u = s; u < graph.nodeCount; u++) {
    const du = pot[u] as number;
    if (!Number.isFinite(du)) continue;
    graph.forEachArc(u, (_e, v, capacity, cost) => {
      if (capacity > 0 && du + cost < (pot[v] as number)) pot[v] = du + cost;
    });
  }
  return pot;
}

/** A binary min-heap of (key, node) pairs with lazy deletion by the caller. */
class MinHeap {
  private keys: number[] = [];
  private nodes: number[] = [];
  get size(): number {
    return this.keys.length;
  }
  clear(): void {
    this.keys.length = 0;
    this.nodes.length = 0;
  }
  topKey(): number {
    return this.keys[0] as number;
  }
  push(key: number, node: number): void {
    const { keys, nodes } = this;
    let i = keys.length;
    keys.push(key);
    nodes.push(node);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((keys[p] as number) < key || ((keys[p] as number) === key && (nodes[p] as number) <= node)) break;
      keys[i] = keys[p] as number;
      nodes[i] = nodes[p] as number;
      i = p;
    }
    keys[i] = key;
    nodes[i] = node;
  }
  pop(): number {
    const { keys, nodes } = this;
    const top = nodes[0] as number;
    const lastKey = keys.pop() as number;
    const lastNode = nodes.pop() as number;
    const n = keys.length;
    if (n === 0) return top;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      const r = c + 1;
      if (r < n && ((keys[r] as number) < (keys[c] as number) || ((keys[r] as number) === (keys[c] as number) && (nodes[r] as number) < (nodes[c] as number))))
        c = r;
      if ((keys[c] as number) > lastKey || ((keys[c] as number) === lastKey && (nodes[c] as number) >= lastNode)) break;
      keys[i] = keys[c] as number;
      nodes[i] = nodes[c] as number;
      i = c;
    }
    keys[i] = lastKey;
    nodes[i] = lastNode;
    return top;
  }
}
