import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useLocale } from '../i18n';
import { useInnerTabIndex } from './grid-focus';
import './popover.css';

/** Props of `Popover`. */
export interface PopoverProps {
  /** Content of the trigger button. */
  trigger: ReactNode;
  /** Accessible name of the trigger button (and of the panel). */
  label: string;
  /**
   * The trigger shows its name as visible text (a labelled button), so its accessible name comes
   * from that text and `label` is only the tooltip and the panel's name.
   */
  labelFromContent?: boolean;
  children: (close: () => void) => ReactNode;
  className?: string;
  triggerClassName?: string;
  testId?: string;
}

/** Open popovers, innermost last: Escape closes only the innermost one. */
const openStack: string[] = [];

/**
 * A button that opens a small floating panel below it. Escape closes the innermost open panel
 * wherever focus is (inside a field, on the page body after a click on the panel's background);
 * a click outside closes it too, and focus returns to the button. The panel is positioned with
 * logical properties and written in the UI's direction, even inside a map of the other direction.
 */
export function Popover(props: PopoverProps) {
  const { trigger, label, labelFromContent, children, className, triggerClassName, testId } = props;
  const { dir } = useLocale();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const tabIndex = useInnerTabIndex();

  useEffect(() => {
    if (!open) return undefined;
    openStack.push(panelId);
    const handlePointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || openStack[openStack.length - 1] !== panelId) return;
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', handlePointerDown);
    document.addEventListener('keydown', handleKeyDown, true);
    return () => {
      openStack.splice(openStack.lastIndexOf(panelId), 1);
      document.removeEventListener('pointerdown', handlePointerDown);
      document.removeEventListener('keydown', handleKeyDown, true);
    };
  }, [open, panelId]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div className="popover-root" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className={triggerClassName ?? 'icon-btn'}
        aria-label={labelFromContent ? undefined : label}
        title={label}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        data-testid={testId}
        tabIndex={tabIndex}
        onClick={(event) => {
          event.stopPropagation();
          setOpen((o) => !o);
        }}
      >
        {trigger}
      </button>
      {open && (
        <div id={panelId} className={`popover ${className ?? ''}`} role="dialog" aria-label={label} dir={dir}>
          {children(close)}
        </div>
      )}
    </div>
  );
}
