// Counts Content-Security-Policy violations on the strict-CSP demo page and shows the count.
let violations = 0;
document.addEventListener('securitypolicyviolation', (event) => {
  violations += 1;
  console.error('CSP violation:', event.violatedDirective, event.blockedURI);
  const counter = document.getElementById('violations');
  if (counter) counter.textContent = String(violations);
});
