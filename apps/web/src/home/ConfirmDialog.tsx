import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../i18n';

/** Props of `ConfirmDialog`. */
export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  /** The confirming button's text ("Move to trash"). */
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
  testId?: string;
}

/**
 * A modal question before a destructive action: a native `<dialog>` (focus stays inside, Escape
 * cancels) whose focus starts on Cancel, so Enter alone never destroys anything. Closing it gives
 * focus back to the control that opened it.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  testId,
}: ConfirmDialogProps) {
  const t = useT();
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    cancelRef.current?.focus();
    // Back to the button that opened it (if it is still there: a deleted map's row is not).
    return () => {
      requestAnimationFrame(() => {
        if (opener?.isConnected) opener.focus();
      });
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="dialog confirm-dialog"
      aria-labelledby={titleId}
      data-testid={testId}
      onClose={onCancel}
    >
      <div className="dialog-form">
        <h2 id={titleId}>{title}</h2>
        <div className="confirm-body">{children}</div>
        <footer className="dialog-actions">
          <button
            type="button"
            className="btn"
            ref={cancelRef}
            data-testid="confirm-cancel"
            onClick={onCancel}
          >
            {t('common.cancel')}
          </button>
          <button type="button" className="btn danger" data-testid="confirm-yes" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </footer>
      </div>
    </dialog>
  );
}
