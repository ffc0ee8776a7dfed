// One shard of a large library, checked on a worker thread. Plain JavaScript, so the thread starts
// without a TypeScript loader; it registers tsx to load the validator's own modules.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { validateShard } = await import('./check-library.ts');
const { reportLibraryFiles, options, ...source } = workerData;
const library = await validateShard(source, options);
const ownFiles = new Set(source.writeUps.map((file) => file.path));
if (!reportLibraryFiles) library.diagnostics = library.diagnostics.filter((diagnostic) => ownFiles.has(diagnostic.file));
parentPort.postMessage(library);
