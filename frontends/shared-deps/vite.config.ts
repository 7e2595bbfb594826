import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vite';
import { SHARED_LIBRARIES, type SharedLibrary } from './src/libraries.ts';
import { precompressed } from './src/precompressed.ts';

const require = createRequire(import.meta.url);
const ENTRY_PREFIX = 'shared-entry:';
const isIdentifier = (name: string) => /^[A-Za-z_$][\w$]*$/.test(name);

/** An entry that re-exports one library; CommonJS packages get their export names listed, read from Node. */
function entrySource(library: SharedLibrary): string {
  const source = library.source ?? library.specifier;
  const sideEffects = (library.with ?? []).map((module) => `import '${module}';`);
  if (library.interop === 'esm') {
    const reexportDefault = library.hasDefault ? [`export { default } from '${source}';`] : [];
    return [...sideEffects, `export * from '${source}';`, ...reexportDefault].join('\n');
  }
  const names = Object.keys(require(source) as object).filter(
    (name) => name !== 'default' && isIdentifier(name),
  );
  return [
    `import library from '${source}';`,
    ...sideEffects,
    'export default library;',
    names.length ? `export const { ${names.join(', ')} } = library;` : '',
  ].join('\n');
}

function sharedEntries(): Plugin {
  const bySpecifier = new Map(SHARED_LIBRARIES.map((library) => [library.specifier, library]));
  return {
    name: 'cchc-shared-entries',
    // Library mode resolves entries against the root folder: the prefix may come after a path.
    resolveId: (id) => (id.includes(ENTRY_PREFIX) ? `\0${id.slice(id.indexOf(ENTRY_PREFIX))}` : null),
    load: (id) =>
      id.startsWith(`\0${ENTRY_PREFIX}`)
        ? entrySource(bySpecifier.get(id.slice(ENTRY_PREFIX.length + 1))!)
        : null,
  };
}

/**
 * One build of every shared library, so that code they have in common (React's internals under react-dom,
 * rxjs under Apollo Client, dayjs under Ant Design's date pickers) lands in shared chunks, loaded once.
 */
export default defineConfig({
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  plugins: [sharedEntries(), precompressed()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    target: 'es2022',
    lib: {
      entry: Object.fromEntries(
        SHARED_LIBRARIES.map((library) => [
          library.file.replace(/\.js$/, ''),
          `${ENTRY_PREFIX}${library.specifier}`,
        ]),
      ),
      formats: ['es'],
    },
    rolldownOptions: {
      // Ant Design marks its modules "use client" for React Server Components, which mean nothing here.
      onwarn: (warning, warn) => warning.code !== 'MODULE_LEVEL_DIRECTIVE' && warn(warning),
      // Library mode keeps whitespace in ES output for bundlers downstream; these modules go to browsers as they are.
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
    },
  },
});
