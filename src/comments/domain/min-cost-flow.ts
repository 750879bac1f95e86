/*
 * Minimum-cost maximum flow by successive shortest paths (Bellman–Ford with a queue, so that
 * the negative costs of residual edges are fine). Small and exact: the feedback allocation
 * has at most a few thousand edges.
 */

export class FlowNetwork {
  private readonly head: number[];
  private readonly to: number[] = [];
  private readonly capacity: number[] = [];
  private readonly cost: number[] = [];
  private readonly next: number[] = [];

  constructor(readonly nodeCount: number) {
    this.head = new Array<number>(nodeCount).fill(-1);
  }

  /** Adds an edge and its residual twin; returns the edge's id for `flowOn`. */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    const id = this.to.length;
    this.push(from, to, capacity, cost);
    this.push(to, from, 0, -cost);
    return id;
  }

  /** Flow on an edge: what its residual twin can send back. */
  flowOn(edge: number): number {
    return this.capacity[edge ^ 1];
  }

  /** Sends as much as possible from source to sink at the least total cost. */
  minCostMaxFlow(source: number, sink: number): { flow: number; cost: number } {
    let flow = 0;
    let cost = 0;
    for (;;) {
      const path = this.cheapestPath(source, sink);
      if (!path) return { flow, cost };
      let amount = Infinity;
      for (let v = sink; v !== source; v = this.to[path[v] ^ 1]) amount = Math.min(amount, this.capacity[path[v]]);
      for (let v = sink; v !== source; v = this.to[path[v] ^ 1]) {
        this.capacity[path[v]] -= amount;
        this.capacity[path[v] ^ 1] += amount;
        cost += amount * this.cost[path[v]];
      }
      flow += amount;
    }
  }

  private push(from: number, to: number, capacity: number, cost: number): void {
    this.to.push(to);
    this.capacity.push(capacity);
    this.cost.push(cost);
    this.next.push(this.head[from]);
    this.head[from] = this.to.length - 1;
  }

  /** For each node the edge by which the cheapest path reaches it, or null if the sink is unreachable. */
  private cheapestPath(source: number, sink: number): number[] | null {
    const distance = new Array<number>(this.nodeCount).fill(Infinity);
    const via = new Array<number>(this.nodeCount).fill(-1);
    const queued = new Array<boolean>(this.nodeCount).fill(false);
    const queue = [source];
    distance[source] = 0;
    queued[source] = true;
    while (queue.length > 0) {
      const u = queue.shift()!;
      queued[u] = false;
      for (let e = this.head[u]; e !== -1; e = this.next[e]) {
        if (this.capacity[e] <= 0 || distance[u] + this.cost[e] >= distance[this.to[e]]) continue;
        distance[this.to[e]] = distance[u] + this.cost[e];
        via[this.to[e]] = e;
        if (!queued[this.to[e]]) {
          queued[this.to[e]] = true;
          queue.push(this.to[e]);
        }
      }
    }
    return distance[sink] === Infinity ? null : via;
  }
}
