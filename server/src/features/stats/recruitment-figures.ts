import { readerOf } from '@shopfloor/db';
import type { Knex } from 'knex';
import { VersionedCache } from '../../cache/versioned-cache';
import { monthsBetween } from '../pods/pod-progress';
import { MappedRepository, type MappedRow } from './mapped.repository';
import {
  RecruitmentRepository,
  type FlowRow,
  type JoinRow,
  type MemberFilter,
} from './recruitment.repository';
import {
  foldMonths,
  foldRetention,
  type CohortFigures,
  type IndustryRow,
  type MonthFigures,
} from './recruitment-series';

export interface SeriesFigures {
  months: MonthFigures[];
  retention: CohortFigures[];
}

/**
 * Exact monthly membership figures for a set of members, each grouped query kept per data
 * version: the recruitment charts, goal progress and the Southern trend read them here, so a goal
 * asks only for the pass its metric needs and shares it with the chart of the same window. Never
 * sent as they are: callers suppress for whoever asked.
 */
export class RecruitmentFigures {
  readonly repo: RecruitmentRepository;
  private readonly mappedRepo: MappedRepository;
  private readonly cache: {
    series: VersionedCache<SeriesFigures>;
    flows: VersionedCache<FlowRow[]>;
    joins: VersionedCache<JoinRow[]>;
    industries: VersionedCache<IndustryRow[]>;
    mapped: VersionedCache<MappedRow[]>;
  };

  constructor(db: Knex) {
    this.repo = new RecruitmentRepository(readerOf(db));
    this.mappedRepo = new MappedRepository(readerOf(db));
    this.cache = {
      series: new VersionedCache(db),
      flows: new VersionedCache(db),
      joins: new VersionedCache(db),
      industries: new VersionedCache(db),
      mapped: new VersionedCache(db),
    };
  }

  /** Members by join and lapse month, months before `from` as one bucket. */
  flows(filter: MemberFilter, from: string): Promise<FlowRow[]> {
    return this.cache.flows.get(key(filter, from), () => this.repo.flows(filter, from));
  }

  /** Joins from..to by month, source, language and state. */
  joins(filter: MemberFilter, from: string, to: string): Promise<JoinRow[]> {
    return this.cache.joins.get(key(filter, from, to), () => this.repo.joins(filter, from, to));
  }

  /** Rows for members and mapped members at month ends from `from` on. */
  mapped(filter: MemberFilter, from: string): Promise<MappedRow[]> {
    return this.cache.mapped.get(key(filter, from), () => this.mappedRepo.history(filter, from));
  }

  series(filter: MemberFilter, from: string, to: string): Promise<SeriesFigures> {
    return this.cache.series.get(key(filter, from, to), async () => {
      const months = monthsBetween(from, to);
      const [flows, joins, industries] = await Promise.all([
        this.flows(filter, from),
        this.joins(filter, from, to),
        this.cache.industries.get(key(filter, from, to), () =>
          this.repo.joinsByIndustry(filter, from, to),
        ),
      ]);
      return {
        months: foldMonths(months, flows, joins, industries),
        retention: foldRetention(months, flows, to),
      };
    });
  }
}

const key = (filter: MemberFilter, ...months: string[]) =>
  [JSON.stringify(filter), ...months].join('|');
