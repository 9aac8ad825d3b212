// Solid in a .tsx file.
import type {} from 'back-spasm-guide/solid-js';

export function Article() {
  return (
    <article>
      <back-spasm-guide lang="fr" theme="light" on:bsg-plan-shown={(event) => event.detail.tier} />
      {/* @ts-expect-error: "blue" is not a theme */}
      <back-spasm-guide theme="blue" />
    </article>
  );
}
