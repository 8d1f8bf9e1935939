/**
 * How the element fetches its view chunk (view.ts): in an object of its own, so that a test can
 * make the chunk fail as it would offline. Not part of the widget's API.
 */
export type View = typeof import('./view.js');

export const viewChunk = {
  load: (): Promise<View> => import('./view.js'),
};
