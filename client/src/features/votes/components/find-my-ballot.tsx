import { useState, type FormEvent } from 'react';
import type { BallotChoices, Candidate, VoteResults } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { canHashReceipts, hashReceipt, normalizeReceipt } from '../lib/receipt';

type Lookup =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'found'; hash: string; choices: BallotChoices }
  | { kind: 'counted'; hash: string }
  | { kind: 'notFound'; hash: string }
  | { kind: 'failed' };

interface FindMyBallotProps {
  results: VoteResults;
  candidates: readonly Candidate[];
}

/**
 * The voter pastes their receipt; it is hashed here in the browser and looked up in the
 * published list, so the receipt itself never leaves the device.
 */
export function FindMyBallot({ results, candidates }: FindMyBallotProps) {
  const { t } = useTranslation();
  const [receipt, setReceipt] = useState('');
  const [missing, setMissing] = useState(false);
  const [lookup, setLookup] = useState<Lookup>({ kind: 'idle' });
  const supported = canHashReceipts();
  const name = (id: number) => candidates.find((c) => c.id === id)?.name ?? String(id);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = normalizeReceipt(receipt);
    setMissing(!code);
    if (!code) return;
    setLookup({ kind: 'checking' });
    try {
      const hash = await hashReceipt(code);
      const ballot = results.ballots?.find((b) => b.receiptHash === hash);
      if (ballot) setLookup({ kind: 'found', hash, choices: ballot.choices });
      else if (results.receiptHashes.includes(hash)) setLookup({ kind: 'counted', hash });
      else setLookup({ kind: 'notFound', hash });
    } catch {
      setLookup({ kind: 'failed' });
    }
  };

  return (
    <section aria-labelledby="find-ballot-heading" className="card find-ballot">
      <h2 id="find-ballot-heading">{t('votes.find.title')}</h2>
      {!results.ballotsPublished && (
        <p className="notice" data-testid="not-published">
          {t('votes.find.notPublished', { count: results.minimumForPublication })}
        </p>
      )}
      {!supported ? (
        <p className="notice notice-error">{t('votes.find.unsupported')}</p>
      ) : (
        <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
          <Field
            id="receipt-input"
            label={t('votes.find.label')}
            hint={t('votes.find.hint')}
            error={missing ? t('votes.find.empty') : undefined}
          >
            {(control) => (
              <input
                {...control}
                value={receipt}
                autoComplete="off"
                spellCheck={false}
                className="receipt-input"
                onChange={(e) => setReceipt(e.target.value)}
              />
            )}
          </Field>
          <div className="form-actions">
            <button type="submit" className="button" disabled={lookup.kind === 'checking'}>
              {t('votes.find.submit')}
            </button>
          </div>
        </form>
      )}
      <div role="status" data-testid="find-result">
        {lookup.kind === 'found' && (
          <div className="notice notice-success">
            <p className="notice-title">{t('votes.find.found')}</p>
            {'choice' in lookup.choices ? (
              <p className="found-choice">{t(`votes.choices.${lookup.choices.choice}`)}</p>
            ) : (
              <ol className="found-choice">
                {lookup.choices.ranking.map((id) => (
                  <li key={id}>{name(id)}</li>
                ))}
              </ol>
            )}
          </div>
        )}
        {lookup.kind === 'counted' && (
          <div className="notice notice-success">
            <p>{t('votes.find.counted')}</p>
          </div>
        )}
        {lookup.kind === 'notFound' && (
          <div className="notice notice-error">
            <p>{t('votes.find.notFound')}</p>
          </div>
        )}
        {lookup.kind === 'failed' && (
          <div className="notice notice-error">
            <p>{t('votes.find.failed')}</p>
          </div>
        )}
        {'hash' in lookup && (
          <p className="field-hint hash">
            {t('votes.find.hash')} <code>{lookup.hash}</code>
          </p>
        )}
      </div>
    </section>
  );
}
