import type { ReactNode } from "react";

const grid = { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 22rem), 1fr))", gap: "1rem" } as const;

/**
 * The same content in the light and the dark theme, next to each other, whatever the toolbar says.
 * Rendered once per theme: ids that must stay unique on the page take the theme's name.
 */
export function LightAndDark({ children }: { children: (theme: "light" | "dark") => ReactNode }) {
  return (
    <div style={grid}>
      {(["light", "dark"] as const).map((theme) => (
        <section key={theme} className="rk-story-canvas" data-rk-theme={theme} aria-label={`${theme === "light" ? "Light" : "Dark"} theme`}>
          {children(theme)}
        </section>
      ))}
    </div>
  );
}

/** The same kind of content left to right and right to left, next to each other. */
export function LeftAndRight({ ltr, rtl, rtlLang }: { ltr: ReactNode; rtl: ReactNode; rtlLang: string }) {
  return (
    <div style={grid}>
      <section className="rk-story-canvas" dir="ltr" lang="en" aria-label="Left to right">
        {ltr}
      </section>
      <section className="rk-story-canvas" dir="rtl" lang={rtlLang} aria-label="Right to left">
        {rtl}
      </section>
    </div>
  );
}
