import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCreateWorkplaceMutation } from '../api/workplaces';
import { workspacePaths } from '../paths';
import { emptyWorkplace, toWorkplaceBody, WorkplaceForm } from './workplace-form';

/** "Add a workplace", folded away until needed; after adding, the form empties for the next one. */
export function AddWorkplaceForm({ chapterId }: { chapterId: number }) {
  const { t } = useTranslation();
  const create = useCreateWorkplaceMutation(chapterId);
  // A new key empties the form after each workplace added.
  const [formKey, setFormKey] = useState(0);
  const added = create.data;

  return (
    <details className="card disclosure">
      <summary>{t('workspace.workplaces.add')}</summary>
      {added && (
        <div className="notice" role="status">
          <p>
            {t('workspace.workplaces.added', { employer: added.employer })}{' '}
            <Link to={workspacePaths.workplace(added.id)}>{t('workspace.workplaces.open')}</Link>
          </p>
        </div>
      )}
      <WorkplaceForm
        key={formKey}
        idPrefix="new-workplace"
        initial={emptyWorkplace}
        submitLabel={t('workspace.workplaces.addSubmit')}
        pending={create.isPending}
        error={create.error}
        onSubmit={(values) =>
          create.mutate(toWorkplaceBody(values), { onSuccess: () => setFormKey((k) => k + 1) })
        }
      />
    </details>
  );
}
