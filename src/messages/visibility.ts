/** Whether the user can see this tab; injectable so tests can hide and show tabs at will. */
export interface VisibilitySource {
  readonly visible: boolean;
  subscribe(listener: () => void): () => void;
}

export function documentVisibility(doc: Document = document): VisibilitySource {
  return {
    get visible() {
      return doc.visibilityState !== 'hidden';
    },
    subscribe(listener) {
      doc.addEventListener('visibilitychange', listener);
      return () => doc.removeEventListener('visibilitychange', listener);
    },
  };
}
