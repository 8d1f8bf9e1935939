// The host page's own script: a language switch and a log of what the widgets report.
// Kept outside the HTML so the page also runs under a strict Content Security Policy.
const langSwitch = document.getElementById('lang-switch');
langSwitch.value = document.documentElement.lang;
langSwitch.addEventListener('change', () => {
  document.documentElement.lang = langSwitch.value;
});

const log = document.getElementById('event-log');
const names = [
  'loket-service-select',
  'loket-dossier-select',
  'loket-unread-change',
  'loket-message-select',
  'loket-mandate-save',
  'loket-deadline',
  'loket-correction-request',
  'loket-preference-save',
  'loket-error',
];
for (const name of names) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    const summary = summarise(event.detail);
    item.textContent = `${new Date().toLocaleTimeString('nl-BE')} — ${name}${summary ? `: ${summary}` : ''}`;
    log.prepend(item);
    while (log.children.length > 8) log.lastElementChild.remove();
  });
}

function summarise(detail) {
  if (!detail || typeof detail !== 'object') return '';
  if (detail.error) return detail.error.message ?? String(detail.error);
  if ('count' in detail) return `${detail.count} ongelezen`;
  if ('deadlines' in detail) return detail.deadline ? `${detail.deadlines.length} open, eerst: ${detail.deadline.conversation.subject ?? ''}` : 'geen open reactietermijn';
  if ('proposedValue' in detail) return `${detail.label}: ${detail.oldValue} → ${detail.proposedValue}`;
  if ('wilMailOntvangen' in detail) return detail.wilMailOntvangen ? `e-mail naar ${detail.mailAdres}` : 'geen e-mail';
  const item = detail.service ?? detail.dossier ?? detail.conversation ?? detail.mandataris;
  return item?.name ?? item?.title ?? item?.subject ?? item?.id ?? '';
}
