import tokensCss from "../../src/styles/tokens.css?raw";

interface Token {
  name: string;
  light: string;
  dark?: string;
}

/** Every token, read from the very CSS that ships, so this page cannot drift from it. */
function readTokens(): Token[] {
  const tokens: Token[] = [];
  for (const match of tokensCss.matchAll(/(--rk-[\w-]+)\s*:\s*([^;]+);/g)) {
    const name = match[1] as string;
    const value = (match[2] as string).trim();
    if (name === "--rk-color-scheme") continue;
    const pair = /^light-dark\((.+),\s*([^,]+(?:\([^)]*\))?)\)$/.exec(value);
    tokens.push(pair ? { name, light: (pair[1] as string).trim(), dark: (pair[2] as string).trim() } : { name, light: value });
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
