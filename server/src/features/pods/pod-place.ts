import type { Knex } from 'knex';
import type { PodCreate, PodScope } from '@shopfloor/shared';
import { canManageChapter, type Actor } from '../../auth/policy';
import { ForbiddenError, ValidationError } from '../../http/errors';
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
  const fields: Record<string, string> = {};
  for (const f of ['chapterId', 'region', 'workplaceId'] as const)
    if (body[f] !== undefined && !allowed[body.scope].includes(f))
      fields[f] = `A ${body.scope} pod does not take ${f}`;
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
      throw new ValidationError({ workplaceId: 'A workplace pod needs its workplace' });
    const wp = await new WorkplacesRepository(trx).get(body.workplaceId, trx);
    if (!wp || !canManageChapter(actor, wp.chapterId))
      throw new ValidationError({ workplaceId: 'Not a workplace of your chapter' });
    if (body.chapterId !== undefined && body.chapterId !== wp.chapterId)
      throw new ValidationError({ chapterId: "Not the workplace's chapter" });
    chapterId = wp.chapterId;
    industry ??= wp.industry;
  }
  if (body.scope === 'chapter') {
    if (!body.chapterId)
      throw new ValidationError({ chapterId: 'A chapter pod needs its chapter' });
    if (!(await new ChaptersRepository(trx).get(body.chapterId, trx)))
      throw new ValidationError({ chapterId: 'No such chapter' });
    chapterId = body.chapterId;
  }
  if (body.scope === 'region' && !body.region)
    throw new ValidationError({ region: 'A region pod needs its Census region' });
  if (!industry) throw new ValidationError({ industry: 'Name the NAICS sector, such as 62' });

  return {
    scope: body.scope,
    industry,
    chapterId,
    region: body.region ?? null,
    workplaceId: body.workplaceId ?? null,
  };
}
