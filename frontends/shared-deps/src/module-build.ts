import type { UserConfig } from 'vite';
import { SHARED_SPECIFIERS } from './libraries.js';
import { precompressed } from './precompressed.js';

/**
 * How every frontend (the shell, the shared client module, each application) is built: one ES module,
 * with the shared libraries left to the import map so that each loads once.
 */
export function frontendModuleBuild(options: {
  entry: string;
  fileName: string;
  outDir?: string;
}): UserConfig {
  return {
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: [precompressed()],
    build: {
      outDir: options.outDir ?? 'dist',
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry: options.entry, formats: ['es'], fileName: () => options.fileName },
      rolldownOptions: {
        external: [...SHARED_SPECIFIERS, '@cchc/web-shared'],
        // Library mode keeps whitespace in ES output for bundlers downstream; browsers get these as they are.
        output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
      },
    },
  };
}
