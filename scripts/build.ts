import { buildCli, buildElectron, buildRenderer } from '../electron/build/bundle';

await buildRenderer();
await buildElectron();
await buildCli();
console.log('Built dist/renderer, dist/electron and dist/cli.');
