// A Fluent catalog parsed at build time (vite.config.ts, `fluentCatalogs`): the messages of a
// FluentResource, as plain data.
declare module "*.ftl?ast" {
  const body: import("@fluent/bundle").FluentResource["body"];
  export default body;
}
