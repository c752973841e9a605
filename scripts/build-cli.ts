// `npm run build:cli` (and `prepare`, after every npm install): bundles the command line into dist/cli.
import { buildCli, CLI_BUNDLE } from '../electron/build/bundle';

await buildCli();
console.log(`Built ${CLI_BUNDLE}.`);
