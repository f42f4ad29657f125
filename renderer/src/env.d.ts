// Vite bundles CSS imported for its side effect into a stylesheet file.
declare module '*.css';
declare const __APP_VERSION__: string;
