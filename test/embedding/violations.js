// Loaded first: records every CSP or Trusted Types violation on the strict page.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.violatedDirective}: ${event.blockedURI || ''} ${event.sample || ''}`.trim());
});
