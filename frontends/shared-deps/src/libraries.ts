/**
 * The libraries every frontend shares, each built once into its own ES module and named in the import map.
 * `interop: 'commonjs'` marks packages that ship CommonJS only (React, dayjs): their entry re-exports the
 * names the package exports, read when the bundle is built.
 */
export interface SharedLibrary {
  /** The bare specifier applications import (and leave out of their bundles). */
  specifier: string;
  /** Where the import map points: `<shared-deps URL>/<file>`. */
  file: string;
  interop: 'esm' | 'commonjs';
  /** ES packages whose default export is part of their API. */
  hasDefault?: boolean;
  /** Modules imported along with the library for their side effects (e.g. dayjs' Vietnamese locale). */
  with?: string[];
  /** Where the code comes from, when it is not the specifier itself. */
  source?: string;
}

export const SHARED_LIBRARIES: SharedLibrary[] = [
  { specifier: 'react', file: 'react.js', interop: 'commonjs' },
  { specifier: 'react/jsx-runtime', file: 'react-jsx-runtime.js', interop: 'commonjs' },
  { specifier: 'react-dom', file: 'react-dom.js', interop: 'commonjs' },
  { specifier: 'react-dom/client', file: 'react-dom-client.js', interop: 'commonjs' },
  { specifier: 'graphql', file: 'graphql.js', interop: 'esm' },
  { specifier: '@apollo/client', file: 'apollo-client.js', interop: 'esm' },
  { specifier: '@apollo/client/react', file: 'apollo-client-react.js', interop: 'esm' },
  { specifier: '@apollo/client/link/error', file: 'apollo-client-link-error.js', interop: 'esm' },
  {
    specifier: '@apollo/client/link/persisted-queries',
    file: 'apollo-client-link-persisted-queries.js',
    interop: 'esm',
  },
  { specifier: 'single-spa', file: 'single-spa.js', interop: 'esm' },
  { specifier: 'antd', file: 'antd.js', interop: 'esm' },
  {
    specifier: 'antd/locale/vi_VN',
    file: 'antd-locale-vi_VN.js',
    interop: 'esm',
    hasDefault: true,
    source: 'antd/es/locale/vi_VN',
  },
  {
    specifier: 'antd/locale/en_US',
    file: 'antd-locale-en_US.js',
    interop: 'esm',
    hasDefault: true,
    source: 'antd/es/locale/en_US',
  },
  { specifier: 'i18next', file: 'i18next.js', interop: 'esm', hasDefault: true },
  { specifier: 'react-i18next', file: 'react-i18next.js', interop: 'esm' },
  { specifier: 'dayjs', file: 'dayjs.js', interop: 'commonjs', with: ['dayjs/locale/vi'] },
  // ECharts' core with only the charts and components the applications draw (web/charts.ts).
  { specifier: '@cchc/shared-deps/charts', file: 'charts.js', interop: 'esm' },
  // Spreadsheets written in the browser; applications import it when a user asks for a file.
  {
    specifier: 'write-excel-file/browser',
    file: 'write-excel-file.js',
    interop: 'esm',
    hasDefault: true,
  },
];

/** Every specifier the import map resolves; applications mark them external. */
export const SHARED_SPECIFIERS = SHARED_LIBRARIES.map((library) => library.specifier);
