import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/ui/load-more';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { usePetitions } from '../api/petitions';
import { NewPetitionForm } from './new-petition-form';
import { PetitionCard } from './petition-card';

/** Members Decide petitions: 5% of members in good standing call an advisory vote of all. */
export function PetitionsSection({ canSign }: { canSign: boolean }) {
  const { t } = useTranslation();
  const petitions = usePetitions();
  const items = petitions.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="petitions-heading" data-testid="petitions">
      <h2 id="petitions-heading">{t('votes.petitions.title')}</h2>
      <p>{t('votes.petitions.intro')}</p>
      {canSign && <NewPetitionForm />}
      {petitions.isPending && <Loading label={t('votes.petitions.loading')} />}
      {petitions.isError && (
        <QueryError error={petitions.error} onRetry={() => void petitions.refetch()} />
      )}
      {petitions.isSuccess && items.length === 0 && (
        <p className="muted">{t('votes.petitions.none')}</p>
      )}
      {items.map((petition) => (
        <PetitionCard key={petition.id} petition={petition} canSign={canSign} />
      ))}
      {petitions.isSuccess && (petitions.hasNextPage || items.length > 0) && (
        <LoadMore
          shown={items.length}
          hasMore={petitions.hasNextPage}
          loading={petitions.isFetchingNextPage}
          onLoadMore={() => void petitions.fetchNextPage()}
        />
      )}
    </section>
  );
}
