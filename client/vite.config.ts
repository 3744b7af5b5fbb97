import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  server: {
    // The API runs on its own port in development; in production one server serves both.
    proxy: { '/api': 'http://localhost:8080' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Leaflet in a chunk of its own, named so, fetched only by the lazy map pages. Its
        // dependencies (React) stay where they are: pulled in here, the first page would need it.
        codeSplitting: {
          groups: [
            {
              name: 'leaflet',
              test: /node_modules[\\/](leaflet|react-leaflet|@react-leaflet)[\\/]/,
              includeDependenciesRecursively: false,
            },
            // What the first page needs, in one file rather than a dozen: over HTTP/1.1 a phone
            // fetches six files at a time, and each further one costs a round trip.
            { name: 'app', tags: ['$initial'] },
            // The small helpers that several pages share, likewise in one file…
            {
              name: 'common',
              test: /client[\\/]src[\\/](components[\\/]ui|lib|i18n[\\/]format)[\\/.]/,
              minShareCount: 2,
              includeDependenciesRecursively: false,
            },
            // …and those a feature's pages share (its API hooks, forms, paths), one file a feature.
            {
              name: (id) => {
                const feature = /client[\\/]src[\\/]features[\\/]([\w-]+)[\\/]/.exec(id)?.[1];
                return feature && !/-page\.tsx$/.test(id) ? `${feature}-shared` : null;
              },
              minShareCount: 2,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
});
