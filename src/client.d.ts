/**
 * recap-kit/client: the types of recap files imported through `recap-kit/vite` or
 * `recap-kit/webpack`, as `vite/client` types assets. Add `/// <reference types="recap-kit/client" />`
 * to a declaration file of the app (`src/vite-env.d.ts`, `next-env.d.ts`'s neighbour), or
 * `"types": ["recap-kit/client"]` to its tsconfig.json.
 *
 * With `resolveJsonModule` TypeScript types a `.json` import from the file itself, as the document
 * it holds. A `.recap.json` file then gets the parsed recap's type from a declaration beside it,
 * `kubecon.recap.d.json.ts`: `declare const recap: import("recap-kit").Recap; export default recap;`.
 */

declare module "*.recap.md" {
  /** The recap, parsed at build time: render it with `RecapArticle`, or pass its parts to components. */
  const recap: import("recap-kit").Recap;
  export default recap;
}

declare module "*.recap.json" {
  /** The recap, parsed at build time: render it with `RecapArticle`, or pass its parts to components. */
  const recap: import("recap-kit").Recap;
  export default recap;
}
