import { type ReactNode, useEffect, useRef, useState } from "react";

interface Part {
  /** The part's class, as in the component's markup. */
  selector: string;
  /** What the part is, for the legend. */
  label: string;
}

interface Marker {
  top: number;
  left: number;
}

const STYLE = `
.rk-docs-anatomy { position: relative; padding: 1.5rem; border: 1px dashed #8c959f; border-radius: 8px; }
.rk-docs-anatomy [data-rk-anatomy] { outline: 2px dashed #c2185b; outline-offset: 2px; }
.rk-docs-anatomy-marker { position: absolute; display: grid; place-items: center; inline-size: 1.5rem; block-size: 1.5rem;
  translate: -60% -60%; border-radius: 50%; background: #c2185b; color: #fff; font: 700 0.75rem/1 system-ui, sans-serif; pointer-events: none; }
.rk-docs-anatomy-legend code { font-size: 0.85em; }
`;

/**
 * An annotated live example: the component as it renders, each named part outlined and
 * numbered, and a legend of the parts with their public class names.
 */
export function Anatomy({ parts, children }: { parts: Part[]; children: ReactNode }) {
  const stage = useRef<HTMLDivElement>(null);
  const [markers, setMarkers] = useState<Array<Marker | undefined>>([]);

  useEffect(() => {
    const root = stage.current;
    if (!root) return;
    const place = () => {
      const box = root.getBoundingClientRect();
      setMarkers(
        parts.map((part, index) => {
          const element = root.querySelector(part.selector);
          if (!element) return undefined;
          element.setAttribute("data-rk-anatomy", String(index + 1));
          const rect = element.getBoundingClientRect();
          return { top: rect.top - box.top, left: rect.left - box.left };
        }),
      );
    };
    place();
    const observer = new ResizeObserver(place);
    observer.observe(root);
    return () => observer.disconnect();
  }, [parts]);

  return (
    <figure style={{ margin: 0 }}>
      <style>{STYLE}</style>
      <div ref={stage} className="rk-docs-anatomy">
        {children}
        {markers.map((marker, index) =>
          marker ? (
            <span
              key={parts[index]?.selector}
              className="rk-docs-anatomy-marker"
              style={{ top: marker.top, left: marker.left }}
              aria-hidden="true"
            >
              {index + 1}
            </span>
          ) : null,
        )}
      </div>
      <figcaption>
        <ol className="rk-docs-anatomy-legend">
          {parts.map((part) => (
            <li key={part.selector}>
              {part.label} <code>{part.selector}</code>
            </li>
          ))}
        </ol>
      </figcaption>
    </figure>
  );
}
