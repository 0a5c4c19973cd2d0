import tokensCss from "../../src/styles/tokens.css?raw";

interface Token {
  name: string;
  light: string;
  dark?: string;
}

function declarations(block: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const match of block.matchAll(/(--rk-[\w-]+)\s*:\s*([^;]+);/g)) map.set(match[1] as string, (match[2] as string).trim());
  return map;
}

/** Every token, read from the very CSS that ships, so this page cannot drift from it. */
function readTokens(): Token[] {
  const light = declarations(tokensCss.split("@media")[0] ?? "");
  const darkBlock = tokensCss.slice(tokensCss.indexOf('[data-rk-theme="dark"]'));
  const dark = declarations(darkBlock.slice(0, darkBlock.indexOf("}")));
  const rest = declarations(tokensCss.slice(tokensCss.lastIndexOf(":root {")));
  return [...light, ...rest].map(([name, value]) => ({ name, light: value, dark: dark.get(name) }));
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
  const isColor = prefix.includes("color") || prefix.includes("shadow");
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
              {isColor && !token.name.includes("shadow") ? <Swatch value={token.light} /> : null}
              <code>{token.light}</code>
            </td>
            {isColor ? (
              <td>
                {token.dark && !token.name.includes("shadow") ? <Swatch value={token.dark} /> : null}
                <code>{token.dark ?? "same"}</code>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
