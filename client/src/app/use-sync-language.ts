import { useEffect } from 'react';
import { useSession } from '../features/auth/api';
import { applyLanguage } from '../i18n';

/** Once logged in, the interface speaks the language saved on the user's account. */
export function useSyncLanguage() {
  const { data } = useSession();
  const saved = data?.user.language;
  useEffect(() => {
    if (saved) void applyLanguage(saved);
  }, [saved]);
}
