/// <reference types="astro/client" />
declare module 'virtual:signaal/config' {
  const config: import('./integration/context.ts').SignaalContext;
  export default config;
}
declare module 'virtual:signaal/theme.css';
declare module 'virtual:signaal/bodies' {
  const loaders: Record<string, () => Promise<unknown>> | null;
  export default loaders;
}
