import { SHARED_LIBRARIES } from '@cchc/shared-deps';
import { APPLICATIONS, SHARED_DEPS, WEB_SHARED } from '@cchc/shell-server/frontends';

// The deployment table lives with the server that serves it; the shell mounts and maps the same applications.
export { APPLICATIONS };

/** The import map: each shared library, the shared client module and each application by URL. */
export function importMap(): { imports: Record<string, string> } {
  return {
    imports: {
      ...Object.fromEntries(
        SHARED_LIBRARIES.map((library) => [library.specifier, `${SHARED_DEPS.urlPrefix}${library.file}`]),
      ),
      '@cchc/web-shared': `${WEB_SHARED.urlPrefix}${WEB_SHARED.file}`,
      ...Object.fromEntries(APPLICATIONS.map((app) => [app.specifier, `${app.urlPrefix}${app.file}`])),
    },
  };
}
