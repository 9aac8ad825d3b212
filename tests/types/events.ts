// The events on the global event maps: typed on the element, an ancestor, document and window.
import type {
  BackSpasmGuide,
  BackSpasmGuideAttributes,
  BackSpasmGuideProperties,
  BsgPlanShownDetail,
  Tier,
} from 'back-spasm-guide';

const guide: BackSpasmGuide = document.createElement('back-spasm-guide');
guide.addEventListener('bsg-plan-shown', (event) => {
  const detail: BsgPlanShownDetail = event.detail;
  const tier: Tier = detail.tier;
  console.log(tier, detail.phase, detail.stepIds.join());
});
document.addEventListener('bsg-screen-change', (event) => console.log(event.detail.screen));
window.addEventListener('bsg-emergency-shown', (event) => console.log(event.detail.findings));
document.body.addEventListener('bsg-plan-shown', (event) => {
  // @ts-expect-error: a tier is one of four names
  const wrong: 'somewhere-else' = event.detail.tier;
  console.log(wrong);
});
// @ts-expect-error: theme is 'light' | 'dark' | 'auto'
guide.theme = 'blue';

// The classic scripts' global.
import type {} from 'back-spasm-guide/classic';
console.log(window.BackSpasmGuide.TAG_NAME);

// The settings types, as a host passes them.
const settings: BackSpasmGuideAttributes = { lang: 'es', 'emergency-number': '112', theme: 'dark' };
const properties: BackSpasmGuideProperties = { emergencyNumber: '112', compact: true };
Object.assign(guide, properties);
for (const [name, value] of Object.entries(settings)) guide.setAttribute(name, String(value));
// @ts-expect-error: theme is 'light' | 'dark' | 'auto'
const wrongSettings: BackSpasmGuideAttributes = { theme: 'blue' };
console.log(wrongSettings);
