import type { Knex } from 'knex';
import {
  normalizeEmployer,
  type Workplace,
  type WorkplaceCreate,
  type WorkplaceListQuery,
  type WorkplacePatch,
} from '@shopfloor/shared';
import { geocodeZip } from '@shopfloor/db/zips';
import type { AuditRepository } from '../../audit/audit.repository';
import { assertManagesChapter, type Actor } from '../../auth/policy';
import {
  ConflictError,
  NotFoundError,
  StaleVersionError,
  ValidationError,
} from '../../http/errors';
import { EmploymentsRepository } from './employments.repository';
import { findNearDuplicates } from './near-duplicates';
import { WorkplacesRepository, type WorkplaceValues } from './workplaces.repository';

/** ZIP → coordinates, city and state, offline; an unknown ZIP is a field error. */
export function placeFor(
  zip: string,
): Pick<WorkplaceValues, 'zip' | 'lat' | 'lng' | 'city' | 'state'> {
  const place = geocodeZip(zip);
  if (!place)
    throw new ValidationError({
      zip: { message: `${zip} is not a US ZIP code we know`, key: 'unknownZip', params: { zip } },
    });
  return { zip: place.zip, lat: place.lat, lng: place.lng, city: place.city, state: place.state };
}

export class WorkplacesService {
  readonly repo: WorkplacesRepository;
  private readonly employments: EmploymentsRepository;

  constructor(
    private readonly db: Knex,
    private readonly audit: AuditRepository,
    /** Told after a committed change that moves a workplace on the map. */
    private readonly onChange: () => void = () => {},
  ) {
    this.repo = new WorkplacesRepository(db);
    this.employments = new EmploymentsRepository(db);
  }

  async list(actor: Actor, chapterId: number, q: WorkplaceListQuery) {
    assertManagesChapter(actor, chapterId);
    if (q.pod) {
      // This chapter's pods, and region and nation pods (whose members may work here too).
      const podChapter = await this.repo.podChapter(q.pod);
      if (podChapter === undefined)
        throw new ValidationError({ pod: { message: 'There is no such pod', key: 'noSuchPod' } });
      if (podChapter !== null && podChapter !== chapterId)
        throw new ValidationError({
          pod: { message: 'That pod belongs to another chapter', key: 'podOtherChapter' },
        });
    }
    return this.repo.list(chapterId, q);
  }

  private async load(actor: Actor, id: number, trx?: Knex.Transaction): Promise<Workplace> {
    const wp = await this.repo.get(id, trx);
    if (!wp) throw new NotFoundError('Workplace');
    assertManagesChapter(actor, wp.chapterId, 'not_found');
    return wp;
  }

  async get(actor: Actor, id: number) {
    const wp = await this.load(actor, id);
    return { ...wp, members: await this.employments.forWorkplace(id) };
  }

  private async assertNoDuplicate(
    trx: Knex.Transaction,
    chapterId: number,
    key: string,
    zip: string,
    exceptId?: number,
  ) {
    const clash = await this.repo.findByKey(chapterId, key, zip, trx);
    if (clash && clash.id !== exceptId) {
      throw new ConflictError(
        `This chapter already has ${clash.employer} at ${zip} (workplace ${clash.id})`,
        {
          employer: `duplicate of workplace ${clash.id}`,
        },
      );
    }
  }

  /** Creates a workplace; `confirmed: false` marks one a member reported, for the chapter to confirm. */
  async create(
    actor: Actor,
    chapterId: number,
    body: WorkplaceCreate,
    trx?: Knex.Transaction,
    confirmed = true,
  ): Promise<Workplace> {
    const run = async (t: Knex.Transaction) => {
      const key = normalizeEmployer(body.employer);
      if (!key)
        throw new ValidationError({
          employer: { message: 'Employer needs letters or digits', key: 'employerNeedsLetters' },
        });
      const place = placeFor(body.zip);
      await this.assertNoDuplicate(t, chapterId, key, place.zip!);
      const id = await this.repo.insert(t, chapterId, {
        unionStatus: 'unknown',
        ...body,
        ...place,
        employerKey: key,
        confirmed,
      });
      const after = (await this.repo.get(id, t))!;
      await this.audit.record(t, actor, {
        entity: 'workplace',
        entityId: id,
        chapterId,
        action: 'create',
        after,
      });
      return after;
    };
    if (actor.role !== 'member') assertManagesChapter(actor, chapterId);
    const created = trx ? await run(trx) : await this.db.transaction(run);
    this.onChange();
    return created;
  }

  async update(actor: Actor, id: number, patch: WorkplacePatch): Promise<Workplace> {
    const { version, ...body } = patch;
    const updated = await this.db.transaction(async (trx) => {
      const before = await this.load(actor, id, trx);
      const values: WorkplaceValues = { ...body };
      if (body.zip !== undefined) Object.assign(values, placeFor(body.zip));
      if (body.employer !== undefined) values.employerKey = normalizeEmployer(body.employer);
      if (body.employer !== undefined || body.zip !== undefined) {
        await this.assertNoDuplicate(
          trx,
          before.chapterId,
          values.employerKey ?? normalizeEmployer(before.employer),
          values.zip ?? before.zip,
          id,
        );
      }
      if (!(await this.repo.update(trx, id, values, version))) throw new StaleVersionError();
      const after = (await this.repo.get(id, trx))!;
      await this.audit.record(trx, actor, {
        entity: 'workplace',
        entityId: id,
        chapterId: before.chapterId,
        action: 'update',
        before,
        after,
      });
      return after;
    });
    this.onChange();
    return updated;
  }

  async duplicates(actor: Actor, chapterId: number) {
    assertManagesChapter(actor, chapterId);
    return findNearDuplicates(await this.repo.allForChapter(chapterId));
  }

  /** Merges workplace `id` into `intoId`: its members move over and it is removed. */
  async merge(actor: Actor, id: number, intoId: number, version: number): Promise<Workplace> {
    if (id === intoId)
      throw new ValidationError({
        intoId: { message: 'A workplace cannot be merged into itself', key: 'mergeIntoItself' },
      });
    const merged = await this.db.transaction(async (trx) => {
      const from = await this.load(actor, id, trx);
      const into = await this.load(actor, intoId, trx);
      if (from.chapterId !== into.chapterId)
        throw new ValidationError({
          intoId: {
            message: 'Both workplaces must belong to the same chapter',
            key: 'mergeOtherChapter',
          },
        });
      if (from.version !== version) throw new StaleVersionError();
      const moved = await this.repo.mergeInto(trx, id, intoId);
      const after = (await this.repo.get(intoId, trx))!;
      await this.audit.record(trx, actor, {
        entity: 'workplace',
        entityId: id,
        chapterId: from.chapterId,
        action: 'merge',
        before: from,
        after: { mergedInto: intoId, employmentsMoved: moved },
      });
      return after;
    });
    this.onChange();
    return merged;
  }
}
