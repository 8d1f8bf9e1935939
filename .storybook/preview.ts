import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json';
import { themes } from '../stories/support/themes.js';

// Autodocs (attributes, properties, events, parts, CSS properties) come from custom-elements.json.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Taal van de widgets',
      toolbar: {
        title: 'Taal',
        icon: 'globe',
        items: [
          { value: 'nl', title: 'Nederlands' },
          { value: 'fr', title: 'Français' },
          { value: 'de', title: 'Deutsch' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Huisstijl',
      toolbar: {
        title: 'Huisstijl',
        icon: 'paintbrush',
        items: Object.entries(themes).map(([value, theme]) => ({ value, title: theme.title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'nl', theme: 'vlaanderen' },
  decorators: [
    (story, context) => {
      const theme = themes[context.globals.theme as keyof typeof themes] ?? themes.vlaanderen;
      return html`<div lang=${context.globals.locale ?? 'nl'} style=${styleMap(theme.properties)}>${story()}</div>`;
    },
  ],
  parameters: {
    a11y: { test: 'error', options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } } },
    controls: { expanded: true },
  },
};

export default preview;
