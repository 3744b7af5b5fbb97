import { describe, expect, it } from 'vitest';
import { countStv, countVote, drawLot } from '@shopfloor/shared';

/** Expands [count, ranking] pairs into one ranking per ballot. */
const ballots = (...groups: [number, number[]][]) =>
  groups.flatMap(([n, ranking]) => Array.from({ length: n }, () => ranking));

describe('STV under the Scottish rules (SSI 2007/42, schedule 1, rules 45–52)', () => {
  it("elects Chocolate, Oranges and Strawberries in Wikipedia's food election", () => {
    // Wikipedia, "Single transferable vote", section "Example" (the food election): 20 guests,
    // 3 to choose, Droop quota 6. https://en.wikipedia.org/wiki/Single_transferable_vote#Example
    const [orange, pear, chocolate, strawberry, sweets] = [1, 2, 3, 4, 5];
    const result = countStv(
      [orange, pear, chocolate, strawberry, sweets],
      3,
      ballots(
        [4, [orange]],
        [2, [pear, orange]],
        [8, [chocolate, strawberry]],
        [4, [chocolate, sweets]],
        [1, [strawberry]],
        [1, [sweets]],
      ),
      'seed',
    );
    expect(result.quota).toBe(6);
    expect(result.validBallots).toBe(20);
    expect(result.elected).toEqual([chocolate, orange, strawberry]);
    const [first, surplus, pearOut, sweetsOut, last] = result.rounds;
    expect(first!.votes).toEqual({ 1: 4, 2: 2, 3: 12, 4: 1, 5: 1 });
    expect(first!.elected).toEqual([chocolate]);
    // Chocolate's surplus of 6 goes on from all 12 papers at 6/12 = 0.5 each.
    expect(surplus).toMatchObject({
      action: 'surplus',
      candidate: chocolate,
      transfers: { 4: 4, 5: 2 },
    });
    expect(surplus!.votes).toEqual({ 1: 4, 2: 2, 3: 6, 4: 5, 5: 3 });
    expect(pearOut).toMatchObject({ action: 'exclusion', candidate: pear, elected: [orange] });
    expect(pearOut!.votes[orange]).toBe(6);
    expect(sweetsOut).toMatchObject({ action: 'exclusion', candidate: sweets, nonTransferable: 3 });
    expect(last).toMatchObject({ action: 'last_vacancies', elected: [strawberry] });
  });

  it('elects Andrea and Carter in the two-seat example of Wikipedia\'s "Counting single transferable votes"', () => {
    // https://en.wikipedia.org/wiki/Counting_single_transferable_votes (57 voters, 2 seats,
    // quota 20): Andrea's surplus of 20 splits 12 to Carter, 8 to Brad; Brad is excluded.
    const [andrea, brad, carter, delilah] = [1, 2, 3, 4];
    const result = countStv(
      [andrea, brad, carter, delilah],
      2,
      ballots(
        [16, [andrea, brad, carter, delilah]],
        [24, [andrea, carter, brad, delilah]],
        [17, [delilah, andrea, brad, carter]],
      ),
      'seed',
    );
    expect(result.quota).toBe(20);
    expect(result.rounds[1]).toMatchObject({ candidate: andrea, transfers: { 2: 8, 3: 12 } });
    expect(result.rounds[2]).toMatchObject({
      action: 'exclusion',
      candidate: brad,
      elected: [carter],
    });
    expect(result.elected).toEqual([andrea, carter]);
  });

  it('transfers at values cut to five decimal places, and the cut decides this count', () => {
    // Rule 48(3): 2 surplus × 1 / 7 votes = 0.285714… → 0.28571 per paper, remainder ignored.
    const [a, b, c, d] = [1, 2, 3, 4];
    const result = countStv(
      [a, b, c, d],
      2,
      ballots([7, [a, b]], [3, [c]], [2, [d]], [1, [b]]),
      'seed',
    );
    expect(result.quota).toBe(5);
    expect(result.rounds[1]!.transfers).toEqual({ 2: 1.99997 });
    expect(result.rounds[1]!.nonTransferable).toBeCloseTo(0.00003, 5);
    expect(result.rounds[1]!.votes[b]).toBe(2.99997);
    // Unrounded, B would tie C at 3; at 2.99997 B is the lowest and goes out.
    expect(result.rounds[3]).toMatchObject({ action: 'exclusion', candidate: b, tieBreak: null });
    expect(result.elected).toEqual([a, c]);
  });

  it('breaks an exclusion tie at the most recent earlier stage where the tied differed (rule 51(2)(a))', () => {
    const [a, b, c, d] = [1, 2, 3, 4];
    const result = countStv(
      [a, b, c, d],
      2,
      ballots([10, [a, c]], [6, [b]], [4, [c]], [5, [d, c]]),
      'seed',
    );
    // Quota 9; A's surplus of 1 brings C from 4 to 5, level with D; C had fewer at stage 1.
    expect(result.rounds[1]!.votes).toMatchObject({ 3: 5, 4: 5 });
    expect(result.rounds[2]).toMatchObject({
      action: 'exclusion',
      candidate: c,
      tieBreak: { among: [c, d], decidedBy: 'earlier_stage', stage: 1, chosen: c },
    });
    // Excluding D instead would have carried C to the quota; the rule elects B.
    expect(result.elected).toEqual([a, b]);
  });

  it('draws a recorded lot when the tied were equal at every stage (rules 49(3), 51(2)(b))', () => {
    const [a, b, c] = [1, 2, 3];
    const input = ballots([3, [a]], [3, [b]], [5, [c]]);
    const outcomes = new Set<number>();
    for (const seed of ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8']) {
      const result = countStv([a, b, c], 2, input, seed);
      // Quota 4: C's surplus of 1 is non-transferable (stage 2), then A and B, 3 each, tie.
      const tie = result.rounds[2]!.tieBreak!;
      expect(tie).toMatchObject({ among: [a, b], decidedBy: 'lot', stage: 3 });
      expect(tie.chosen).toBe(drawLot(seed, 3, [a, b]));
      expect(result.elected).toEqual([c, tie.chosen === a ? b : a]);
      // The seed is published: a recount with it draws the same lot and elects the same.
      expect(countStv([a, b, c], 2, input, seed)).toEqual(result);
      outcomes.add(tie.chosen);
    }
    expect(outcomes).toEqual(new Set([a, b]));
  });

  it('transfers the largest surplus first, and equal surpluses by lot (rule 49)', () => {
    const [a, b, c, d] = [1, 2, 3, 4];
    const largest = countStv(
      [a, b, c, d],
      3,
      ballots([9, [a, c]], [7, [b, d]], [2, [c]], [2, [d]]),
      's',
    );
    expect(largest.rounds[1]).toMatchObject({ action: 'surplus', candidate: a });
    const equal = countStv(
      [a, b, c, d],
      3,
      ballots([8, [a, c]], [8, [b, d]], [2, [c]], [2, [d]]),
      's',
    );
    expect(equal.rounds[1]!.tieBreak).toMatchObject({ among: [a, b], decidedBy: 'lot' });
  });

  it('elects no one when no ballot ranks a candidate', () => {
    expect(countStv([1, 2, 3], 2, [[], [7]], 's')).toMatchObject({ validBallots: 0, elected: [] });
  });

  it('counts leadership votes of one seat by instant runoff and several by STV', () => {
    const spec = (seats: number) => ({
      kind: 'leadership' as const,
      seats,
      candidates: [{ id: 1 }, { id: 2 }, { id: 3 }],
    });
    const votes = [{ ranking: [1, 2] }, { ranking: [2] }, { ranking: [3, 2] }];
    expect(countVote(spec(1), votes, 's')).toMatchObject({ method: 'irv' });
    expect(countVote(spec(2), votes, 's')).toMatchObject({ method: 'stv', quota: 2 });
  });
});
