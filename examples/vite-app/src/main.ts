// What a portal that installed `loket-elements` from npm writes: import the widgets it uses (each
// import registers its element) and set the page-wide configuration once.
import 'loket-elements/service-finder.js';
import 'loket-elements/dossier-list.js';
import 'loket-elements/notification-bell.js';
import 'loket-elements/mandate-editor.js';
import { configure } from 'loket-elements';

// Paths of the portal's own origin, which its web server forwards to the Loket apps (deploy/nginx);
// examples/serve.mjs serves the fake Loket's apps there.
configure({ apiBase: '/loket-api', mandatesApiBase: '/lmb-api', subsidiesApiBase: '/subsidiepunt-api', contactApiBase: '/contactgegevens-api' });

// Events are typed on the widget (HTMLElementEventMap), so `event.detail` needs no cast here.
document.querySelector('loket-notification-bell')?.addEventListener('loket-unread-change', (event) => {
  document.title = event.detail.count ? `(${event.detail.count}) Een portaal` : 'Een portaal';
});
