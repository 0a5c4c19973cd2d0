"use client";

import { useState } from "react";
import { type Session, SessionCard } from "recap-kit";

// A Client Component with state of its own around one SessionCard.
export function Highlight({ session }: { session: Session }) {
  const [compact, setCompact] = useState(false);
  return (
    <div>
      <button type="button" onClick={() => setCompact(!compact)}>
        {compact ? "Show more" : "Show less"}
      </button>
      <SessionCard {...session} headingLevel={2} variant={compact ? "compact" : "full"} />
    </div>
  );
}
