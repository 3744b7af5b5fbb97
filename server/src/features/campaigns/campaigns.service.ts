import type { Knex } from 'knex';
import {
  endStages,
  isBackwards,
  isPublicStage,
  type ApprovalChange,
  type CampaignCreate,
  type CampaignRecord,
  type CampaignListQuery,
  type CampaignPatch,
  type StageChange,
} from '@shopfloor/shared';
import type { AuditRepository } from '../../audit/audit.repository';
import { assertManagesChapter, canManageChapter, type Actor } from '../../auth/policy';
import { NotFoundError, StaleVersionError, ValidationError } from '../../http/errors';
import { WorkplacesRepository } from '../workplaces/workplaces.repository';
import { campaignViewer } from './campaign-access';
import { decideApproval } from './campaign-approval';
import { CampaignsRepository, toCampaign } from './campaigns.repository';

function checkAssessments(
  a: Record<1 | 2 | 3 | 4 | 5, number> | undefined,
  unitSize: number | null | undefined,
) {
  if (!a || !unitSize) return;
  const assessed = a[1] + a[2] + a[3] + a[4] + a[5];
  if (assessed > unitSize)
    throw new ValidationError({
      assessments: {
        message: `${assessed} workers assessed, but the unit has ${unitSize}`,
        key: 'assessedOverUnit',
        params: { assessed, unitSize },
      },
    });
}

export class CampaignsService {
  readonly repo: CampaignsRepository;
  private readonly workplaces: WorkplacesRepository;

  constructor(
    private readonly db: Knex,
    private readonly audit: AuditRepository,
    /** Told after a committed change that moves a workplace on the map. */
    private readonly onChange: () => void = () => {},
  ) {
    this.repo = new CampaignsRepository(db);
    this.workplaces = new WorkplacesRepository(db);
  }

  async list(actor: Actor, q: CampaignListQuery) {
    const viewer = await campaignViewer(this.db, actor);
    const { rows, nextCursor } = await this.repo.list(viewer.scope, q);
    return { items: rows.map((r) => toCampaign(r, viewer.full(r))), nextCursor };
  }

  /** A campaign the actor may read (404 otherwise: its existence is not confirmed). */
  private async load(actor: Actor, id: number, trx?: Knex.Transaction) {
    // Inside a transaction every read goes through it: SQLite has one connection.
    const viewer = await campaignViewer(trx ?? this.db, actor);
    const row = await this.repo.get(id, trx);
    if (!row || !viewer.reads(row)) throw new NotFoundError('Campaign');
    return { row, viewer };
  }

  async get(actor: Actor, id: number) {
    const { row, viewer } = await this.load(actor, id);
    const full = viewer.full(row);
    const history = await this.repo.history(id);
    // Notes and names of who moved it could point at the workplace: only for those who see it.
    return {
      ...toCampaign(row, full),
      history: full ? history : history.map((h) => ({ ...h, changedBy: null, note: null })),
    };
  }

  async create(actor: Actor, body: CampaignCreate): Promise<CampaignRecord> {
    const created = await this.db.transaction(async (trx) => {
      const wp = await this.workplaces.get(body.workplaceId, trx);
      if (!wp || !canManageChapter(actor, wp.chapterId))
        throw new ValidationError({
          workplaceId: { message: 'Not a workplace of your chapter', key: 'workplaceNotYours' },
        });
      checkAssessments(body.assessments, body.unitSize);
      const id = await this.repo.insert(trx, wp.chapterId, wp.id, {
        ...body,
        stage: 'mapping',
        startedOn: body.startedOn ?? new Date().toISOString().slice(0, 10),
      });
      await this.repo.recordStage(trx, {
        campaignId: id,
        from: null,
        to: 'mapping',
        by: actor.userId,
      });
      const after = toCampaign((await this.repo.get(id, trx))!, true);
      await this.audit.record(trx, actor, {
        entity: 'campaign',
        entityId: id,
        chapterId: wp.chapterId,
        action: 'create',
        after,
      });
      return after;
    });
    this.onChange();
    return created;
  }

  async update(actor: Actor, id: number, patch: CampaignPatch): Promise<CampaignRecord> {
    const { version, ...values } = patch;
    return this.db.transaction(async (trx) => {
      const { row } = await this.load(actor, id, trx);
      assertManagesChapter(actor, row.chapter_id as number, 'not_found');
      const before = toCampaign(row, true);
      checkAssessments(
        values.assessments ?? before.assessments,
        values.unitSize !== undefined ? values.unitSize : before.unitSize,
      );
      if (!(await this.repo.update(trx, id, values, version))) throw new StaleVersionError();
      const after = toCampaign((await this.repo.get(id, trx))!, true);
      await this.audit.record(trx, actor, {
        entity: 'campaign',
        entityId: id,
        chapterId: before.chapterId,
        action: 'update',
        before,
        after,
      });
      return after;
    });
  }

  async changeStage(actor: Actor, id: number, change: StageChange): Promise<CampaignRecord> {
    const changed = await this.db.transaction(async (trx) => {
      const { row, viewer } = await this.load(actor, id, trx);
      if (!viewer.moves(row)) throw new NotFoundError('Campaign');
      const before = toCampaign(row, true);
      if (change.stage === before.stage)
        throw new ValidationError({
          stage: {
            message: `The campaign is already at ${change.stage}`,
            key: 'campaignAlreadyAt',
            params: { stage: change.stage },
          },
        });
      if (isBackwards(before.stage, change.stage) && !change.note) {
        throw new ValidationError({
          note: {
            message: `Moving back from ${before.stage} to ${change.stage} needs a note saying why`,
            key: 'movingBackNeedsNote',
            params: { from: before.stage, to: change.stage },
          },
        });
      }
      const publicSince =
        row.public_since == null && isPublicStage(change.stage)
          ? new Date().toISOString()
          : undefined;
      // Won, lost and paused are outcomes too; leaving one (with a note) clears it.
      const outcome = (endStages as readonly string[]).includes(change.stage)
        ? (change.stage as CampaignRecord['outcome'])
        : null;
      const values = { stage: change.stage, publicSince, outcome };
      if (!(await this.repo.update(trx, id, values, change.version))) throw new StaleVersionError();
      await this.repo.recordStage(trx, {
        campaignId: id,
        from: before.stage,
        to: change.stage,
        by: actor.userId,
        note: change.note,
      });
      const after = toCampaign((await this.repo.get(id, trx))!, true);
      await this.audit.record(trx, actor, {
        entity: 'campaign',
        entityId: id,
        chapterId: before.chapterId,
        action: 'stage',
        before,
        after: { ...after, note: change.note ?? null },
      });
      return after;
    });
    this.onChange();
    return changed;
  }

  /** A DSLC approval decision (see decideApproval). */
  async approve(actor: Actor, id: number, change: ApprovalChange): Promise<CampaignRecord> {
    return this.db.transaction(async (trx) => {
      const { row, viewer } = await this.load(actor, id, trx);
      await decideApproval(trx, this.repo, this.audit, actor, row, change);
      return toCampaign((await this.repo.get(id, trx))!, viewer.full(row));
    });
  }
}
