import { addMessages, reactApplication } from '@cchc/web-shared';
import { FindingsApp } from './findings-app.js';
import { findingsMessages } from './messages.js';

addMessages('findings', findingsMessages);

/** single-spa's lifecycles: the root config mounts this application on /findings. */
export const { bootstrap, mount, unmount } = reactApplication(FindingsApp);
