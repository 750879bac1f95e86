import { FlowNetwork } from './min-cost-flow';
import { seededRandom, shuffled } from '../../common/random/seeded-random';

/*
 * Who gives feedback on which case. Solved exactly as a minimum-cost flow:
 *
 *   source ─(N or fewer)→ participant ─(1, organisation cost)→ case ─(1 each, growing cost)→ sink
 *
 * Every participant gets as many cases as asked, or all cases that are not theirs when there
 * are fewer; never their own case and never one case twice (capacities). The k-th review of a
 * case costs k × BALANCE, so the cheapest flow spreads reviews as evenly as the constraints
 * allow: whenever counts that differ by at most one are possible, that is what comes out.
 * Among those, same-organisation pairs cost ORGANISATION each and are kept to the minimum.
 * Small seeded random costs, worth less together than one such pair, pick among the equally
 * good answers, so the same seed always gives the same allocation.
 */

export type Id = string | number;

export interface FeedbackParticipant {
  id: Id;
  organisation: string;
  /** The participant's own submitted case, if any. */
  caseId: Id | null;
}

export interface FeedbackCase {
  id: Id;
  authorIds: readonly Id[];
}

export interface AllocationInput {
  participants: readonly FeedbackParticipant[];
  /** Submitted cases; only these are handed out. */
  cases: readonly FeedbackCase[];
  /** Cases per participant; 2 unless set. */
  perParticipant?: number;
  seed: number | string;
}

export type AllocationWarning =
  | { kind: 'no-cases' }
  | { kind: 'fewer-than-requested'; participantId: Id; assigned: number; requested: number }
  | { kind: 'same-organisation'; participantId: Id; caseId: Id }
  | { kind: 'uneven'; fewest: number; most: number };

export interface Allocation {
  /** In the order of the participants given; case ids in the order of the cases given. */
  assignments: { participantId: Id; caseIds: Id[] }[];
  warnings: AllocationWarning[];
}

const TIE_BREAK_RANGE = 16;

export function allocateFeedback(input: AllocationInput): Allocation {
  const { participants, cases } = input;
  const perParticipant = input.perParticipant ?? 2;
  if (!Number.isInteger(perParticipant) || perParticipant < 0) throw new RangeError('perParticipant must be a whole number ≥ 0');
  assertUnique(participants.map((p) => p.id), 'participant');
  assertUnique(cases.map((c) => c.id), 'case');
  if (cases.length === 0) {
    return { assignments: participants.map((p) => ({ participantId: p.id, caseIds: [] })), warnings: [{ kind: 'no-cases' }] };
  }

  const organisationOf = new Map(participants.map((p) => [p.id, normaliseOrganisation(p.organisation)]));
  const caseOrganisations = cases.map((c) => new Set(c.authorIds.map((a) => organisationOf.get(a) ?? '').filter((o) => o !== '')));
  const isOwn = (p: FeedbackParticipant, caseIndex: number) =>
    p.caseId === cases[caseIndex].id || cases[caseIndex].authorIds.includes(p.id);
  const sameOrganisation = (p: FeedbackParticipant, caseIndex: number) =>
    caseOrganisations[caseIndex].has(organisationOf.get(p.id) ?? '');

  const eligible = participants.map((p) => cases.map((_, c) => c).filter((c) => !isOwn(p, c)));
  const wanted = eligible.map((list) => Math.min(perParticipant, list.length));
  const total = wanted.reduce((a, b) => a + b, 0);
  // Each weight outweighs everything below it added up over the whole allocation.
  const organisationCost = total * TIE_BREAK_RANGE + 1;
  const balanceCost = total * (organisationCost + TIE_BREAK_RANGE) + 1;

  const random = seededRandom(input.seed);
  const source = 0;
  const sink = 1;
  const participantNode = (p: number) => 2 + p;
  const caseNode = (c: number) => 2 + participants.length + c;
  const network = new FlowNetwork(2 + participants.length + cases.length);

  // Edges are added in a seeded order, which also decides between paths of equal cost.
  const pairEdges: { participant: number; caseIndex: number; edge: number }[] = [];
  for (const p of shuffled(participants.map((_, i) => i), random)) {
    network.addEdge(source, participantNode(p), wanted[p], 0);
    for (const c of shuffled(eligible[p], random)) {
      const cost = (sameOrganisation(participants[p], c) ? organisationCost : 0) + Math.floor(random() * TIE_BREAK_RANGE);
      pairEdges.push({ participant: p, caseIndex: c, edge: network.addEdge(participantNode(p), caseNode(c), 1, cost) });
    }
  }
  cases.forEach((_, c) => {
    const reviewers = eligible.filter((list) => list.includes(c)).length;
    for (let k = 1; k <= reviewers; k++) network.addEdge(caseNode(c), sink, 1, k * balanceCost);
  });
  network.minCostMaxFlow(source, sink);

  const chosen = participants.map(() => new Set<number>());
  for (const { participant, caseIndex, edge } of pairEdges) {
    if (network.flowOn(edge) > 0) chosen[participant].add(caseIndex);
  }
  const assignments = participants.map((p, i) => ({
    participantId: p.id,
    caseIds: cases.filter((_, c) => chosen[i].has(c)).map((c) => c.id),
  }));
  return { assignments, warnings: warningsFor(participants, cases, chosen, perParticipant, sameOrganisation) };
}

function warningsFor(
  participants: readonly FeedbackParticipant[],
  cases: readonly FeedbackCase[],
  chosen: Set<number>[],
  requested: number,
  sameOrganisation: (p: FeedbackParticipant, caseIndex: number) => boolean,
): AllocationWarning[] {
  const warnings: AllocationWarning[] = [];
  participants.forEach((p, i) => {
    if (chosen[i].size < requested) {
      warnings.push({ kind: 'fewer-than-requested', participantId: p.id, assigned: chosen[i].size, requested });
    }
  });
  participants.forEach((p, i) => {
    for (const c of [...chosen[i]].sort((a, b) => a - b)) {
      if (sameOrganisation(p, c)) warnings.push({ kind: 'same-organisation', participantId: p.id, caseId: cases[c].id });
    }
  });
  const loads = cases.map((_, c) => chosen.filter((set) => set.has(c)).length);
  const fewest = Math.min(...loads);
  const most = Math.max(...loads);
  if (most - fewest > 1) warnings.push({ kind: 'uneven', fewest, most });
  return warnings;
}

/** "Gemeente  Utrecht" and "gemeente utrecht" are the same organisation. */
function normaliseOrganisation(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}

function assertUnique(ids: Id[], what: string): void {
  if (new Set(ids).size !== ids.length) throw new RangeError(`Each ${what} id must occur once`);
}
