// Renders RecapArticle with React's server-components renderer. Run by test/rsc.test.ts as
//   node --conditions react-server test/rsc/render-flight.mjs <bundled recap-kit> <recap.json>
// Under that condition React has no client APIs (no useState, no useEffect …): a component that
// needed one would fail here.
import { readFileSync } from "node:fs";
import { Writable } from "node:stream";
import { createElement } from "react";
import { renderToPipeableStream } from "react-server-dom-webpack/server";

const [library, fixture] = process.argv.slice(2);
const { RecapArticle, parseRecap, toJsonLd } = await import(library);
const recap = parseRecap(JSON.parse(readFileSync(fixture, "utf8")));

const errors = [];
let flight = "";
await new Promise((resolve, reject) => {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      flight += chunk.toString();
      done();
    },
    final(done) {
      done();
      resolve();
    },
  });
  sink.on("error", reject);
  // No client manifest: server-only components need none.
  const { pipe } = renderToPipeableStream(
    createElement(RecapArticle, { recap, structuredData: toJsonLd(recap) }),
    {},
    { onError: (error) => errors.push(String(error?.stack ?? error)) },
  );
  pipe(sink);
});
process.stdout.write(JSON.stringify({ errors, flight }));
