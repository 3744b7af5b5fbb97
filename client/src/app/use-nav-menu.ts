import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * The header's menu where a narrow screen folds it behind a button (styles.css decides when;
 * on a wide screen the menu is always shown and the button is not). Escape or a press outside
 * the header closes it, and so does moving to another page.
 */
export function useNavMenu() {
  const location = useLocation();
  // Opened at one location: any navigation (a link, Back) closes it, with no effect to run.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === location.key;
  const headerRef = useRef<HTMLElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // Focus inside the menu would be left on a hidden link: it goes back to the button.
      const hadFocus = menuRef.current?.contains(document.activeElement) ?? false;
      setOpenAt(null);
      if (hadFocus) buttonRef.current?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!headerRef.current?.contains(event.target as Node)) setOpenAt(null);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  return {
    open,
    headerRef,
    buttonRef,
    menuRef,
    toggle: () => setOpenAt(open ? null : location.key),
    /**
     * A link in the open menu was followed: the menu closes (also for the page already shown),
     * and focus moves to the page's content rather than staying on a link that is now hidden.
     */
    followed: () => {
      if (!open) return;
      setOpenAt(null);
      document.getElementById('main')?.focus();
    },
  };
}
