const RIGHT_TO_LEFT = new Set(["ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku", "ps", "sd", "syr", "ug", "ur", "yi"]);
const RTL_SCRIPTS = new Set(["Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg"]);

/** The writing direction of a language: "rtl" for Arabic, Hebrew, Persian, Urdu …, else "ltr". */
export function textDirection(language: string | undefined): "ltr" | "rtl" {
  if (!language) return "ltr";
  const [primary = "", ...rest] = language.split("-");
  const script = rest.find((part) => part.length === 4);
  if (script) return RTL_SCRIPTS.has(script[0]?.toUpperCase() + script.slice(1).toLowerCase()) ? "rtl" : "ltr";
  return RIGHT_TO_LEFT.has(primary.toLowerCase()) ? "rtl" : "ltr";
}
