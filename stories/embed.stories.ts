import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import './support/embed-builder.js';

/**
 * For webmasters: choose a widget and its settings, then copy the code into your page or CMS block.
 * The options and their explanations come from the widgets' own documentation (custom-elements.json).
 */
const meta: Meta = {
  title: 'Embed',
  tags: ['!autodocs'],
  render: () => html`<loket-embed-builder .manifest=${manifest}></loket-embed-builder>`,
};
export default meta;

export const Embed: StoryObj = {};
