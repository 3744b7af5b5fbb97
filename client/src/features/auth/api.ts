import {
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { Language, LoginBody, SessionResponse } from '@shopfloor/shared';
import { ApiError, http } from '../../lib/http';

/** The session with its two-factor state: required and not enabled means enrolment only. */
export type Session = SessionResponse & { twoFactor?: { enabled: boolean; required: boolean } };

export const needsTwoFactorEnrolment = (session: Session | null | undefined): boolean =>
  Boolean(session?.twoFactor?.required && !session.twoFactor.enabled);

export const authQueries = {
  all: () => ['auth'] as const,
  session: () =>
    queryOptions({
      queryKey: [...authQueries.all(), 'session'] as const,
      // Not being logged in is an answer, not an error: the login page renders from it.
      queryFn: async (): Promise<Session | null> => {
        try {
          return await http.get<Session>('/api/auth/session');
        } catch (error) {
          if (error instanceof ApiError && error.status === 401) return null;
          throw error;
        }
      },
      staleTime: 60_000,
    }),
};

export function useSession() {
  return useQuery(authQueries.session());
}

/** The logged-in user, for components rendered only inside RequireAuth. */
export function useCurrentUser() {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentUser is used outside RequireAuth');
  return data.user;
}

export function useLoginMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody & { code?: string }) =>
      http.post<Session>('/api/auth/login', body),
    onSuccess: async (session) => {
      // Whatever was cached belonged to whoever used this browser before.
      forgetEverythingButSession(queryClient);
      queryClient.setQueryData(authQueries.session().queryKey, session);
      await queryClient.invalidateQueries({ queryKey: authQueries.session().queryKey });
    },
  });
}

export function useLogoutMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await http.post<{ ok: true }>('/api/auth/logout');
      } catch (error) {
        // A session that already ended on the server is as logged out as it gets.
        if (!(error instanceof ApiError && error.status === 401)) throw error;
      }
    },
    onSuccess: async () => {
      queryClient.setQueryData(authQueries.session().queryKey, null);
      forgetEverythingButSession(queryClient);
      // Fetches the anonymous CSRF token the next login will need.
      await queryClient.invalidateQueries({ queryKey: authQueries.session().queryKey });
    },
  });
}

/**
 * Saves the user's language. The cached session changes at once, so the interface (which follows
 * it) switches before the answer comes, and switches back if saving fails.
 */
export function useLanguageMutation() {
  const queryClient = useQueryClient();
  const key = authQueries.session().queryKey;
  return useMutation({
    mutationFn: (language: Language) =>
      http.patch<{ ok: true }>('/api/auth/session/language', { language }),
    onMutate: async (language) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData(key);
      if (previous) {
        const next: SessionResponse = { ...previous, user: { ...previous.user, language } };
        queryClient.setQueryData(key, next);
      }
      return { previous };
    },
    onError: (_error, _language, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

function forgetEverythingButSession(queryClient: QueryClient) {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== authQueries.all()[0] });
}
