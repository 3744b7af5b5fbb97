import { readerOf } from '@shopfloor/db';
import type { Knex } from 'knex';
import {
  suppressBreakdown,
  suppressCount,
  type Count,
  type PipelineStats,
} from '@shopfloor/shared';
import { assertRole, suppressionThresholdFor, type Actor } from '../../auth/policy';
import { VersionedCache } from '../../cache/versioned-cache';
import type { Config } from '../../config';
import { median, pipelineFigures, type PipelineFigures } from './pipeline';
import { PipelineRepository } from './pipeline.repository';

const rate = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;

/**
 * Suppression for national staff: every breakdown with complementary suppression, and no rate or
 * median drawn from a count that is itself suppressed (it would give that count back).
 */
export function presentPipeline(f: PipelineFigures, threshold: number | null): PipelineStats {
  const small = (n: number) => threshold !== null && n > 0 && n < threshold;
  const sup = (n: number): Count => (threshold === null ? n : suppressCount(n, threshold));
  const parts = (p: Record<string, number>) =>
    threshold === null ? p : suppressBreakdown(p, threshold);
  return {
    suppressionThreshold: threshold,
    total: sup(f.total),
    byStage: parts(f.byStage),
    byIndustry: parts(f.byIndustry),
    byRegion: parts(f.byRegion),
    byApproval: parts(f.byApproval),
    conversion: f.conversion.map((c) => ({
      from: c.from,
      to: c.to,
      reached: sup(c.reached),
      advanced: sup(c.advanced),
      rate: small(c.reached) || small(c.advanced) ? null : rate(c.advanced, c.reached),
    })),
    medianDaysInStage: Object.fromEntries(
      Object.entries(f.stays).map(([stage, days]) => [
        stage,
        { median: small(days.length) ? null : median(days), stays: sup(days.length) },
      ]),
    ),
    winRate: {
      won: sup(f.won),
      lost: sup(f.lost),
      rate: small(f.won) || small(f.lost) ? null : rate(f.won, f.won + f.lost),
    },
  };
}

/** The national campaign pipeline, computed once per data version for each kind of caller. */
export class PipelineService {
  private readonly repo: PipelineRepository;
  private readonly cache: VersionedCache<PipelineStats>;

  constructor(
    db: Knex,
    private readonly config: Config,
  ) {
    this.repo = new PipelineRepository(readerOf(db));
    this.cache = new VersionedCache(db);
  }

  async stats(actor: Actor): Promise<PipelineStats> {
    assertRole(actor, ['national', 'admin']);
    const threshold = suppressionThresholdFor(actor, this.config.suppressionThreshold);
    return this.cache.get(threshold === null ? 'exact' : `suppressed:${threshold}`, async () => {
      const [campaigns, history] = await Promise.all([this.repo.campaigns(), this.repo.history()]);
      return presentPipeline(pipelineFigures(campaigns, history), threshold);
    });
  }
}
