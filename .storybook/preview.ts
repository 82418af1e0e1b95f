import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../packages/micropath/custom-elements.json';
import {
  localeGlobalTypes,
  localeInitialGlobals,
  withLocale,
} from '../stories/support/locale-toolbar.ts';

// Controls and docs come from the same JSDoc as the manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  // The toolbar's Language and Direction menus apply to every story.
  globalTypes: localeGlobalTypes,
  initialGlobals: localeInitialGlobals,
  decorators: [withLocale],
  parameters: {
    controls: { expanded: true },
    // Axe violations fail the story's a11y panel instead of only warning.
    a11y: { test: 'error' },
  },
};

export default preview;
