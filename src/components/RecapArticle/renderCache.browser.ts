// `#render-cache` in a browser build (package.json's "imports"): a page renders its recap once,
// so nothing is kept or flattened (renderCache.tsx does that on a server), and none of that code
// is in the reader's download.
import type { ReactNode } from "react";
import type { Recap } from "../../model/parsed.js";

/** The article as `render` makes it, every time. */
export function keptArticle(_recap: Recap, _props: object, render: () => ReactNode): ReactNode {
  return render();
}
