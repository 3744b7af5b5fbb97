import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../lib/http';

// The shapes of the account routes (server/src/auth/account.schemas.ts), kept here until they
// move into @shopfloor/shared.
export interface TwoFactorState {
  enabled: boolean;
  required: boolean;
  /** A secret was issued and waits for its first code. */
  pending: boolean;
}

export interface AccountSession {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  userAgent: string | null;
  current: boolean;
}

export interface TwoFactorSetup {
  secret: string;
  otpauthUrl: string;
  qrSvg: string;
}

export const accountQueries = {
  all: () => ['account'] as const,
  twoFactor: () =>
    queryOptions({
      queryKey: [...accountQueries.all(), 'two-factor'] as const,
      queryFn: () => http.get<TwoFactorState>('/api/auth/2fa'),
    }),
  sessions: () =>
    queryOptions({
      queryKey: [...accountQueries.all(), 'sessions'] as const,
      queryFn: () => http.get<AccountSession[]>('/api/auth/sessions'),
    }),
};

// The session query (['auth', 'session']) carries the two-factor state the router acts on; it
// belongs to the auth feature, so it is named by its key rather than imported.
const SESSION_KEY = ['auth'] as const;

export function useTwoFactorState() {
  return useQuery(accountQueries.twoFactor());
}

export function useAccountSessions() {
  return useQuery(accountQueries.sessions());
}

/** Changes the password; the server ends the other sessions and sends this one's new token. */
export function useChangePasswordMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      http.post<{ csrfToken: string }>('/api/auth/password', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountQueries.all() }),
  });
}

export function useEndSessionMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      http.delete<{ ok: true }>(`/api/auth/sessions/${encodeURIComponent(id)}`),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: accountQueries.sessions().queryKey }),
  });
}

export function useTwoFactorSetupMutation() {
  return useMutation({
    mutationFn: () => http.post<TwoFactorSetup>('/api/auth/2fa/setup'),
  });
}

export function useEnableTwoFactorMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      http.post<{ csrfToken: string }>('/api/auth/2fa/enable', { code }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      await queryClient.invalidateQueries({ queryKey: accountQueries.all() });
    },
  });
}

export function useDisableTwoFactorMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { code: string; password: string }) =>
      http.post<{ ok: true }>('/api/auth/2fa/disable', body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      await queryClient.invalidateQueries({ queryKey: accountQueries.all() });
    },
  });
}
