import { precompressed, SHARED_SPECIFIERS } from '@cchc/shared-deps';
import { defineConfig, type Plugin } from 'vite';
import { APPLICATIONS, importMap } from './src/frontends.ts';

/** Writes the import map into index.html, where import-map-overrides.js reads it. */
function importMapInHtml(): Plugin {
  return {
    name: 'cchc-import-map',
    transformIndexHtml: (html) =>
      html.replace(
        '<!-- cchc:import-map -->',
        `<script type="application/json" id="cchc-import-map">${JSON.stringify(importMap(), null, 2)}</script>`,
      ),
  };
}

/** The shell: index.html and its module; the libraries, the shared module and the applications come by URL. */
export default defineConfig({
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  plugins: [importMapInHtml(), precompressed()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      external: [...SHARED_SPECIFIERS, '@cchc/web-shared', ...APPLICATIONS.map((app) => app.specifier)],
    },
  },
});
