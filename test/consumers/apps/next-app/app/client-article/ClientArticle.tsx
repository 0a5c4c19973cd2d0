"use client";

import { useEffect, useState } from "react";
import { parseRecap, RecapArticle } from "recap-kit";

// The whole recap as a Client Component: parsed and rendered on the server, hydrated in the browser.
export function ClientArticle({ recapJson }: { recapJson: unknown }) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <div data-hydrated={hydrated ? "" : undefined}>
      <RecapArticle recap={parseRecap(recapJson)} />
    </div>
  );
}
