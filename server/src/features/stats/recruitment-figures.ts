import type { Knex } from 'knex';
import { VersionedCache } from '../../cache/versioned-cache';
import { monthsBetween } from '../pods/pod-progress';
import { RecruitmentRepository, type MappedRow, type MemberFilter } from './recruitment.repository';
import {
  foldMonths,
  foldRetention,
  type CohortFigures,
  type MonthFigures,
} from './recruitment-series';

export interface SeriesFigures {
  months: MonthFigures[];
  retention: CohortFigures[];
}

const keyOf = (filter: MemberFilter) => JSON.stringify(filter);

/**
 * Exact monthly membership figures for a set of members, from three grouped queries, kept per
 * data version: the recruitment charts, goal progress and the Southern trend all read them here.
 * Never sent as they are: callers suppress for whoever asked.
 */
export class RecruitmentFigures {
  readonly repo: RecruitmentRepository;
  private readonly seriesCache: VersionedCache<SeriesFigures>;
  private readonly mappedCache: VersionedCache<MappedRow[]>;

  constructor(db: Knex) {
    this.repo = new RecruitmentRepository(db);
    this.seriesCache = new VersionedCache(db);
    this.mappedCache = new VersionedCache(db);
  }

  series(filter: MemberFilter, from: string, to: string): Promise<SeriesFigures> {
    return this.seriesCache.get(`${keyOf(filter)}|${from}|${to}`, async () => {
      const months = monthsBetween(from, to);
      const [flows, joins, industries] = await Promise.all([
        this.repo.flows(filter, from),
        this.repo.joins(filter, from, to),
        this.repo.joinsByIndustry(filter, from, to),
      ]);
      return {
        months: foldMonths(months, flows, joins, industries),
        retention: foldRetention(months, flows, to),
      };
    });
  }

  /** Rows for members and mapped members at month ends from `from` on. */
  mapped(filter: MemberFilter, from: string): Promise<MappedRow[]> {
    return this.mappedCache.get(`${keyOf(filter)}|${from}`, () => this.repo.mapped(filter, from));
  }
}
