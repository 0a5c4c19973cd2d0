"use client";

import { useEffect, useState } from "react";
import { type Recap, RecapArticle } from "recap-kit";

// The whole recap in a Client Component: parsed at build time and passed by the Server Component (the
// recap is plain data that crosses to the client as it is), rendered and hydrated without parsing again.
export function ClientArticle({ recap }: { recap: Recap }) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <div data-hydrated={hydrated ? "" : undefined}>
      <RecapArticle recap={recap} />
    </div>
  );
}
