// React 19 in a .tsx file: <back-spasm-guide> with typed attributes, property and events.
import type {} from 'back-spasm-guide/react';
import type { BsgPlanShownDetail } from 'back-spasm-guide';

export function Article({ onPlan }: { onPlan: (detail: BsgPlanShownDetail) => void }) {
  return (
    <article>
      <back-spasm-guide
        lang="es-MX"
        emergency-number="112"
        theme="dark"
        compact
        onbsg-plan-shown={(event) => onPlan(event.detail)}
        onbsg-emergency-shown={(event) => console.log(event.detail.findings.length)}
      />
      {/* @ts-expect-error: "blue" is not a theme */}
      <back-spasm-guide theme="blue" />
      {/* @ts-expect-error: the event's detail has no free text */}
      <back-spasm-guide onbsg-plan-shown={(event) => event.detail.text} />
    </article>
  );
}
