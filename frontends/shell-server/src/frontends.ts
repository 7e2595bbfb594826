/**
 * The deployment table: where each frontend's build lies under `frontends/` and the URL it is served at. The server
 * serves these folders; the shell (root-config) builds its import map and routes from the same table.
 */

/** A deployable served by the shell's server: its URL prefix and where its build lies under `frontends/`. */
export interface ServedFrontend {
  urlPrefix: string;
  buildDir: string;
}

/** An application the root config mounts on a route, loaded by its specifier through the import map. */
export interface Application extends ServedFrontend {
  specifier: string;
  route: string;
  file: string;
}

/** Every application; adding one is a line here (and its own package under `frontends/`). */
export const APPLICATIONS: Application[] = [
  {
    specifier: '@cchc/planning',
    route: '/planning',
    urlPrefix: '/apps/planning/',
    buildDir: 'planning/dist',
    file: 'planning.js',
  },
  {
    specifier: '@cchc/findings',
    route: '/findings',
    urlPrefix: '/apps/findings/',
    buildDir: 'findings/dist',
    file: 'findings.js',
  },
  {
    specifier: '@cchc/reporting',
    route: '/reporting',
    urlPrefix: '/apps/reporting/',
    buildDir: 'reporting/dist',
    file: 'reporting.js',
  },
];

export const SHARED_DEPS: ServedFrontend = { urlPrefix: '/shared-deps/', buildDir: 'shared-deps/dist/web' };
export const WEB_SHARED: ServedFrontend & { file: string } = {
  urlPrefix: '/web-shared/',
  buildDir: 'shared/dist',
  file: 'web-shared.js',
};
export const SHELL: ServedFrontend = { urlPrefix: '/', buildDir: 'root-config/dist/web' };
