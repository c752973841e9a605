import { buildElectron, buildRenderer } from '../electron/build/bundle';

await buildRenderer();
await buildElectron();
console.log('Built dist/renderer and dist/electron.');
