import type { Knex } from 'knex';
import {
  censusRegions,
  naicsSectors,
  states,
  type GoalScope,
  type RegionCode,
} from '@shopfloor/shared';
import type { FiguresTarget } from '../../auth/policy';
import { NotFoundError } from '../../http/errors';
import { ChaptersRepository } from '../chapters/chapters.repository';
import { PodsRepository } from '../pods/pods.repository';
import type { MemberFilter } from '../stats/recruitment.repository';

/** A scope and its reference, checked to exist, with what its figures count and who may read them. */
export interface ResolvedScope {
  scope: GoalScope;
  ref: string | null;
  label: string;
  filter: MemberFilter;
  target: FiguresTarget;
  /** The chapter the scope belongs to (a chapter, or a chapter's pod): for the audit log. */
  chapterId: number | null;
}

/** Census regions, as the national figures draw them (the South of the coverage page is configured). */
export function regionStates(region: string): string[] {
  // Sorted, as the Southern coverage page lists them: both then share the same cached passes.
  return states
    .filter((s) => s.region === region)
    .map((s) => s.code)
    .sort();
}

export class ScopeResolver {
  private readonly chapters: ChaptersRepository;
  private readonly pods: PodsRepository;

  constructor(db: Knex) {
    this.chapters = new ChaptersRepository(db);
    this.pods = new PodsRepository(db);
  }

  /** Refs are the normalized ones of the shared schemas; a missing chapter or pod is 404. */
  async resolve(
    scope: GoalScope,
    ref: string | null,
    trx?: Knex | Knex.Transaction,
  ): Promise<ResolvedScope> {
    const org = { scope, ref, chapterId: null };
    switch (scope) {
      case 'nation':
        return { ...org, label: 'Nation', filter: { kind: 'all' }, target: { scope } };
      case 'region':
        return {
          ...org,
          label: censusRegions[ref as RegionCode]?.name ?? String(ref),
          filter: { kind: 'states', states: regionStates(String(ref)) },
          target: { scope },
        };
      case 'state':
        return {
          ...org,
          label: states.find((s) => s.code === ref)?.name ?? String(ref),
          filter: { kind: 'states', states: [String(ref)] },
          target: { scope },
        };
      case 'industry':
        return {
          ...org,
          label: naicsSectors.find((n) => n.code === ref)?.name ?? String(ref),
          filter: { kind: 'industry', industry: String(ref) },
          target: { scope },
        };
      case 'chapter': {
        const chapter = await this.chapters.get(Number(ref), trx);
        if (!chapter) throw new NotFoundError('Chapter');
        return {
          ...org,
          label: chapter.name,
          filter: { kind: 'chapter', chapterId: chapter.id },
          target: { scope, chapterId: chapter.id },
          chapterId: chapter.id,
        };
      }
      case 'pod': {
        const pod = await this.pods.get(Number(ref), trx);
        if (!pod) throw new NotFoundError('Pod');
        return {
          ...org,
          label: pod.name,
          filter: { kind: 'pod', podId: pod.id },
          target: { scope, pod: { id: pod.id, chapterId: pod.chapterId } },
          chapterId: pod.chapterId,
        };
      }
    }
  }
}
