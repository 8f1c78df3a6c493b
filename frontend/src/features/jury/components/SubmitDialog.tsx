import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export type SubmitRow = { code: string; label: string; value: string };

/**
 * The last look before the irreversible submit: each criterion's answer and the total. A modal
 * dialog: focus moves to "Revenir à la grille" (the harmless choice), stays inside while it is open
 * (Tab cycles, Escape goes back) and returns to the button that opened it.
 */
export function SubmitDialog({ rows, total, pending, onConfirm, onCancel }: {
  rows: SubmitRow[]; total: string; pending: boolean; onConfirm: () => void; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDivElement>(null);
  const back = useRef<HTMLButtonElement>(null);

  useLayoutEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    back.current?.focus();
    return () => opener?.focus();
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
      return;
    }
    if (e.key !== 'Tab' || !dialog.current) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>('button:not(:disabled)')];
    if (focusable.length === 0) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="dialog-backdrop">
      <div ref={dialog} className="dialog" role="dialog" aria-modal="true" aria-labelledby="submit-dialog-title"
        aria-describedby="submit-dialog-text" onKeyDown={onKeyDown}>
        <h2 id="submit-dialog-title">{t('jury.confirmTitle')}</h2>
        <p id="submit-dialog-text">{t('jury.confirmText')}</p>
        <div className="table-wrap">
          <table>
            <thead><tr><th scope="col">{t('jury.criterion')}</th><th scope="col">{t('jury.answer')}</th></tr></thead>
            <tbody>
              {rows.map((r) => <tr key={r.code}><th scope="row">{r.label}</th><td>{r.value}</td></tr>)}
            </tbody>
            <tfoot><tr><th scope="row">{t('jury.total')}</th><td>{total}</td></tr></tfoot>
          </table>
        </div>
        <div className="button-row">
          <button type="button" onClick={onConfirm} disabled={pending}>{t('jury.confirmSubmit')}</button>
          <button type="button" className="secondary" ref={back} onClick={onCancel}>{t('jury.backToGrid')}</button>
        </div>
      </div>
    </div>
  );
}
