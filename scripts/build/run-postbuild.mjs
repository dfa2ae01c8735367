// @ts-check
// What `npm run build` runs after `next build`: the post-build step (postbuild.mjs) on out/.
import path from 'node:path';
import { postbuild } from './postbuild.mjs';

await postbuild(path.resolve(process.argv[2] ?? 'out'), process.env);
