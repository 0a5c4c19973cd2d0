/**
 * Text folded for comparing names as a reader would: case, accents, punctuation and spacing do not
 * count ("Hands-on  Workshop" and "hands on workshop", "Présentation" and "presentation"). Letters
 * of every script stay, and only Latin letters lose their marks: a Japanese voicing mark is part
 * of the letter ("プ" is not "フ").
 */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/(\p{Script=Latin})\p{M}+/gu, "$1")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The words of a folded text. */
export function words(text: string): string[] {
  const folded = fold(text);
  return folded ? folded.split(" ") : [];
}
