// Runs before any module script: records layout shifts from the start of the page.
window.benchShifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (!entry.hadRecentInput) window.benchShifts.push(entry.value);
  }
}).observe({ type: 'layout-shift', buffered: true });
