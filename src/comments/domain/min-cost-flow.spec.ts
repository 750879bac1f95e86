import { FlowNetwork } from './min-cost-flow';

describe('FlowNetwork', () => {
  it('sends the most flow at the least cost, rerouting over a cheaper path when needed', () => {
    // 0 → 1 → 3 is cheap but narrow; the second unit must take 0 → 2 → 3.
    const network = new FlowNetwork(4);
    const cheap = network.addEdge(0, 1, 1, 1);
    const wide = network.addEdge(0, 2, 5, 2);
    network.addEdge(1, 3, 5, 1);
    network.addEdge(2, 3, 1, 3);
    expect(network.minCostMaxFlow(0, 3)).toEqual({ flow: 2, cost: 7 });
    expect([network.flowOn(cheap), network.flowOn(wide)]).toEqual([1, 1]);
  });

  it('undoes an earlier choice when that gives a cheaper total', () => {
    // Two workers, two jobs: greedy gives a→x (1) and then b→y (10); the optimum is a→y, b→x.
    const [source, a, b, x, y, sink] = [0, 1, 2, 3, 4, 5];
    const network = new FlowNetwork(6);
    network.addEdge(source, a, 1, 0);
    network.addEdge(source, b, 1, 0);
    const ax = network.addEdge(a, x, 1, 1);
    const ay = network.addEdge(a, y, 1, 2);
    const bx = network.addEdge(b, x, 1, 2);
    network.addEdge(b, y, 1, 10);
    network.addEdge(x, sink, 1, 0);
    network.addEdge(y, sink, 1, 0);
    expect(network.minCostMaxFlow(source, sink)).toEqual({ flow: 2, cost: 4 });
    expect([network.flowOn(ax), network.flowOn(ay), network.flowOn(bx)]).toEqual([0, 1, 1]);
  });

  it('sends nothing when the sink cannot be reached', () => {
    const network = new FlowNetwork(3);
    network.addEdge(0, 1, 4, 1);
    expect(network.minCostMaxFlow(0, 2)).toEqual({ flow: 0, cost: 0 });
  });
});
