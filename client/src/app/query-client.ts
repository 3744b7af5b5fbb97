import { QueryCache, QueryClient } from '@tanstack/react-query';
import { authQueries } from '../features/auth/api';
import { ApiError } from '../lib/http';

const MAX_RETRIES = 2;

export function createQueryClient() {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // The session ended on the server (expired, or logged out elsewhere): ask again, and
        // RequireAuth sends the user to the login page.
        const isSession = query.queryKey[0] === authQueries.all()[0];
        if (error instanceof ApiError && error.status === 401 && !isSession) {
          void queryClient.invalidateQueries({ queryKey: authQueries.session().queryKey });
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx answer will not change on its own; only network trouble and 5xx are retried.
        retry: (failures, error) =>
          failures < MAX_RETRIES &&
          !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      },
    },
  });
  return queryClient;
}
