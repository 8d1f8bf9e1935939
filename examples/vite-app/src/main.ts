// What a portal that installed `loket-elements` from npm writes: import the widgets it uses (each
// import registers its element) and set the page-wide configuration once.
import 'loket-elements/service-finder.js';
import 'loket-elements/dossier-list.js';
import 'loket-elements/notification-bell.js';
import 'loket-elements/mandate-editor.js';
import { configure } from 'loket-elements';

// The fake Loket that examples/serve.mjs mounts on the same origin; a portal names the real API root.
configure({ apiBase: '/api' });

// Events are typed on the widget (HTMLElementEventMap), so `event.detail` needs no cast here.
document.querySelector('loket-notification-bell')?.addEventListener('loket-unread-change', (event) => {
  document.title = event.detail.count ? `(${event.detail.count}) Een portaal` : 'Een portaal';
});
