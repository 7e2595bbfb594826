import { addMessages, reactApplication } from '@cchc/web-shared';
import { ChoicesProvider } from './choices.js';
import { reportingMessages } from './messages.js';
import { ReportingApp } from './reporting-app.js';

addMessages('reporting', reportingMessages);

/** single-spa's lifecycles: the root config mounts this application on /reporting. */
export const { bootstrap, mount, unmount } = reactApplication(() => (
  <ChoicesProvider>
    <ReportingApp />
  </ChoicesProvider>
));
