// The bundled recap-kit style sheet as a string, provided by the build (see vite.config.ts).
declare module "virtual:recap-kit/styles" {
  const css: string;
  export default css;
}
