/// <reference types="astro/client" />
declare module 'virtual:signaal/config' {
  const config: import('./integration/context.ts').SignaalContext;
  export default config;
}
declare module 'virtual:signaal/theme.css';
