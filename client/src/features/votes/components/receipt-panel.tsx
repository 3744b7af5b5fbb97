import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * The receipt, shown once right after the ballot is cast: the only way to find one's ballot in
 * the published list later. It takes focus so a screen reader reads it at once.
 */
export function ReceiptPanel({ receipt }: { receipt: string }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const codeRef = useRef<HTMLElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const labelId = useId();
  useEffect(() => headingRef.current?.focus(), []);

  const selectCode = () => {
    const code = codeRef.current;
    const selection = window.getSelection();
    if (!code || !selection) return;
    const range = document.createRange();
    range.selectNodeContents(code);
    selection.removeAllRanges();
    selection.addRange(range);
  };
  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(receipt);
      setCopy('copied');
    } catch {
      // No clipboard (an insecure page, or permission refused): select it for the voter instead.
      selectCode();
      setCopy('failed');
    }
  };

  return (
    <div className="notice notice-success receipt" data-testid="receipt">
      <h4 ref={headingRef} tabIndex={-1}>
        {t('votes.receipt.title')}
      </h4>
      <p className="receipt-label" id={labelId}>
        {t('votes.receipt.label')}
      </p>
      <p className="receipt-code-row">
        <code
          ref={codeRef}
          className="receipt-code"
          aria-labelledby={labelId}
          data-testid="receipt-code"
        >
          {/* On a narrow screen the code may wrap, but only between its groups. */}
          {receipt.split('-').map((group, i) => (
            <span key={i}>
              {i > 0 && '-'}
              {i > 0 && <wbr />}
              {group}
            </span>
          ))}
        </code>
        <button type="button" className="button button-secondary" onClick={() => void onCopy()}>
          {t('votes.receipt.copy')}
        </button>
      </p>
      <p role="status" className="receipt-copy-status">
        {copy === 'copied' && t('votes.receipt.copied')}
        {copy === 'failed' && t('votes.receipt.copyFailed')}
      </p>
      <p className="receipt-keep">{t('votes.receipt.keep')}</p>
    </div>
  );
}
