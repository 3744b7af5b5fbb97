import type { Knex } from 'knex';
import type { PodCreate, PodScope } from '@shopfloor/shared';
import { canManageChapter, type Actor } from '../../auth/policy';
import { ForbiddenError, ValidationError, type FieldRefusal } from '../../http/errors';
import { ChaptersRepository } from '../chapters/chapters.repository';
import { WorkplacesRepository } from '../workplaces/workplaces.repository';

export interface PodPlace {
  scope: PodScope;
  industry: string;
  chapterId: number | null;
  region: string | null;
  workplaceId: number | null;
}

/** Which fields each scope takes; a field another scope needs is refused rather than dropped. */
const allowed: Record<PodScope, readonly ('chapterId' | 'region' | 'workplaceId')[]> = {
  workplace: ['workplaceId', 'chapterId'],
  chapter: ['chapterId'],
  region: ['region'],
  nation: [],
};

/**
 * Where a new pod sits, checked: a chapter pod needs its chapter, a workplace pod a workplace of
 * the chapter (whose industry it takes by default), a region pod its region. Chapter committees
 * create their chapter's pods; national staff create region and nation pods; admins any.
 */
export async function resolvePodPlace(
  trx: Knex.Transaction,
  actor: Actor,
  body: PodCreate,
): Promise<PodPlace> {
  const fields: Record<string, FieldRefusal> = {};
  for (const f of ['chapterId', 'region', 'workplaceId'] as const)
    if (body[f] !== undefined && !allowed[body.scope].includes(f))
      fields[f] = {
        message: `A ${body.scope} pod does not take ${f}`,
        key: `podTakesNo.${f}`,
        params: { scope: body.scope },
      };
  if (Object.keys(fields).length) throw new ValidationError(fields);
  const national = actor.role === 'national' || actor.role === 'admin';
  if ((body.scope === 'region' || body.scope === 'nation') && !national)
    throw new ForbiddenError('Region and nation pods are created by national staff');
  if (body.chapterId !== undefined && !canManageChapter(actor, body.chapterId))
    throw new ForbiddenError('This belongs to another chapter');

  let chapterId: number | null = null;
  let industry: string | null = body.industry ?? null;
  if (body.scope === 'workplace') {
    if (!body.workplaceId)
      throw new ValidationError({
        workplaceId: { message: 'A workplace pod needs its workplace', key: 'podNeedsWorkplace' },
      });
    const wp = await new WorkplacesRepository(trx).get(body.workplaceId, trx);
    if (!wp || !canManageChapter(actor, wp.chapterId))
      throw new ValidationError({
        workplaceId: { message: 'Not a workplace of your chapter', key: 'workplaceNotYours' },
      });
    if (body.chapterId !== undefined && body.chapterId !== wp.chapterId)
      throw new ValidationError({
        chapterId: { message: "Not the workplace's chapter", key: 'notWorkplaceChapter' },
      });
    chapterId = wp.chapterId;
    industry ??= wp.industry;
  }
  if (body.scope === 'chapter') {
    if (!body.chapterId)
      throw new ValidationError({
        chapterId: { message: 'A chapter pod needs its chapter', key: 'podNeedsChapter' },
      });
    if (!(await new ChaptersRepository(trx).get(body.chapterId, trx)))
      throw new ValidationError({
        chapterId: { message: 'No such chapter', key: 'noSuchChapter' },
      });
    chapterId = body.chapterId;
  }
  if (body.scope === 'region' && !body.region)
    throw new ValidationError({
      region: { message: 'A region pod needs its Census region', key: 'podNeedsRegion' },
    });
  if (!industry)
    throw new ValidationError({
      industry: { message: 'Name the NAICS sector, such as 62', key: 'nameSector' },
    });

  return {
    scope: body.scope,
    industry,
    chapterId,
    region: body.region ?? null,
    workplaceId: body.workplaceId ?? null,
  };
}
