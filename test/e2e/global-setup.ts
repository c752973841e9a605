import { buildRenderer } from '../../electron/build/bundle';

// Every spec serves the same freshly built renderer.
export default async function globalSetup(): Promise<void> {
  await buildRenderer();
}
