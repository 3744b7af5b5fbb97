import Supercluster from 'supercluster';
import type { Knex } from 'knex';
import { suppressCount, type Count } from '@shopfloor/shared';
import type { Config } from '../../config';
import { chapterScope, type Actor } from '../../auth/policy';
import { ForbiddenError } from '../../http/errors';
import { VersionedCache } from '../../cache/versioned-cache';
import { MapRepository, type MapPoint } from './map.repository';

export interface MapQuery {
  bbox: [number, number, number, number];
  zoom: number;
}

export type MapFeature =
  | { type: 'cluster'; lat: number; lng: number; count: Count; expansionZoom: number | null }
  | ({ type: 'workplace' } & MapPoint);

type Index = Supercluster<MapPoint, { members: number }>;

/**
 * Server-side clustering with supercluster, one index per scope (the nation, or one chapter),
 * built once and rebuilt when the data version moves. National staff get clusters only, with
 * counts suppressed: never a single workplace, never a member.
 */
export class MapService {
  private readonly repo: MapRepository;
  private readonly cache: VersionedCache<Index>;

  constructor(
    db: Knex,
    private readonly config: Config,
  ) {
    this.repo = new MapRepository(db);
    this.cache = new VersionedCache(db);
  }

  /** Builds the national index ahead of the first map request, so the first map opens fast. */
  async warm(): Promise<void> {
    await this.entry(undefined);
  }

  /** Drops every index (tests; writes already move the data version). */
  invalidate(): void {
    this.cache.clear();
  }

  private async build(chapterId: number | undefined): Promise<Index> {
    const points = await this.repo.points(chapterId);
    const index: Index = new Supercluster({
      radius: 60,
      maxZoom: 16,
      map: (p) => ({ members: p.members }),
      reduce: (acc, p) => {
        acc.members += p.members;
      },
    });
    index.load(
      points.map((p) => ({
        type: 'Feature',
        properties: p,
        geometry: { type: 'Point', coordinates: [p.lng, p.lat] },
      })),
    );
    return index;
  }

  private entry(chapterId: number | undefined): Promise<Index> {
    return this.cache.get(chapterId === undefined ? 'nation' : `chapter:${chapterId}`, () =>
      this.build(chapterId),
    );
  }

  async workplaces(
    actor: Actor,
    q: MapQuery,
  ): Promise<{ zoom: number; aggregated: boolean; features: MapFeature[] }> {
    const scope = chapterScope(actor);
    const aggregated = actor.role === 'national' || actor.role === 'organizer';
    if (!aggregated && scope.kind === 'none') throw new ForbiddenError();
    const chapterId = scope.kind === 'chapter' ? scope.chapterId : undefined;
    const index = await this.entry(chapterId);
    const threshold = this.config.suppressionThreshold;
    const features: MapFeature[] = index.getClusters(q.bbox, q.zoom).map((f) => {
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const props = f.properties as Partial<Supercluster.ClusterProperties> & Partial<MapPoint>;
      if (props.cluster) {
        const n = props.point_count!;
        return {
          type: 'cluster',
          lat,
          lng,
          count: aggregated ? suppressCount(n, threshold) : n,
          expansionZoom: Math.min(index.getClusterExpansionZoom(props.cluster_id!), 17),
        };
      }
      // A lone workplace is still a cluster of one for national staff: a count, never a place.
      if (aggregated)
        return {
          type: 'cluster',
          lat,
          lng,
          count: suppressCount(1, threshold),
          expansionZoom: null,
        };
      return { type: 'workplace', ...(props as MapPoint) };
    });
    return { zoom: q.zoom, aggregated, features };
  }
}
