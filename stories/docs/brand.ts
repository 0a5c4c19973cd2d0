/**
 * A publication's brand in five custom properties: its purple in both schemes (links, focus, badges,
 * the takeaways' label and buttons follow the accent), serif headings in a bold weight, rounder
 * corners. Used by the Pages stories and shown on the Design tokens page.
 */
export const BRAND = {
  "--rk-color-accent-light": "#6a1b9a",
  "--rk-color-accent-dark": "#dcb2f2",
  "--rk-font-family-heading": 'Georgia, "Times New Roman", serif',
  "--rk-font-weight-heading": "700",
  "--rk-radius-large": "1rem",
};
