import { addMessages, reactApplication } from '@cchc/web-shared';
import { planningMessages } from './messages.js';
import { PlanningApp } from './planning-app.js';

addMessages('planning', planningMessages);

/** single-spa's lifecycles: the root config mounts this application on /planning. */
export const { bootstrap, mount, unmount } = reactApplication(PlanningApp);
