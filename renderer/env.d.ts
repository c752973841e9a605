// Stylesheets are bundled by esbuild into app.css; importing one has no value in TypeScript.
declare module '*.css';
