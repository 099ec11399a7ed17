// Loaded first by the strict host page (inline scripts are forbidden there).
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
});
