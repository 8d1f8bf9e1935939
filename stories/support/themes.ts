/** The theme toolbar in Storybook: the Flemish default and one municipality's house style. */
export const themes = {
  vlaanderen: { title: 'Vlaanderen (standaard)', properties: {} as Record<string, string> },
  aalst: {
    title: 'Gemeente Aalst',
    properties: {
      '--loket-color-accent': '#e30613',
      '--loket-color-action': '#b0000d',
      '--loket-color-action-hover': '#7d0009',
      '--loket-color-focus': '#ffcc00',
      '--loket-font-family': 'Georgia, "Times New Roman", serif',
      '--loket-radius': '0px',
    } as Record<string, string>,
  },
};
