import tokensCss from "../../src/styles/tokens.css?raw";

// Every component's own style sheet, as it ships (before minifying): its variables and what they do.
const componentCss = import.meta.glob<string>("../../src/components/*/*.css", { query: "?raw", import: "default", eager: true });

interface Token {
  name: string;
  light: string;
  dark?: string;
}

/** The custom properties declared in the first block of `css` whose selector list contains `selector`. */
function declarations(selector: string): Map<string, string> {
  const start = tokensCss.indexOf(`${selector} {`);
  const body = start < 0 ? "" : tokensCss.slice(start, tokensCss.indexOf("}", start));
  return new Map([...body.matchAll(/(--rk-[\w-]+)\s*:\s*([^;]+);/g)].map((match) => [match[1] as string, (match[2] as string).trim()]));
}

/** `var(--rk-color-link-light, #0b5cad)`: the value, without the site's optional input around it. */
function shownValue(value: string): string {
  return /^var\(--rk-[\w-]+-(?:light|dark),\s*(.+)\)$/.exec(value)?.[1] ?? value;
}

/** Every token, read from the very CSS that ships, so this page cannot drift from it. */
export function readTokens(): Token[] {
  // The palette as data-rk-theme forces it (the same values the page's text colour picks between).
  const light = declarations(':where([data-rk-theme="light"])');
  const dark = declarations(':where([data-rk-theme="dark"])');
  const tokens: Token[] = [];
  for (const match of tokensCss.matchAll(/(--rk-[\w-]+)\s*:\s*([^;]+);/g)) {
    const name = match[1] as string;
    // --rk-on-light, --rk-on-dark, --rk-unmask, --rk-opaque: how a colour is picked, not tokens.
    if (/^--rk-(on-|unmask|opaque)/.test(name) || tokens.some((token) => token.name === name)) continue;
    const lightValue = light.get(name);
    const darkValue = dark.get(name);
    tokens.push(
      lightValue && darkValue
        ? { name, light: shownValue(lightValue), dark: shownValue(darkValue) }
        : { name, light: shownValue((match[2] as string).trim()) },
    );
  }
  return tokens;
}

function Swatch({ value }: { value: string }) {
  return (
    <span
      aria-hidden="true"
      style={{
        display: "inline-block",
        inlineSize: "1.25rem",
        blockSize: "1.25rem",
        marginInlineEnd: "0.5rem",
        verticalAlign: "middle",
        border: "1px solid #8c959f",
        borderRadius: 4,
        background: value,
      }}
    />
  );
}

/** A table of the design tokens with their light and dark values. */
export function TokenTable({ prefix }: { prefix: string }) {
  const tokens = readTokens().filter((token) => token.name.startsWith(prefix));
  const isColor = prefix.includes("color");
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Token</th>
          <th scope="col">{isColor ? "Light" : "Value"}</th>
          {isColor ? <th scope="col">Dark</th> : null}
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <tr key={token.name}>
            <td>
              <code>{token.name}</code>
            </td>
            <td>
              {isColor ? <Swatch value={token.light} /> : null}
              <code>{token.light}</code>
            </td>
            {isColor ? (
              <td>
                {token.dark ? <Swatch value={token.dark} /> : null}
                <code>{token.dark ?? "same"}</code>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A component's own variable: what it controls, its default, and that default's light and dark values. */
export interface ComponentToken {
  name: string;
  description: string;
  value: string;
  light?: string | undefined;
  dark?: string | undefined;
}

/** The style sheet of a component (`SessionCard` → src/components/SessionCard/SessionCard.css). */
function cssOf(component: string): string {
  const entry = Object.entries(componentCss).find(([path]) => path.endsWith(`/${component}.css`));
  if (!entry) throw new Error(`No style sheet for ${component}`);
  return entry[1];
}

/** `var(--rk-color-surface)` → the light and dark values of that token, when it has them. */
function resolve(value: string, tokens: Token[]): Pick<ComponentToken, "light" | "dark"> {
  const name = /^var\((--rk-[\w-]+)\)$/.exec(value)?.[1];
  const token = name ? tokens.find((candidate) => candidate.name === name) : undefined;
  return token?.dark ? { light: token.light, dark: token.dark } : {};
}

/**
 * A component's `--rk-<Name>-*` variables, read from its style sheet: the comment at its top says
 * what each controls (a unit test keeps that list complete), the rules give the default.
 */
export function readComponentTokens(component: string, prefix = `--rk-${component}-`): ComponentToken[] {
  const css = cssOf(component);
  const tokens = readTokens();
  // Defaults are what the component's own rule declares; variants set others on top.
  const root = new RegExp(`\\.rk-${component}\\s*\\{([^}]*)\\}`).exec(css.replace(/\/\*[\s\S]*?\*\//g, ""))?.[1] ?? "";
  const described = new Map(
    [...(/^\/\*([\s\S]*?)\*\//.exec(css)?.[1] ?? "").matchAll(/^\s*\*\s*(--rk-[\w-]+):\s*(.+)$/gm)].map((match) => [
      match[1] as string,
      (match[2] as string).trim(),
    ]),
  );
  return [...described]
    .filter(([name]) => name.startsWith(prefix))
    .map(([name, description]) => {
      const declared = new RegExp(`${name}\\s*:\\s*([^;]+);`).exec(root)?.[1]?.trim();
      const fallback = new RegExp(`var\\(${name},\\s*([^;]+?)\\)(?:;|\\s|$)`).exec(css)?.[1]?.trim();
      const value = declared ?? (fallback ? `${fallback} (unless set)` : "set by the part around it");
      return { name, description, value, ...resolve(declared ?? fallback ?? "", tokens) };
    });
}

/** The design tokens (`--rk-color-…`, `--rk-space-…`) a component's style sheet draws on. */
export function tokensUsedBy(component: string): Token[] {
  const used = new Set([...cssOf(component).matchAll(/var\((--rk-(?:[a-z]+-)*[a-z0-9]+)[,)]/g)].map((match) => match[1] as string));
  return readTokens().filter((token) => used.has(token.name));
}

/** A colour with its swatch, or "same" for a value that does not change with the theme. */
function ColourCell({ value }: { value: string | undefined }) {
  return (
    <td>
      {value ? (
        <>
          <Swatch value={value} />
          <code>{value}</code>
        </>
      ) : (
        "same"
      )}
    </td>
  );
}

/** The table of a component's own variables, with light and dark values where they are colours. */
export function ComponentTokenTable({ component, prefix }: { component: string; prefix?: string }) {
  const tokens = readComponentTokens(component, prefix);
  if (tokens.length === 0) return <p>No variables of its own: it draws on the design tokens below.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Variable</th>
          <th scope="col">Controls</th>
          <th scope="col">Default</th>
          <th scope="col">Light</th>
          <th scope="col">Dark</th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <tr key={token.name}>
            <td>
              <code>{token.name}</code>
            </td>
            <td>{token.description}</td>
            <td>
              <code>{token.value}</code>
            </td>
            <ColourCell value={token.light} />
            <ColourCell value={token.dark} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The design tokens a component draws on, so a designer sees what a theme change reaches. */
export function UsedTokens({ component }: { component: string }) {
  const tokens = tokensUsedBy(component);
  return (
    <p>
      {tokens.map((token, index) => (
        <span key={token.name}>
          {index > 0 ? ", " : null}
          <code>{token.name}</code>
        </span>
      ))}
    </p>
  );
}
