import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../packages/micropath/custom-elements.json';

// Controls and docs come from the same JSDoc as the manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    // Axe violations fail the story's a11y panel instead of only warning.
    a11y: { test: 'error' },
  },
};

export default preview;
