import type { ComponentType } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { WebProviders } from './providers.js';

/** What the root config hands an application when it mounts it. */
export interface ApplicationProps {
  name: string;
  /** Where the application renders (the shell's application area). */
  domElement: () => HTMLElement;
}

/**
 * single-spa's lifecycles for a React application: mount renders it inside the shared providers into the
 * shell's application area, unmount takes it away.
 */
export function reactApplication(App: ComponentType) {
  let root: Root | undefined;
  return {
    bootstrap: async () => {},
    mount: async (props: ApplicationProps) => {
      root = createRoot(props.domElement());
      root.render(
        <WebProviders>
          <App />
        </WebProviders>,
      );
    },
    unmount: async () => {
      root?.unmount();
      root = undefined;
    },
  };
}
