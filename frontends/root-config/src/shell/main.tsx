import { addMessages, session, WebProviders } from '@cchc/web-shared';
import { createRoot } from 'react-dom/client';
import { registerApplication } from 'single-spa';
import { adminMessages } from '../admin/messages.js';
import { APPLICATIONS } from '../frontends.js';
import { APPLICATION_AREA_ID, Shell } from './shell.js';

addMessages('admin', adminMessages);

// Applications mount only for a logged-in user, into the shell's application area.
for (const app of APPLICATIONS) {
  registerApplication({
    name: app.specifier,
    app: () => import(/* @vite-ignore */ app.specifier),
    activeWhen: (location) =>
      session.getState().token !== null &&
      (location.pathname === app.route || location.pathname.startsWith(`${app.route}/`)),
    customProps: { domElement: () => document.getElementById(APPLICATION_AREA_ID)! },
  });
}

createRoot(document.getElementById('shell')!).render(
  <WebProviders>
    <Shell />
  </WebProviders>,
);
