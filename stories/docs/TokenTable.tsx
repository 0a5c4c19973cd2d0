import tokensCss from "../../src/styles/tokens.css?raw";

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
function readTokens(): Token[] {
  const light = declarations(':where([data-rk-theme="light"])');
  const dark = declarations(':where([data-rk-theme="dark"])');
  const tokens: Token[] = [];
  for (const match of tokensCss.matchAll(/(--rk-[\w-]+)\s*:\s*([^;]+);/g)) {
    const name = match[1] as string;
    if (name === "--rk-color-scheme" || tokens.some((token) => token.name === name)) continue;
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
