import type { RankedRound, TieBreak } from '../vote-results';

/** Values are held as integers of 1/100000 (five decimal places), so sums are exact. */
export const UNIT = 100_000;
export const toVotes = (units: number): number => units / UNIT;

export interface Paper {
  prefs: number[];
  /** Index into prefs of the candidate holding the paper; -1 before the first stage. */
  pos: number;
  value: number;
}

type Status = 'continuing' | 'elected' | 'excluded';

interface StageRecord {
  action: RankedRound['action'];
  candidate: number | null;
  transfers: Map<number, number>;
  nonTransferable: number;
  elected: number[];
  tieBreak: TieBreak | null;
}

/** The state of a ranked count: who is continuing, which papers each candidate holds, and the stages so far. */
export class RankedCount {
  readonly papers: Paper[];
  readonly status = new Map<number, Status>();
  readonly votes = new Map<number, number>();
  readonly history: Map<number, number>[] = [];
  readonly rounds: RankedRound[] = [];
  readonly elected: number[] = [];
  private readonly piles = new Map<number, Paper[]>();

  constructor(
    readonly candidates: readonly number[],
    rankings: readonly (readonly number[])[],
  ) {
    for (const c of candidates) {
      this.status.set(c, 'continuing');
      this.piles.set(c, []);
      this.votes.set(c, 0);
    }
    // A ballot with no preference for any candidate is not a valid paper.
    this.papers = rankings
      .filter((r) => r.some((c) => this.status.has(c)))
      .map((prefs) => ({ prefs: [...prefs], pos: -1, value: UNIT }));
  }

  continuing(): number[] {
    return this.candidates.filter((c) => this.status.get(c) === 'continuing');
  }

  v(candidate: number): number {
    return this.votes.get(candidate) ?? 0;
  }

  /** The next available preference: the next candidate on the paper who is still continuing. */
  private next(p: Paper): number | null {
    for (p.pos++; p.pos < p.prefs.length; p.pos++) {
      const c = p.prefs[p.pos]!;
      if (this.status.get(c) === 'continuing') return c;
    }
    return null;
  }

  private credit(p: Paper, to: number, value: number) {
    p.value = value;
    this.piles.get(to)!.push(p);
    this.votes.set(to, this.v(to) + value);
  }

  firstStage(): void {
    for (const p of this.papers) {
      const to = this.next(p);
      if (to !== null) this.credit(p, to, UNIT);
    }
  }

  elect(candidate: number): void {
    this.status.set(candidate, 'elected');
    this.elected.push(candidate);
  }

  exclude(candidate: number): void {
    this.status.set(candidate, 'excluded');
  }

  /** Moves every paper `from` holds to its next available preference at the value `valueOf` gives. */
  transfer(from: number, valueOf: (p: Paper) => number): Map<number, number> {
    const transfers = new Map<number, number>();
    for (const p of this.piles.get(from)!) {
      const value = valueOf(p);
      const to = this.next(p);
      if (to === null) continue;
      this.credit(p, to, value);
      transfers.set(to, (transfers.get(to) ?? 0) + value);
    }
    this.piles.set(from, []);
    return transfers;
  }

  record(stage: StageRecord): void {
    const snapshot = new Map(this.votes);
    this.history.push(snapshot);
    const asVotes = (m: Map<number, number>) =>
      Object.fromEntries([...m].map(([c, units]) => [String(c), toVotes(units)]));
    this.rounds.push({
      stage: this.rounds.length + 1,
      action: stage.action,
      candidate: stage.candidate,
      transfers: asVotes(stage.transfers),
      nonTransferable: toVotes(stage.nonTransferable),
      votes: asVotes(snapshot),
      elected: stage.elected,
      tieBreak: stage.tieBreak,
    });
  }
}

export const sum = (m: Map<number, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
