// A React app using the @lit/react wrappers: props set the widgets' properties, `onLoket…` props
// receive their events, and React state shows what the widgets reported.
import { useState } from 'react';
import {
  LoketDossierList,
  LoketMandateEditor,
  LoketNotificationBell,
  LoketProvider,
  LoketServiceFinder,
} from 'loket-elements/react';

export function App() {
  const [unread, setUnread] = useState<number | undefined>(undefined);
  const [chosenService, setChosenService] = useState<string | undefined>(undefined);

  return (
    // Paths of the app's own origin, which its web server forwards to the Loket apps (deploy/nginx);
    // examples/serve.mjs serves the fake Loket's apps there.
    <LoketProvider apiBase="/loket-api" mandatesApiBase="/lmb-api" subsidiesApiBase="/subsidiepunt-api" contactApiBase="/contactgegevens-api">
      <header>
        <strong>Een React-portaal</strong>{' '}
        <LoketNotificationBell onLoketUnreadChange={(event) => setUnread(event.detail.count)} />
        <p id="unread-summary" aria-live="polite">
          {unread === undefined ? 'Berichten worden geteld…' : `Ongelezen berichten: ${unread}`}
        </p>
      </header>
      <main>
        <h2>Diensten zoeken</h2>
        <LoketServiceFinder
          onLoketServiceSelect={(event) => {
            // The app routes itself instead of letting the widget leave the page.
            event.preventDefault();
            setChosenService(event.detail.service.name);
          }}
        />
        <p id="chosen-service">{chosenService ? `Gekozen dienst: ${chosenService}` : 'Nog geen dienst gekozen.'}</p>
        <h2>Onze dossiers</h2>
        <LoketDossierList />
        <h2>Mandatarissen</h2>
        <LoketMandateEditor />
      </main>
    </LoketProvider>
  );
}
