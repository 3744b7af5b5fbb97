import { describe, expect, it } from 'vitest';
import { countIrv, drawLot, tallyChoices } from '@shopfloor/shared';

const ballots = (...groups: [number, number[]][]) =>
  groups.flatMap(([n, ranking]) => Array.from({ length: n }, () => ranking));

describe('instant runoff (one seat)', () => {
  it("elects Knoxville in Wikipedia's Tennessee capital example", () => {
    // Wikipedia, "Instant-runoff voting", section "Examples" (Tennessee's capital, voters
    // shown as 42/26/15/17 per hundred). https://en.wikipedia.org/wiki/Instant-runoff_voting
    const [memphis, nashville, chattanooga, knoxville] = [1, 2, 3, 4];
    const result = countIrv(
      [memphis, nashville, chattanooga, knoxville],
      ballots(
        [42, [memphis, nashville, chattanooga, knoxville]],
        [26, [nashville, chattanooga, knoxville, memphis]],
        [15, [chattanooga, knoxville, nashville, memphis]],
        [17, [knoxville, chattanooga, nashville, memphis]],
      ),
      'seed',
    );
    expect(result.rounds.map((r) => r.votes)).toEqual([
      { 1: 42, 2: 26, 3: 15, 4: 17 },
      { 1: 42, 2: 26, 3: 0, 4: 32 },
      { 1: 42, 2: 0, 3: 0, 4: 58 },
    ]);
    expect(result.rounds.map((r) => r.candidate)).toEqual([null, chattanooga, nashville]);
    expect(result.elected).toEqual([knoxville]);
    expect(result.quota).toBeNull();
  });

  it('needs a majority of the continuing ballots, not of all ballots', () => {
    // B's ballots exhaust: A wins 4 to 3 among those still counting, with 4 of 9 cast.
    const result = countIrv([1, 2, 3], ballots([4, [1]], [2, [2]], [3, [3]]), 's');
    expect(result.rounds[1]).toMatchObject({ candidate: 2, nonTransferable: 2, elected: [1] });
  });

  it('breaks an exclusion tie at the most recent earlier round where the tied differed', () => {
    const [a, b, c, d] = [1, 2, 3, 4];
    const result = countIrv(
      [a, b, c, d],
      ballots([6, [a]], [5, [b]], [4, [c, a]], [1, [d, c]]),
      's',
    );
    // Round 2: B 5, C 5 (D's vote moved to C); C had 4 to B's 5 in round 1, so C goes.
    expect(result.rounds[2]).toMatchObject({
      candidate: c,
      tieBreak: { among: [b, c], decidedBy: 'earlier_stage', stage: 1, chosen: c },
    });
    expect(result.elected).toEqual([a]);
  });

  it('draws the recorded lot when the tied were level in every round', () => {
    const input = ballots([3, [1]], [3, [2]], [4, [3]]);
    const chosen = new Set<number>();
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const result = countIrv([1, 2, 3], input, seed);
      expect(result.rounds[1]!.tieBreak).toMatchObject({ decidedBy: 'lot', stage: 2 });
      expect(result.rounds[1]!.candidate).toBe(drawLot(seed, 2, [1, 2]));
      expect(countIrv([1, 2, 3], input, seed)).toEqual(result);
      chosen.add(result.rounds[1]!.candidate!);
    }
    expect(chosen).toEqual(new Set([1, 2]));
  });
});

describe('yes/no votes', () => {
  it('counts yes against no, abstentions aside', () => {
    const out = tallyChoices([
      { choice: 'yes' },
      { choice: 'abstain' },
      { choice: 'no' },
      { choice: 'yes' },
    ]);
    expect(out).toEqual({
      method: 'majority',
      totals: { yes: 2, no: 1, abstain: 1 },
      result: 'yes',
    });
    expect(tallyChoices([{ choice: 'no' }, { choice: 'yes' }]).result).toBe('tie');
  });
});
