"use client";

import { useState } from "react";

// The same kind of Client Component without recap-kit: the baseline for what recap-kit adds.
export function Bare() {
  const [compact, setCompact] = useState(false);
  return (
    <div>
      <button type="button" onClick={() => setCompact(!compact)}>
        {compact ? "Show more" : "Show less"}
      </button>
      <article>
        <h2>Hacking into Kubernetes Security</h2>
      </article>
    </div>
  );
}
